import Foundation

/// The scale a maturity model scores on: ordered levels with a label and a colour, e.g. 1 niet matuur … 5 heel matuur.
/// Scores between two levels are allowed in steps of `step` (the 2024 climate study has halves and one 2.75).
public struct MaturityScale: Sendable, Hashable, Codable {
    public struct Level: Sendable, Hashable, Codable {
        public let value: Int
        public let label: String
        /// A name for the colour (rood, oranje, geel, lichtgroen, donkergroen); the web layer maps it to a readable swatch.
        public let colour: String
        /// What the level means, for the legend and the form.
        public let meaning: String

        public init(value: Int, label: String, colour: String, meaning: String = "") {
            self.value = value
            self.label = label
            self.colour = colour
            self.meaning = meaning
        }
    }

    public let levels: [Level]
    public let step: Double

    public init(levels: [Level], step: Double = 0.25) {
        self.levels = levels.sorted { $0.value < $1.value }
        self.step = step
    }

    public var minimum: Int { levels.first?.value ?? 1 }
    public var maximum: Int { levels.last?.value ?? 5 }

    /// The five-level scale of the Kenniscentrum's self-evaluations.
    public static let fivePoint = MaturityScale(levels: [
        Level(value: 1, label: "Niet matuur", colour: "rood"),
        Level(value: 2, label: "Ad hoc", colour: "oranje"),
        Level(value: 3, label: "Gestructureerde aanzet", colour: "geel"),
        Level(value: 4, label: "Matuur", colour: "lichtgroen"),
        Level(value: 5, label: "Heel matuur", colour: "donkergroen"),
    ])

    /// Nil when the value is a score on this scale, otherwise the reason in Dutch.
    public func problem(_ value: Double) -> String? {
        guard value.isFinite, value >= Double(minimum), value <= Double(maximum) else {
            return "een score ligt tussen \(minimum) en \(maximum)"
        }
        let steps = (value - Double(minimum)) / step
        guard abs(steps - steps.rounded()) < 1e-9 else { return "een score gaat in stappen van \(NumberWords.decimal(step))" }
        return nil
    }

    public func level(_ value: Int) -> Level? { levels.first { $0.value == value } }

    /// Every score that may be given, from the minimum to the maximum in steps (for the form's choices).
    public var allowedScores: [Double] {
        stride(from: Double(minimum), through: Double(maximum) + 1e-9, by: step).map { $0 }
    }

    /// Where a score sits: on a level, or between two neighbouring levels (shown with both colours, never rounded).
    public func placement(of value: Double) -> Placement {
        let lower = Int(value.rounded(.down))
        if Double(lower) == value, let level = level(lower) { return .on(level) }
        guard let low = level(lower), let high = level(lower + 1) else { return .on(levels.first!) }
        return .between(low, high)
    }

    public enum Placement: Sendable, Hashable {
        case on(Level)
        case between(Level, Level)

        public var description: String {
            switch self {
            case .on(let level): level.label.lowercased()
            case .between(let low, let high): "tussen \(low.label.lowercased()) en \(high.label.lowercased())"
            }
        }
    }
}

/// Numbers as Dutch text: 2,5 rather than 2.5.
public enum NumberWords {
    public static func decimal(_ value: Double, digits: Int = 2) -> String {
        var text = String(format: "%.\(digits)f", value)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
