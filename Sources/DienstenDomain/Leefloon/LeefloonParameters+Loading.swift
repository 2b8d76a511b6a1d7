import Foundation

/// A problem in a parameter file, located: the file, the entry (0-based, as a JSON array counts) and the field.
public struct LeefloonParameterError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let entry: Int?
    public let field: String?
    public let message: String

    public init(file: String, entry: Int? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.entry = entry
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = file
        if let entry { place += ", entries[\(entry)]" }
        if let field { place += ", \(field)" }
        return "\(place): \(message)"
    }
}

extension LeefloonParameters {
    /// The files a parameter folder holds, with the parameter each holds and the values each entry must carry.
    static let files: [(file: String, name: String, required: [String], optional: [String])] = [
        ("amounts.json", "amounts", ["cat1.monthly", "cat2.monthly", "cat3.monthly"], ["cat1.yearly", "cat2.yearly", "cat3.yearly"]),
        ("general-exemption.json", "general_exemption", [], ["cat1.yearly", "cat2.yearly", "cat3.yearly"]),
        ("student-exemption.json", "student_exemption", [], ["withoutScholarship.monthly", "withScholarship.monthly"]),
        ("socio-professional-exemption.json", "socio_professional_exemption", [], ["monthly"]),
    ]

    /// The parameters shipped with the application (`Resources/leefloon/parameters`).
    public static func bundled() throws -> LeefloonParameters {
        guard let url = bundledFolder else { throw LeefloonParameterError(file: "leefloon/parameters", "the folder is missing from the bundle") }
        return try load(from: url)
    }

    /// The folder of the shipped parameter files, for a city that wants to start its own copy from it.
    public static var bundledFolder: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("leefloon/parameters")
    }

    /// Reads and checks the four parameter files of a folder: every entry has a valid `from` (ascending, no two the
    /// same), a reference, a source or a note saying why there is none, and positive amounts (or `null` with a note).
    public static func load(from folder: URL) throws -> LeefloonParameters {
        var loaded: [LeefloonParameter] = []
        for spec in files {
            let url = folder.appendingPathComponent(spec.file)
            guard let data = try? Data(contentsOf: url) else {
                throw LeefloonParameterError(file: spec.file, "the file cannot be read at \(url.path)")
            }
            loaded.append(try parse(data, file: spec.file, name: spec.name, required: spec.required, optional: spec.optional))
        }
        return LeefloonParameters(amounts: loaded[0], generalExemption: loaded[1], studentExemption: loaded[2], socioProfessionalExemption: loaded[3])
    }

    /// Parses one parameter file (its checks are those of `load`).
    public static func parse(_ data: Data, file: String, name: String, required: [String], optional: [String]) throws -> LeefloonParameter {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw LeefloonParameterError(file: file, "not valid JSON")
        }
        guard let root = json as? [String: Any] else { throw LeefloonParameterError(file: file, "the file must hold one JSON object") }
        guard root["parameter"] as? String == name else {
            throw LeefloonParameterError(file: file, field: "parameter", "must be \"\(name)\"")
        }
        guard let rule = root["rule"] as? String, !rule.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LeefloonParameterError(file: file, field: "rule", "the article the parameter serves is missing")
        }
        guard let rawEntries = root["entries"] as? [Any], !rawEntries.isEmpty else {
            throw LeefloonParameterError(file: file, field: "entries", "a non-empty list of entries is missing")
        }
        var entries: [LeefloonParameterEntry] = []
        for (index, raw) in rawEntries.enumerated() {
            let entry = try parseEntry(raw, index: index, file: file, required: required, optional: optional)
            if let previous = entries.last, entry.from <= previous.from {
                throw LeefloonParameterError(
                    file: file, entry: index, field: "from", "\(entry.from) is not after the previous entry's \(previous.from): entries go in date order")
            }
            entries.append(entry)
        }
        return LeefloonParameter(name: name, rule: rule, file: file, entries: entries)
    }

    private static func parseEntry(_ raw: Any, index: Int, file: String, required: [String], optional: [String]) throws -> LeefloonParameterEntry {
        func fail(_ field: String?, _ message: String) -> LeefloonParameterError {
            LeefloonParameterError(file: file, entry: index, field: field, message)
        }
        guard let object = raw as? [String: Any] else { throw fail(nil, "an entry must be a JSON object") }
        guard let fromText = object["from"] as? String, let from = LeefloonDate(fromText) else {
            throw fail("from", "a date written YYYY-MM-DD is missing")
        }
        guard let reference = object["reference"] as? String, !reference.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("reference", "every entry names its legal reference")
        }
        let note = (object["note"] as? String).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var source: LeefloonSource?
        switch object["source"] {
        case let sourceObject as [String: Any]:
            guard let url = sourceObject["url"] as? String, url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw fail("source.url", "the source needs an http(s) address")
            }
            guard let primary = sourceObject["primary"] as? Bool else {
                throw fail("source.primary", "say whether the source is the POD MI itself (true) or not (false)")
            }
            source = LeefloonSource(url: url, primary: primary, title: sourceObject["title"] as? String)
        case nil, is NSNull:
            guard note != nil else { throw fail("source", "an entry without a source says why in its note") }
        default:
            throw fail("source", "must be an object {url, primary, title} or null")
        }
        guard let values = object["values"] as? [String: Any] else { throw fail("values", "the values are missing") }
        let allowed = Set(required + optional)
        var amounts: [String: Decimal] = [:]
        var unknown: Set<String> = []
        for key in values.keys.sorted() {
            guard allowed.contains(key) else { throw fail("values.\(key)", "unknown value (allowed: \(allowed.sorted().joined(separator: ", ")))") }
            switch values[key] {
            case is NSNull:
                guard note != nil else { throw fail("values.\(key)", "a value left null needs a note saying why") }
                unknown.insert(key)
            case let text as String:
                guard let amount = LeefloonMoney.parse(text), amount > 0 else {
                    throw fail("values.\(key)", "\"\(text)\" is not a positive amount written like \"626.74\"")
                }
                amounts[key] = amount
            default:
                throw fail("values.\(key)", "amounts are written as text like \"626.74\" (exact to the cent) or null")
            }
        }
        for key in required where amounts[key] == nil && !unknown.contains(key) {
            throw fail("values.\(key)", "this value is required (null with a note when the sources do not give it)")
        }
        // A monthly amount is the yearly one divided by twelve, rounded to the cent: a check on typing errors. An entry
        // whose source publishes another monthly amount says so with "monthlyAsPublished": true and a note.
        let asPublished = object["monthlyAsPublished"] as? Bool == true && note != nil
        for key in amounts.keys where key.hasSuffix(".yearly") && !asPublished {
            let monthlyKey = key.replacingOccurrences(of: ".yearly", with: ".monthly")
            if let yearly = amounts[key], let monthly = amounts[monthlyKey], LeefloonMoney.cent(yearly / 12) != monthly {
                throw fail("values.\(monthlyKey)", "\(LeefloonMoney.text(monthly)) is not \(LeefloonMoney.text(yearly)) / 12 rounded to the cent")
            }
        }
        return LeefloonParameterEntry(
            index: index, from: from, values: amounts, unknown: unknown, reference: reference,
            staatsblad: object["staatsblad"] as? String, source: source, note: note)
    }
}
