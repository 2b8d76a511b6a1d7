import Foundation

/// A problem in a rule file, at a path such as `rules[3].conditions[1].test.op` (indices count from 0).
public struct RuleFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Issue: Sendable, Hashable {
        case invalidJSON(String)
        case missing
        case wrongType(expected: String)
        case unknownKey(String)
        case unknownOperator(String)
        case unknownField(String)
        case unknownStatus(String)
        case unknownCode(String, allowed: [String])
        case operatorNotForField(String, field: String)
        case duplicate(String)
        case emptyGroup
        case emptyText
        case invalidDate(String)
    }

    public var path: String
    public var issue: Issue

    public init(path: String, issue: Issue) {
        self.path = path
        self.issue = issue
    }

    public var description: String { "\(path.isEmpty ? "(file)" : path): \(message("en"))" }

    /// The problem in "nl" or "en", without the path.
    public func message(_ language: String) -> String {
        let en = language == "en"
        switch issue {
        case .invalidJSON(let detail): return en ? "not valid JSON (\(detail))" : "geen geldige JSON (\(detail))"
        case .missing: return en ? "missing" : "ontbreekt"
        case .wrongType(let expected): return en ? "must be \(expected)" : "moet \(RuleFileError.dutch(expected)) zijn"
        case .unknownKey(let key): return en ? "unknown key '\(key)'" : "onbekende sleutel '\(key)'"
        case .unknownOperator(let op):
            let known = RuleOperator.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            return en ? "unknown operator '\(op)' (use \(known))" : "onbekende operator '\(op)' (gebruik \(known))"
        case .unknownField(let field):
            let known = ProfileField.allCases.map(\.rawValue).joined(separator: ", ")
            return en ? "unknown field '\(field)' (use \(known))" : "onbekend veld '\(field)' (gebruik \(known))"
        case .unknownStatus(let status):
            let known = ClientStatus.allCases.map(\.rawValue).joined(separator: ", ")
            return en ? "unknown status '\(status)' (use \(known))" : "onbekende status '\(status)' (gebruik \(known))"
        case .unknownCode(let code, let allowed):
            let known = allowed.joined(separator: ", ")
            return en ? "unknown value '\(code)' (use \(known))" : "onbekende waarde '\(code)' (gebruik \(known))"
        case .operatorNotForField(let op, let field):
            return en ? "operator '\(op)' cannot test field '\(field)'" : "operator '\(op)' past niet bij veld '\(field)'"
        case .duplicate(let value): return en ? "'\(value)' occurs twice" : "'\(value)' komt twee keer voor"
        case .emptyGroup: return en ? "a group needs at least one test" : "een groep heeft minstens één test nodig"
        case .emptyText: return en ? "must not be empty" : "mag niet leeg zijn"
        case .invalidDate(let text): return en ? "not a date YYYY-MM-DD: '\(text)'" : "geen datum JJJJ-MM-DD: '\(text)'"
        }
    }

    static func dutch(_ expected: String) -> String {
        switch expected {
        case "an object": "een object"
        case "a list": "een lijst"
        case "a number": "een getal"
        case "a whole number": "een geheel getal"
        case "a text": "een tekst"
        case "true or false": "true of false"
        case "a number or a text": "een getal of een tekst"
        case "a list of numbers or texts": "een lijst van getallen of teksten"
        default: expected
        }
    }
}

/// Every problem found in a rule file.
public struct RuleFileProblems: Error, Sendable, Hashable, CustomStringConvertible {
    public var errors: [RuleFileError]

