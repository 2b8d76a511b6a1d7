/// An indicator with the metadata Swing keeps for it.
public struct Indicator: Sendable, Hashable, Codable {
    /// At most 50 characters and never changed once data refers to it.
    public var code: String
    public var name: String
    public var description: String
    public var unit: String
    public var source: String
    public var dataType: IndicatorDataType
    public var periodType: String
    /// The weight for ratios and means, and the fallback base for the privacy threshold.
    public var aggregationCode: String?
    /// The indicator holding the number of respondents (the sample size) per area and period.
    public var sampleCode: String?
    /// A percentage estimated from a survey sample: published with its 95 % confidence interval, computed from the
    /// sample indicator (`SurveyEstimate`). Needs `sampleCode` and a percentage unit (`surveyProblem`).
    public var surveyProportion: Bool
    /// When set, the indicator is computed from others on read and never stored.
    public var formula: String?
    public var thresholdValue: Double?
    public var thresholdCode: String?
    public var roundOff: RoundOff?
    public var visible: Bool
    public var themeCode: String?
    public var note: String

    public static let maximumCodeLength = 50

    public init(
        code: String, name: String, description: String = "", unit: String = "", source: String = "",
        dataType: IndicatorDataType = .numeric, periodType: String = "year", aggregationCode: String? = nil,
        sampleCode: String? = nil, formula: String? = nil, thresholdValue: Double? = nil, thresholdCode: String? = nil,
        roundOff: RoundOff? = nil, visible: Bool = true, themeCode: String? = nil, note: String = "",
        surveyProportion: Bool = false
    ) {
        self.code = code
        self.name = name
        self.description = description
        self.unit = unit
        self.source = source
        self.dataType = dataType
        self.periodType = periodType
        self.aggregationCode = aggregationCode
        self.sampleCode = sampleCode
        self.formula = formula
        self.thresholdValue = thresholdValue
        self.thresholdCode = thresholdCode
        self.roundOff = roundOff
        self.visible = visible
        self.themeCode = themeCode
        self.note = note
        self.surveyProportion = surveyProportion
    }

    public var isFormula: Bool { !(formula ?? "").isEmpty }

    /// The indicator whose value decides suppression: threshold → sample → aggregation indicator → itself.
    public var thresholdBaseCode: String {
        thresholdCode ?? sampleCode ?? aggregationCode ?? code
    }

    /// The units that say "percent" (as written in Swing sheets), without regard to case.
    public static let percentageUnits: Set<String> = ["%", "pct", "percent", "procent", "percentage"]

    public var hasPercentageUnit: Bool {
        Self.percentageUnits.contains(unit.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The indicator whose published values give a survey indicator's sample size, or nil when it is none.
    public var surveySampleCode: String? { surveyProportion ? sampleCode : nil }

    /// Why an indicator marked as a survey proportion cannot be one, or nil when it can (or is not marked).
    public var surveyProblem: String? {
        guard surveyProportion else { return nil }
        if (sampleCode ?? "").isEmpty { return "'\(code)' is een enquêtepercentage maar heeft geen steekproefindicator (het aantal respondenten)" }
        if sampleCode == code { return "'\(code)' kan niet zijn eigen steekproefindicator zijn" }
        if !hasPercentageUnit { return "'\(code)' is een enquêtepercentage maar de eenheid '\(unit)' is geen percentage (%, pct)" }
        switch dataType {
        case .label, .text, .other: return "'\(code)' is een enquêtepercentage maar het gegevenstype '\(dataType.swingName)' is geen getal"
        default: return nil
        }
    }

    /// Why a code cannot be used, or nil when it can.
    public static func problem(withCode code: String) -> String? {
        if code.isEmpty { return "de indicatorcode is leeg" }
        if code.count > maximumCodeLength { return "de indicatorcode is langer dan \(maximumCodeLength) tekens" }
        if code.contains(where: { $0.isWhitespace }) { return "de indicatorcode bevat een spatie" }
        return nil
    }
}
