/// Swing's data types. They decide how values combine up the area hierarchy.
public enum IndicatorDataType: Sendable, Hashable, Codable {
    case numeric
    case percentageSum
    case percentageMean
    case mean
    case label
    case text
    case other(String)

    /// Reads the Swing spelling ("Numeric", "Percentage (sum)", …), case- and space-insensitive.
    public init(swing raw: String) {
        let key = raw.lowercased().filter { !$0.isWhitespace }
        switch key {
        case "", "numeric", "numeriek", "number", "aantal": self = .numeric
        case "percentage(sum)", "percentage(som)": self = .percentageSum
        case "percentage(mean)", "percentage(gemiddelde)", "percentage": self = .percentageMean
        case "mean", "gemiddelde", "average": self = .mean
        case "label": self = .label
        case "text", "tekst": self = .text
        default: self = .other(raw)
        }
    }

    public var swingName: String {
        switch self {
        case .numeric: "Numeric"
        case .percentageSum: "Percentage (sum)"
        case .percentageMean: "Percentage (mean)"
        case .mean: "Mean"
        case .label: "Label"
        case .text: "Text"
        case .other(let raw): raw
        }
    }

    /// How values of this type combine into a parent area.
    public var aggregation: AggregationRule {
        switch self {
        case .numeric: .sum
        case .percentageSum, .percentageMean, .mean: .weightedMean
        case .label, .text, .other: .none
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(swing: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(swingName)
    }
}

public enum AggregationRule: Sendable, Hashable {
    /// Counts and amounts: the parent is the sum of its children.
    case sum
    /// Ratios and means: Σ value × weight / Σ weight, the weight being the aggregation indicator.
    case weightedMean
    /// Labels and text do not combine.
    case none
}
