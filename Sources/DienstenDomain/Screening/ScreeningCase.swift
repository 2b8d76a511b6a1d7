import Foundation

/// A test case of the eligibility rules, in the manner of OpenFisca's YAML tests: a profile on a day and what the
/// screening must give per right (the outcome, and when given the ids of the conditions met, not met and unknown).
public struct ScreeningCase: Decodable, Sendable, Hashable {
    public struct Expected: Decodable, Sendable, Hashable {
        public var outcome: ScreeningOutcome
        public var met: [String]?
        public var unmet: [String]?
        public var unknown: [String]?
    }

    public var name: String
    public var date: CalendarDay
    public var profile: ClientProfile
    /// Per rule key (product number or concept IRI).
    public var expected: [String: Expected]

    /// What differs from the expectation with these rules; empty when the case passes.
    public func failures(with rules: EligibilityRuleSet) -> [String] {
        let rights = expected.keys.sorted().map { key in
            RightToScreen(
                key: key, productNumber: key.hasPrefix("http") ? nil : key, concept: key.hasPrefix("http") ? key : nil, name: key)
        }
        let result = Screening.screen(profile, rights: rights, rules: rules, on: date)
        var failures: [String] = []
        for screened in result.rights.sorted(by: { $0.right.key < $1.right.key }) {
            guard let want = expected[screened.right.key] else { continue }
            let key = screened.right.key
            if screened.outcome != want.outcome {
                failures.append("\(key): outcome \(screened.outcome.rawValue), expected \(want.outcome.rawValue)")
            }
            let lists: [(String, [String]?, [ConditionResult])] = [
                ("met", want.met, screened.met), ("unmet", want.unmet, screened.unmet), ("unknown", want.unknown, screened.unknown),
            ]
            for (name, wanted, got) in lists {
                guard let wanted else { continue }
                let ids = got.map(\.condition.id)
                if Set(ids) != Set(wanted) {
                    failures.append("\(key): \(name) [\(ids.sorted().joined(separator: ", "))], expected [\(wanted.sorted().joined(separator: ", "))]")
                }
            }
        }
        return failures
    }
}

/// A file of cases, such as `screening/cases/gezinnen.json`: `{"cases": [...]}`.
public struct ScreeningCaseFile: Sendable, Hashable {
    public var name: String
    public var cases: [ScreeningCase]

    public init(name: String, cases: [ScreeningCase]) {
        self.name = name
        self.cases = cases
    }

    public init(name: String, data: Data) throws {
        struct Body: Decodable { var cases: [ScreeningCase] }
        self.init(name: name, cases: try JSONDecoder().decode(Body.self, from: data).cases)
    }
}

/// A case that fails on a rule set.
public struct ScreeningCaseFailure: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var caseName: String
    public var problems: [String]

    public var description: String { "\(file) — \(caseName): \(problems.joined(separator: "; "))" }
}

/// The rule file and the case files shipped in `Resources/screening`.
public enum ScreeningResources {
    static var folder: URL? { Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("screening") }

    /// The first rule set (`regels.json`).
    public static func ruleFile() throws -> Data {
        guard let url = folder?.appendingPathComponent("regels.json") else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: url)
    }

    /// Every case file, by name.
    public static func caseFiles() throws -> [ScreeningCaseFile] {
        guard let folder = folder?.appendingPathComponent("cases") else { throw CocoaError(.fileNoSuchFile) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { try ScreeningCaseFile(name: $0, data: Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// The cases that fail on `rules`; empty when every case passes.
    public static func failures(of files: [ScreeningCaseFile], with rules: EligibilityRuleSet) -> [ScreeningCaseFailure] {
        files.flatMap { file in
            file.cases.compactMap { screeningCase in
                let problems = screeningCase.failures(with: rules)
                return problems.isEmpty ? nil : ScreeningCaseFailure(file: file.name, caseName: screeningCase.name, problems: problems)
            }
        }
    }
}
