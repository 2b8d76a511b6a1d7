import Foundation

/// Metadata for people: what the codes of an indicator sheet mean in words. Sources (`fluvius_opendata`) get a name
/// and a link, unit codes (`kwh`) their proper spelling, remark codes (`IP`) their meaning, or plainly "unknown" when
/// nobody told us; an indicator can carry a correction of what its source calls it, and its next update when known.
/// Read from a JSON file (the pillar's `Resources/metadata/glossary.json`); a code it lacks is shown as written.
public struct IndicatorGlossary: Sendable, Codable, Equatable {
    /// A text in Dutch and English.
    public struct Words: Sendable, Codable, Equatable {
        public var nl: String
        public var en: String

        public init(nl: String, en: String) {
            self.nl = nl
            self.en = en
        }

        public func text(english: Bool) -> String { english ? en : nl }
    }

    public struct Source: Sendable, Codable, Equatable {
        public var name: Words
        public var url: String?

        public init(name: Words, url: String? = nil) {
            self.name = name
            self.url = url
        }
    }

    public struct Remark: Sendable, Codable, Equatable {
        /// What the code means, or what we know of it.
        public var meaning: Words
        /// False when the source does not say what the code means: the page shows it as unknown, not guessed.
        public var known: Bool

        public init(meaning: Words, known: Bool) {
            self.meaning = meaning
            self.known = known
        }
    }

    public struct IndicatorNotes: Sendable, Codable, Equatable {
        /// Where the source's own name for the indicator is wrong: shown beside the name, which stays as delivered.
        public var correction: Words?
        /// When new figures are expected (free text such as "najaar 2026"), only when known.
        public var nextUpdate: Words?

        public init(correction: Words? = nil, nextUpdate: Words? = nil) {
            self.correction = correction
            self.nextUpdate = nextUpdate
        }
    }

    public var sources: [String: Source]
    public var units: [String: Words]
    public var remarks: [String: Remark]
    public var indicators: [String: IndicatorNotes]

    public init(sources: [String: Source] = [:], units: [String: Words] = [:], remarks: [String: Remark] = [:],
                indicators: [String: IndicatorNotes] = [:]) {
        self.sources = sources
        self.units = units
        self.remarks = remarks
        self.indicators = indicators
    }

    static func trimmed(_ code: String) -> String {
        guard let first = code.unicodeScalars.first, let last = code.unicodeScalars.last else { return code }
        let space = CharacterSet.whitespaces
        return space.contains(first) || space.contains(last) ? code.trimmingCharacters(in: .whitespaces) : code
    }

    /// Unit codes are matched without regard to case ("kwh", "KWH", "kWh").
    /// Asked for every cell of a table (thousands on a page of wijken): a code without surrounding spaces, the usual
    /// case, is looked up without Foundation's trimming.
    public func unit(_ code: String, english: Bool = false) -> String {
        let key = Self.trimmed(code)
        guard !key.isEmpty else { return "" }
        if let words = units[key] ?? units.first(where: { $0.key.lowercased() == key.lowercased() })?.value {
            return words.text(english: english)
        }
        return key
    }

    /// The source's name for people and its link; a source without a code in the glossary is already words.
    public func source(_ code: String, english: Bool = false) -> (name: String, url: String?) {
        let key = Self.trimmed(code)
        guard let source = sources[key] else { return (key, nil) }
        return (source.name.text(english: english), source.url)
    }

    /// A remark in words: its meaning, or the code with the plain statement that its meaning is not known.
    /// Nil for a remark that is not a code (longer text is already words).
    public func remark(_ code: String) -> Remark? {
        remarks[code.trimmingCharacters(in: .whitespaces)]
    }

    public func notes(for indicator: String) -> IndicatorNotes? { indicators[indicator] }
}
