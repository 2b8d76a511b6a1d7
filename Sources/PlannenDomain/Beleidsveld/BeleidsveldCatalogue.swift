/// Names of BBC codes, with a lookup that never fails: an unknown code is answered with the nearest known level above
/// it, or with a plain "onbekend".
public struct BeleidsveldCatalogue: Sendable, Equatable {
    public struct Entry: Sendable, Hashable, Codable {
        public let code: BeleidsveldCode
        public let name: String

        public init(code: BeleidsveldCode, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// The answer for one code: its own name when known, and the known levels above it.
    public struct Lookup: Sendable, Hashable {
        public let code: String
        /// Nil when the text is not a well-formed code.
        public let parsed: BeleidsveldCode?
        public let entry: Entry?
        /// The known entries above the code, from the domein down.
        public let ancestors: [Entry]

        public init(code: String, parsed: BeleidsveldCode?, entry: Entry?, ancestors: [Entry]) {
            self.code = code
            self.parsed = parsed
            self.entry = entry
            self.ancestors = ancestors
        }

        /// "0200 Wegen"; for an unknown code the closest known level, e.g. "0299 (onbekend, in 02 Zich verplaatsen en
        /// mobiliteit)"; for a malformed one "'x' (geen geldige BBC-code)".
        public var label: String {
            if let entry { return "\(entry.code.code) \(entry.name)" }
            guard parsed != nil else { return "'\(code)' (geen geldige BBC-code)" }
            guard let nearest = ancestors.last else { return "\(code) (onbekend)" }
            return "\(code) (onbekend, in \(nearest.code.code) \(nearest.name))"
        }
    }

    public let entries: [Entry]
    private let byCode: [String: Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.code < $1.code }
        var byCode: [String: Entry] = [:]
        for entry in entries where byCode[entry.code.code] == nil { byCode[entry.code.code] = entry }
        self.byCode = byCode
    }

    public func entry(_ code: String) -> Entry? { byCode[TextNormalising.trimmed(code)] }

    public func name(_ code: String) -> String? { entry(code)?.name }

    public func lookup(_ code: String) -> Lookup {
        let parsed = BeleidsveldCode(code)
        var ancestors: [Entry] = []
        var current = parsed?.parent
        while let level = current {
            if let entry = byCode[level.code] { ancestors.insert(entry, at: 0) }
            current = level.parent
        }
        return Lookup(code: TextNormalising.trimmed(code), parsed: parsed,
                      entry: parsed.flatMap { byCode[$0.code] }, ancestors: ancestors)
    }

    /// The beleidsdomeinen (two digits), in code order.
    public var domeinen: [Entry] { entries.filter { $0.code.level == .domein } }

    /// The entries directly below a code.
    public func children(of code: String) -> [Entry] {
        entries.filter { $0.code.parent?.code == code }
    }
}
