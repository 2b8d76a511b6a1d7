/// A code of the BBC 2020 policy classification: a beleidsdomein of 2 digits (01), a subdomein of 3 (011) or a
/// beleidsveld of 4 (0110). Each level starts with the code of the level above.
public struct BeleidsveldCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public enum Level: Int, Sendable, Hashable, Codable, Comparable {
        case domein = 2, subdomein = 3, beleidsveld = 4

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

        public var dutchLabel: String {
            switch self {
            case .domein: "beleidsdomein"
            case .subdomein: "beleidssubdomein"
            case .beleidsveld: "beleidsveld"
            }
        }
    }

    public let code: String

    /// Nil unless the text is 2, 3 or 4 digits (after trimming).
    public init?(_ text: String) {
        let value = TextNormalising.trimmed(text)
        guard (2...4).contains(value.count), value.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.code = value
    }

    public var level: Level { Level(rawValue: code.count) ?? .beleidsveld }

    /// 0110 → 011 → 01 → nil.
    public var parent: BeleidsveldCode? {
        code.count > 2 ? BeleidsveldCode(String(code.dropLast())) : nil
    }

    /// The beleidsdomein: the first two digits.
    public var domein: BeleidsveldCode {
        BeleidsveldCode(String(code.prefix(2))) ?? self
    }

    /// True when `other` is this code or lies below it (0110 is within 01 and within 011).
    public func contains(_ other: BeleidsveldCode) -> Bool { other.code.hasPrefix(code) }

    /// Why the text is not a code, in Dutch; nil when it is one.
    public static func formatProblem(_ text: String) -> String? {
        BeleidsveldCode(text) == nil
            ? "'\(TextNormalising.trimmed(text))' is geen BBC-code: 2 cijfers (domein), 3 (subdomein) of 4 (beleidsveld)"
            : nil
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.code < rhs.code }

    public var description: String { code }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = BeleidsveldCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "geen BBC-code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
