import Platform
import CijfersDomain
import Fluent
import Foundation

final class IndicatorModel: Model, @unchecked Sendable {
    static let schema = "indicators"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "description") var description: String
    @Field(key: "unit") var unit: String
    @Field(key: "source") var source: String
    @Field(key: "data_type") var dataType: String
    @Field(key: "period_type") var periodType: String
    @OptionalField(key: "aggregation_code") var aggregationCode: String?
    @OptionalField(key: "sample_code") var sampleCode: String?
    @OptionalField(key: "formula") var formula: String?
    @OptionalField(key: "threshold_value") var thresholdValue: Double?
    @OptionalField(key: "threshold_code") var thresholdCode: String?
    @OptionalField(key: "round_off") var roundOff: Double?
    @Field(key: "visible") var visible: Bool
    @OptionalField(key: "theme_code") var themeCode: String?
    @Field(key: "note") var note: String
    @Field(key: "survey_proportion") var surveyProportion: Bool
    /// When its data last changed (an import), as opposed to its metadata.
    @OptionalField(key: "data_updated_at") var dataUpdatedAt: Date?

    init() {}

    init(_ indicator: Indicator) {
        update(from: indicator)
    }

    func update(from indicator: Indicator) {
        code = indicator.code
        name = indicator.name
        description = indicator.description
        unit = indicator.unit
        source = indicator.source
        dataType = indicator.dataType.swingName
        periodType = indicator.periodType
        aggregationCode = indicator.aggregationCode
        sampleCode = indicator.sampleCode
        formula = indicator.formula
        thresholdValue = indicator.thresholdValue
        thresholdCode = indicator.thresholdCode
        roundOff = indicator.roundOff?.step
        visible = indicator.visible
        themeCode = indicator.themeCode
        note = indicator.note
        surveyProportion = indicator.surveyProportion
    }

    var domain: Indicator {
        Indicator(
            code: code, name: name, description: description, unit: unit, source: source,
            dataType: IndicatorDataType(swing: dataType), periodType: periodType, aggregationCode: aggregationCode,
            sampleCode: sampleCode, formula: formula, thresholdValue: thresholdValue, thresholdCode: thresholdCode,
            roundOff: roundOff.flatMap { RoundOff(step: $0) }, visible: visible, themeCode: themeCode, note: note,
            surveyProportion: surveyProportion)
    }
}
