import Foundation

/// A test case as data, in the style of OpenFisca's YAML tests: a name, a month, the situation and what the rules
/// must give (category, monthly leefloon, and optionally the resources counted per year). `description` holds the
/// arithmetic worked out by hand.
public struct LeefloonTestCase: Codable, Sendable, Hashable {
    public struct Expected: Codable, Sendable, Hashable {
        public let category: LeefloonCategory?
        public let monthly: String?
        public let resourcesYearly: String?
        /// "beforeFirstEntry" or "unknownValue" when the rules must refuse the month.
        public let error: String?
    }

    public let name: String
    public let description: String
    public let period: String
    public let input: LeefloonSituation
    public let output: Expected
}

/// The outcome of one case: nil `failure` when the rules give what the case expects.
public struct LeefloonTestResult: Sendable, Hashable {
    public let file: String
    public let name: String
    public let failure: String?
}

public enum LeefloonTestCases {
    /// The folder of the shipped case files.
    public static var bundledFolder: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("leefloon/tests")
    }

    /// Reads every `*.json` case file of a folder, in name order: (file name, its cases).
    public static func load(from folder: URL) throws -> [(file: String, cases: [LeefloonTestCase])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            do {
                return (name, try JSONDecoder().decode([LeefloonTestCase].self, from: data))
            } catch let error as DecodingError {
                throw LeefloonParameterError(file: name, field: LeefloonDecoding.path(of: error), LeefloonDecoding.reason(of: error))
            }
        }
    }

    /// Runs one case against the parameters.
    public static func run(_ testCase: LeefloonTestCase, file: String, parameters: LeefloonParameters) -> LeefloonTestResult {
        func result(_ failure: String?) -> LeefloonTestResult { LeefloonTestResult(file: file, name: testCase.name, failure: failure) }
        guard let month = LeefloonDate(month: testCase.period) else { return result("period \(testCase.period) is not YYYY-MM") }
        do {
            try testCase.input.validate()
            let advice: LeefloonAdvice
            do {
                advice = try LeefloonAdvice.compute(testCase.input, month: month, parameters: parameters)
            } catch {
                let code = switch error {
                case .beforeFirstEntry: "beforeFirstEntry"
                case .unknownValue: "unknownValue"
                }
                return result(code == testCase.output.error ? nil : "error \(code) (\(error)), expected \(testCase.output.error ?? "an advice")")
            }
            if let error = testCase.output.error { return result("an advice, expected error \(error)") }
            var problems: [String] = []
            if advice.category != testCase.output.category {
                problems.append("category \(advice.category.rawValue), expected \(testCase.output.category.map { String($0.rawValue) } ?? "none")")
            }
            if LeefloonMoney.text(advice.monthlyLeefloon) != testCase.output.monthly {
                problems.append("monthly \(LeefloonMoney.text(advice.monthlyLeefloon)), expected \(testCase.output.monthly ?? "none")")
            }
            if let expected = testCase.output.resourcesYearly, LeefloonMoney.text(advice.resourcesYearly) != expected {
                problems.append("resources \(LeefloonMoney.text(advice.resourcesYearly)) a year, expected \(expected)")
            }
            return result(problems.isEmpty ? nil : problems.joined(separator: "; "))
        } catch {
            // Only the situation can fail to read here (typed throws: LeefloonInputError).
            return result("input: \(error)")
        }
    }

    /// Runs every case of every file.
    public static func runAll(in folder: URL, parameters: LeefloonParameters) throws -> [LeefloonTestResult] {
        try load(from: folder).flatMap { file in file.cases.map { run($0, file: file.file, parameters: parameters) } }
    }
}

/// Turns a decoding error into the field path and reason an API answer or a file check reports.
public enum LeefloonDecoding {
    public static func path(of error: DecodingError) -> String {
        let (context, extra): (DecodingError.Context?, CodingKey?) = switch error {
        case .keyNotFound(let key, let context): (context, key)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): (context, nil)
        @unknown default: (nil, nil)
        }
        let keys = (context?.codingPath ?? []) + (extra.map { [$0] } ?? [])
        var path = ""
        for key in keys {
            if let index = key.intValue { path += "[\(index)]" } else { path += path.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return path.isEmpty ? "$" : path
    }

    public static func reason(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound: "required field missing"
        case .typeMismatch(let type, _): "wrong type (expected \(LeefloonDecoding.name(of: type)))"
        case .valueNotFound(let type, _): "value missing (expected \(LeefloonDecoding.name(of: type)))"
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription.contains("Cannot initialize")
                ? "not one of the allowed values" : context.debugDescription
        @unknown default: "invalid"
        }
    }

    static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Bool.Type: "true or false"
        case is Double.Type, is Decimal.Type, is Int.Type: "a number"
        case is [Any].Type: "a list"
        default: "an object"
        }
    }
}
