import CijfersDomain
import Foundation
import Tabular

/// The fields of one row of an indicator sheet. A nil field was not in the sheet (or left empty)
/// and keeps its current value on an update: only the code is required.
public struct IndicatorPatch: Sendable {
    public var code: String
    public var name: String?
    public var description: String?
    public var unit: String?
    public var source: String?
    public var dataType: IndicatorDataType?
    public var periodType: String?
    public var aggregationCode: String?
    public var sampleCode: String?
    public var formula: String?
    public var thresholdValue: Double?
    public var thresholdCode: String?
    public var roundOff: RoundOff?
    public var visible: Bool?
    public var themeCode: String?
    public var note: String?
    public var surveyProportion: Bool?

    public init(code: String) { self.code = code }

    /// Applies the patch to an existing indicator, or makes a new one from it.
    public func applied(to existing: Indicator?) -> Indicator {
        var indicator = existing ?? Indicator(code: code, name: code)
        if let name { indicator.name = name }
        if let description { indicator.description = description }
        if let unit { indicator.unit = unit }
        if let source { indicator.source = source }
        if let dataType { indicator.dataType = dataType }
        if let periodType { indicator.periodType = periodType }
        if let aggregationCode { indicator.aggregationCode = aggregationCode }
        if let sampleCode { indicator.sampleCode = sampleCode }
        if let formula { indicator.formula = formula }
        if let thresholdValue { indicator.thresholdValue = thresholdValue }
        if let thresholdCode { indicator.thresholdCode = thresholdCode }
        if let roundOff { indicator.roundOff = roundOff }
        if let visible { indicator.visible = visible }
        if let themeCode { indicator.themeCode = themeCode }
        if let note { indicator.note = note }
        if let surveyProportion { indicator.surveyProportion = surveyProportion }
        return indicator
    }
}

/// Reads Swing's indicator definition sheet. Unknown columns are ignored; each value is checked where it stands.
public enum IndicatorSheetReader {
    /// The names the survey column goes by, for locating a problem found after reading (`Indicator.surveyProblem`).
    public static let surveyColumn = Column.survey

    enum Column {
        static let name = ["name", "naam"]
        static let description = ["description", "omschrijving", "beschrijving", "definitie"]
        static let unit = ["unit", "eenheid"]
        static let source = ["source", "bron"]
        static let dataType = ["data type", "datatype", "gegevenstype"]
        static let periodType = ["period type", "periodtype", "periodetype"]
        static let aggregation = ["aggregation indicator", "aggregatie indicator", "aggregatieindicator"]
        static let sample = ["sample indicator", "steekproef indicator"]
        static let formula = ["formula", "formule"]
        static let thresholdValue = ["threshold value", "drempelwaarde"]
        static let thresholdCode = ["threshold indicator", "drempelindicator"]
        static let roundOff = ["roundoff", "round off", "afronding"]
        static let visible = ["visible", "zichtbaar"]
        static let theme = ["theme", "thema"]
        static let note = ["note", "notes", "opmerking", "free textfield"]
        /// Ja/nee: a percentage from a survey sample, shown with its confidence interval (docs/cijfers.md).
        static let survey = ["survey proportion", "survey", "enquête", "enquete", "enquêtepercentage", "enquetepercentage"]
    }

    public static func read(_ reader: any RowReader, header: HeaderRow, problems: ProblemCollector) throws -> [Located<IndicatorPatch>] {
        guard let codeColumn = header.column(SwingFormat.Columns.indicatorCode) else {
            problems.add(.missingColumn, at: reader.location(row: header.row.number), "kolom 'Indicator code' ontbreekt")
            return []
        }
        let columns = (
            name: header.column(Column.name), description: header.column(Column.description),
            unit: header.column(Column.unit), source: header.column(Column.source),
            dataType: header.column(Column.dataType), periodType: header.column(Column.periodType),
            aggregation: header.column(Column.aggregation), sample: header.column(Column.sample),
            formula: header.column(Column.formula), thresholdValue: header.column(Column.thresholdValue),
            thresholdCode: header.column(Column.thresholdCode), roundOff: header.column(Column.roundOff),
            visible: header.column(Column.visible), theme: header.column(Column.theme), note: header.column(Column.note),
            survey: header.column(Column.survey)
        )
        var result: [Located<IndicatorPatch>] = []
        var seen: [String: Int] = [:]
        while let row = try reader.next() {
            if row.isBlank { continue }
            func text(_ column: Int?) -> String? {
                guard let value = row.cell(column).text?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
                else { return nil }
                return value
            }
            func at(_ column: Int?) -> TabularLocation { reader.location(row: row.number, column: column) }
            guard let code = text(codeColumn) else {
                problems.notice(at: at(codeColumn), "rij zonder indicatorcode overgeslagen")
                continue
            }
            if let problem = Indicator.problem(withCode: code) {
                problems.add(.invalidValue, at: at(codeColumn), "'\(code)': \(problem)")
                continue
            }
            if let first = seen[code] {
                problems.add(.duplicateKey, at: at(codeColumn), "indicator '\(code)' staat al in rij \(first)")
                continue
            }
            seen[code] = row.number
            var patch = IndicatorPatch(code: code)
            patch.name = text(columns.name)
            patch.description = text(columns.description)
            patch.unit = text(columns.unit)
            patch.source = text(columns.source)
            patch.dataType = text(columns.dataType).map(IndicatorDataType.init(swing:))
            patch.periodType = text(columns.periodType)
            patch.aggregationCode = text(columns.aggregation)
            patch.sampleCode = text(columns.sample)
            patch.thresholdCode = text(columns.thresholdCode)
            patch.themeCode = text(columns.theme)
            patch.note = text(columns.note)
            if let formula = text(columns.formula) {
                do {
                    _ = try Formula(formula)
                    patch.formula = formula.hasPrefix("=") ? String(formula.dropFirst()) : formula
                } catch {
                    problems.add(.invalidValue, at: at(columns.formula), "formule '\(formula)': \(error)")
                }
            }
            if let raw = text(columns.thresholdValue) {
                // Double(_:) also reads "nan" and "inf"; a NaN threshold would hide every value but zero.
                if let value = Double(raw.replacingOccurrences(of: ",", with: ".")), value.isFinite {
                    patch.thresholdValue = value
                } else {
                    problems.add(.nonNumeric, at: at(columns.thresholdValue), "drempelwaarde '\(raw)' is geen getal")
                }
            }
            if let raw = text(columns.roundOff) {
                if let roundOff = RoundOff(raw) {
                    patch.roundOff = roundOff
                } else {
                    problems.add(.nonNumeric, at: at(columns.roundOff), "afronding '\(raw)' is geen positief getal")
                }
            }
            if let raw = text(columns.visible) {
                if let value = yesNo(raw) { patch.visible = value } else {
                    problems.add(.invalidValue, at: at(columns.visible), "zichtbaar '\(raw)' is geen ja of nee")
                }
            }
            if let raw = text(columns.survey) {
                if let value = yesNo(raw) { patch.surveyProportion = value } else {
                    problems.add(.invalidValue, at: at(columns.survey), "enquête '\(raw)' is geen ja of nee")
                }
            }
            result.append(Located(patch, at: at(codeColumn)))
        }
        return result
    }

    static func yesNo(_ raw: String) -> Bool? {
        switch raw.lowercased() {
        case "1", "true", "ja", "yes", "waar", "y", "j": true
        case "0", "false", "nee", "no", "onwaar", "n": false
        default: nil
        }
    }
}