    public init(_ errors: [RuleFileError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Reads and writes the rule file (JSON). Reading checks everything and reports every problem with its path.
public enum RuleFile {
    /// The rule set in `data`, or every problem found in it (never a partial rule set).
    public static func decode(_ data: Data) -> Result<EligibilityRuleSet, RuleFileProblems> {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            return .failure(RuleFileProblems([RuleFileError(path: "", issue: .invalidJSON(JSONValue.describe(error)))]))
        }
        var reader = Reader()
        let set = reader.ruleSet(root)
        if let set, reader.errors.isEmpty { return .success(set) }
        return .failure(RuleFileProblems(reader.errors))
    }

    /// The rule set as JSON, in the order a person reads it, indented.
    public static func encode(_ set: EligibilityRuleSet) -> Data {
        var out = ""
        write(set, into: &out)
        return Data(out.utf8)
    }

    // MARK: writing

    private static func write(_ set: EligibilityRuleSet, into out: inout String) {
        out += "{\n"
        out += "  \"version\": \(set.version),\n"
        out += "  \"validFrom\": \(quote(set.validFrom.description)),\n"
        out += "  \"note\": \(quote(set.note)),\n"
        out += "  \"rules\": ["
        for (r, rule) in set.rules.enumerated() {
            out += r == 0 ? "\n" : ",\n"
            out += "    {\n      \"key\": \(quote(rule.key)),\n      \"name\": \(text(rule.name)),\n      \"conditions\": ["
            for (c, condition) in rule.conditions.enumerated() {
                out += c == 0 ? "\n" : ",\n"
                out += "        {\n"
                out += "          \"id\": \(quote(condition.id)),\n"
                out += "          \"label\": \(text(condition.label)),\n"
                out += "          \"explanation\": \(text(condition.explanation)),\n"
                out += "          \"test\": \(test(condition.test)),\n"
                out += "          \"source\": \(quote(condition.source)),\n"
                out += "          \"indicatief\": \(condition.indicative)\n"
                out += "        }"
            }
            out += rule.conditions.isEmpty ? "]\n    }" : "\n      ]\n    }"
        }
        out += set.rules.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    }

    private static func text(_ text: ScreeningText) -> String { "{\"nl\": \(quote(text.nl)), \"en\": \(quote(text.en))}" }

    private static func test(_ test: RuleTest) -> String {
        switch test {
        case .compare(let field, let op, let value):
            "{\"field\": \(quote(field.rawValue)), \"op\": \(quote(op.rawValue)), \"value\": \(self.value(value))}"
        case .status(let status, let has):
            "{\"op\": \(quote(has ? RuleOperator.hasStatus.rawValue : RuleOperator.lacksStatus.rawValue)), \"value\": \(quote(status.rawValue))}"
        case .any(let tests): "{\"any\": [\(tests.map(self.test).joined(separator: ", "))]}"
        case .all(let tests): "{\"all\": [\(tests.map(self.test).joined(separator: ", "))]}"
        }
    }

    private static func value(_ value: RuleValue) -> String {
        switch value {
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .code(let code): quote(code)
        case .list(let values): "[\(values.map(self.value).joined(separator: ", "))]"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    // MARK: reading

    struct Reader {
        var errors: [RuleFileError] = []

        mutating func fail(_ path: String, _ issue: RuleFileError.Issue) { errors.append(RuleFileError(path: path, issue: issue)) }

        mutating func object(_ value: JSONValue?, _ path: String, keys: Set<String>) -> [String: JSONValue]? {
            guard let value else { fail(path, .missing); return nil }
            guard case .object(let object) = value else { fail(path, .wrongType(expected: "an object")); return nil }
            for key in object.keys.sorted() where !keys.contains(key) { fail(join(path, key), .unknownKey(key)) }
            return object
        }

        mutating func list(_ value: JSONValue?, _ path: String) -> [JSONValue]? {
            guard let value else { fail(path, .missing); return nil }
            guard case .array(let list) = value else { fail(path, .wrongType(expected: "a list")); return nil }
            return list
        }

        mutating func string(_ value: JSONValue?, _ path: String, allowEmpty: Bool = false) -> String? {
            guard let value else { fail(path, .missing); return nil }
            guard case .string(let text) = value else { fail(path, .wrongType(expected: "a text")); return nil }
            if !allowEmpty && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { fail(path, .emptyText); return nil }
            return text
        }

        mutating func text(_ value: JSONValue?, _ path: String) -> ScreeningText? {
            guard let object = object(value, path, keys: ["nl", "en"]) else { return nil }
            let nl = string(object["nl"], join(path, "nl"))
            let en = string(object["en"], join(path, "en"))
            guard let nl, let en else { return nil }
            return ScreeningText(nl: nl, en: en)
        }

        mutating func ruleSet(_ value: JSONValue) -> EligibilityRuleSet? {
            guard let object = object(value, "", keys: ["version", "validFrom", "note", "rules"]) else { return nil }
            var version = 0
            if let raw = object["version"] {
                if case .number(let number) = raw, number.rounded() == number, number >= 0, number < 1_000_000 { version = Int(number) }
                else { fail("version", .wrongType(expected: "a whole number")) }
            }
            var validFrom: CalendarDay?
            if let text = string(object["validFrom"], "validFrom") {
                validFrom = CalendarDay(text)
                if validFrom == nil { fail("validFrom", .invalidDate(text)) }
            }
            var note = ""
            if let raw = object["note"] { note = string(raw, "note", allowEmpty: true) ?? "" }
            var rules: [EligibilityRule] = []
            var keys: Set<String> = []
            for (index, raw) in (list(object["rules"], "rules") ?? []).enumerated() {
                let path = "rules[\(index)]"
                guard let rule = rule(raw, path) else { continue }
                if !keys.insert(rule.key).inserted { fail(join(path, "key"), .duplicate(rule.key)) }
                rules.append(rule)
            }
            guard let validFrom else { return nil }
            return EligibilityRuleSet(version: version, validFrom: validFrom, note: note, rules: rules)
        }

        mutating func rule(_ value: JSONValue, _ path: String) -> EligibilityRule? {
            guard let object = object(value, path, keys: ["key", "name", "conditions"]) else { return nil }
            let key = string(object["key"], join(path, "key"))
            let name = text(object["name"], join(path, "name"))
            var conditions: [RuleCondition] = []
            var ids: Set<String> = []
            for (index, raw) in (list(object["conditions"], join(path, "conditions")) ?? []).enumerated() {
                let conditionPath = "\(path).conditions[\(index)]"
                guard let condition = condition(raw, conditionPath) else { continue }
                if !ids.insert(condition.id).inserted { fail(join(conditionPath, "id"), .duplicate(condition.id)) }
                conditions.append(condition)
            }
            guard let key, let name else { return nil }
            return EligibilityRule(key: key.trimmingCharacters(in: .whitespaces), name: name, conditions: conditions)
        }

        mutating func condition(_ value: JSONValue, _ path: String) -> RuleCondition? {
            let keys: Set<String> = ["id", "label", "explanation", "test", "source", "indicatief"]
            guard let object = object(value, path, keys: keys) else { return nil }
            let id = string(object["id"], join(path, "id"))
            let label = text(object["label"], join(path, "label"))
            let explanation = text(object["explanation"], join(path, "explanation"))
            let test = test(object["test"], join(path, "test"))
            let source = string(object["source"], join(path, "source"))
            var indicative = false
            if let raw = object["indicatief"] {
                if case .bool(let flag) = raw { indicative = flag } else { fail(join(path, "indicatief"), .wrongType(expected: "true or false")) }
            }
            guard let id, let label, let explanation, let test, let source else { return nil }
            return RuleCondition(id: id, label: label, explanation: explanation, test: test, source: source, indicative: indicative)
        }

        mutating func test(_ value: JSONValue?, _ path: String) -> RuleTest? {
            guard case .object(let raw)? = value else { _ = object(value, path, keys: []); return nil }
            for group in ["any", "all"] where raw[group] != nil {
                guard let object = object(value, path, keys: [group]) else { return nil }
                let groupPath = join(path, group)
                guard let items = list(object[group], groupPath) else { return nil }
                if items.isEmpty { fail(groupPath, .emptyGroup); return nil }
                let tests = items.enumerated().map { self.test($0.element, "\(groupPath)[\($0.offset)]") }
                guard tests.allSatisfy({ $0 != nil }) else { return nil }
                return group == "any" ? .any(tests.compactMap { $0 }) : .all(tests.compactMap { $0 })
            }
            guard let object = object(value, path, keys: ["field", "op", "value"]) else { return nil }
            guard let opText = string(object["op"], join(path, "op")) else { return nil }
            guard let op = RuleOperator(rawValue: opText) else { fail(join(path, "op"), .unknownOperator(opText)); return nil }
            if op == .hasStatus || op == .lacksStatus {
                if object["field"] != nil { fail(join(path, "field"), .unknownKey("field")) }
                guard let name = string(object["value"], join(path, "value")) else { return nil }
                guard let status = ClientStatus(rawValue: name) else { fail(join(path, "value"), .unknownStatus(name)); return nil }
                return .status(status, has: op == .hasStatus)
            }
            guard let fieldName = string(object["field"], join(path, "field")) else { return nil }
            guard let field = ProfileField(rawValue: fieldName) else { fail(join(path, "field"), .unknownField(fieldName)); return nil }
            if op.isOrdering && !field.isNumeric { fail(join(path, "op"), .operatorNotForField(op.rawValue, field: field.rawValue)); return nil }
            let valuePath = join(path, "value")
            guard let raw = object["value"] else { fail(valuePath, .missing); return nil }
            let ruleValue: RuleValue
            if op == .oneOf {
                guard case .array(let items) = raw, !items.isEmpty else { fail(valuePath, .wrongType(expected: "a list of numbers or texts")); return nil }
                var values: [RuleValue] = []
                for (index, item) in items.enumerated() {
                    guard let scalar = scalar(item, field, "\(valuePath)[\(index)]") else { return nil }
                    values.append(scalar)
                }
                ruleValue = .list(values)
            } else {
                guard let scalar = scalar(raw, field, valuePath) else { return nil }
                ruleValue = scalar
            }
            return .compare(field, op, ruleValue)
        }

        mutating func scalar(_ value: JSONValue, _ field: ProfileField, _ path: String) -> RuleValue? {
            if field.isNumeric {
                guard case .number(let number) = value else { fail(path, .wrongType(expected: "a number")); return nil }
                return .number(number)
            }
            guard case .string(let code) = value else { fail(path, .wrongType(expected: "a text")); return nil }
            if let allowed = field.allowedCodes, !allowed.contains(code) { fail(path, .unknownCode(code, allowed: allowed)); return nil }
            if field == .municipality, Region(nis: code) == nil { fail(path, .unknownCode(code, allowed: ["NIS: 11002, 44021, …"])); return nil }
            return .code(code)
        }

        func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    }
}

/// Any JSON value, read without losing the difference between numbers, booleans and texts.
enum JSONValue: Decodable, Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let list = try? container.decode([JSONValue].self) { self = .array(list) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// A short description of why JSON could not be read.
    static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        }
        return String(describing: error)
    }
}
