import Foundation
import Platform
import PlannenDomain

/// Reads the item page's forms into what `PlanService` takes. Problems the form itself can see (text in a number
/// field, a year that is not one) are listed in the visitor's language and located (field, line); the service then
/// checks the rules of the data and refuses in Dutch.
enum ItemFormReading {
    static let maximumText = 10_000
    static let maximumLines = 50

    // MARK: Update

    static func update(_ form: ItemPageModel.UpdateForm, itemCode: String, _ t: Strings) -> (ItemUpdate, [String]) {
        var problems: [String] = []
        let period = trimmed(form.periode)
        if period.isEmpty { problems.append(t["tree.form.choosePeriod"]) }
        let status = trimmed(form.status)
        var progress: Double?
        let progressText = trimmed(form.voortgang)
        if !progressText.isEmpty {
            progress = PlanPageText.number(progressText.replacingOccurrences(of: "%", with: ""))
            if progress == nil { problems.append(t("tree.form.progressNotNumber", progressText)) }
        }
        let explanation = trimmed(form.toelichting)
        if explanation.count > maximumText { problems.append(t("tree.form.tooLong", t["tree.update.explanation"], String(maximumText))) }
        let evidence = lines(form.bewijs)
        if evidence.count > maximumLines { problems.append(t("tree.form.tooManyLines", t["tree.update.evidence"], String(maximumLines))) }
        if status.isEmpty, progressText.isEmpty, explanation.isEmpty, evidence.isEmpty { problems.append(t["tree.form.emptyUpdate"]) }
        let update = ItemUpdate(itemCode: itemCode, periodCode: period, status: status.isEmpty ? nil : status, progress: progress,
                                explanation: explanation, evidence: evidence.map(\.text))
        return (update, problems)
    }

    // MARK: Owners

    static func owners(_ form: ItemPageModel.OwnersForm, allowed: Set<Int>, _ t: Strings) -> ([Int], [String]) {
        var ids: [Int] = []
        var problems: [String] = []
        for text in form.eigenaars ?? [] where !text.isEmpty {
            if let id = Int(text), allowed.contains(id) { ids.append(id) } else { problems.append(t("tree.form.unknownOwner", text)) }
        }
        return (ids, problems)
    }

    // MARK: Links

    static func links(_ form: ItemPageModel.LinksForm, allowedThemes: Set<String>, _ t: Strings)
        -> (themes: [String], recommendations: [String], workPackages: [String], practices: [String], problems: [String]) {
        var problems: [String] = []
        let themes = (form.themas ?? []).filter { !$0.isEmpty }
        for theme in themes where !allowedThemes.contains(theme) { problems.append(t("tree.form.unknownTheme", theme)) }
        func codes(_ text: String?, _ label: String) -> [String] {
            let found = lines(text)
            if found.count > maximumLines { problems.append(t("tree.form.tooManyLines", label, String(maximumLines))) }
            for line in found where !isCampaignNumber(line.text) {
                problems.append(t("tree.form.badCampaignNumber", label, String(line.number), line.text))
            }
            return found.map(\.text)
        }
        let recommendations = codes(form.aanbevelingen, t["tree.links.recommendations"])
        let workPackages = codes(form.werkpakketten, t["tree.links.workPackages"])
        let practiceLines = lines(form.praktijken)
        if practiceLines.count > maximumLines { problems.append(t("tree.form.tooManyLines", t["tree.links.practices"], String(maximumLines))) }
        for line in practiceLines where !isSlug(line.text) {
            problems.append(t("tree.form.badPractice", String(line.number), line.text))
        }
        return (themes, recommendations, workPackages, practiceLines.map(\.text), problems)
    }

    /// The address of a knowledge-base item: lower-case letters, digits and hyphens.
    static func isSlug(_ text: String) -> Bool {
        (3...80).contains(text.count) && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// campaign/number: a campaign code (letters, digits, - _ .) and a whole number.
    static func isCampaignNumber(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 60, Int(parts[1]) != nil, parts[1].allSatisfy(\.isNumber) else { return false }
        return parts[0].allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    // MARK: Indicator

    /// Everything of the indicator form except the check against Cijfers (which needs the request).
    static func indicator(_ form: ItemPageModel.IndicatorForm, itemCode: String, existing: [StoredIndicator],
                          cijfersIndicators: Set<String>, _ t: Strings) -> (PlanService.IndicatorInput?, [String]) {
        var problems: [String] = []
        let code = trimmed(form.code)
        if code.isEmpty {
            problems.append(t["tree.form.indicatorCode"])
        } else if code.count > 40 || !code.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" || $0 == "." }) {
            problems.append(t("tree.form.indicatorCodeFormat", code))
        } else if let other = existing.first(where: { $0.code == code && $0.itemCode != itemCode }) {
            problems.append(t("tree.form.indicatorCodeTaken", code, other.itemCode))
        }
        let name = trimmed(form.naam)
        if name.isEmpty { problems.append(t["tree.form.indicatorName"]) }
        let unit = trimmed(form.eenheid)
        var source: PlanIndicatorSource = .own
        switch trimmed(form.soort) {
        case "", "eigen": source = .own
        case "cijfers":
            let indicator = trimmed(form.cijfers_indicator), level = trimmed(form.cijfers_niveau), area = trimmed(form.cijfers_gebied)
            if indicator.isEmpty { problems.append(t["tree.form.cijfersIndicator"]) } else if !cijfersIndicators.contains(indicator) {
                problems.append(t("tree.form.cijfersUnknownIndicator", indicator))
            }
            if level.isEmpty { problems.append(t["tree.form.cijfersLevel"]) }
            if area.isEmpty { problems.append(t["tree.form.cijfersArea"]) }
            source = .cijfers(indicator: indicator, level: level, area: area)
        default:
            problems.append(t("tree.form.unknownKind", trimmed(form.soort)))
        }
        let baseline = yearValue(form.nulmeting_jaar, form.nulmeting_waarde, t["tree.indicatorForm.baseline"], &problems, t)
        let target = yearValue(form.streef_jaar, form.streef_waarde, t["tree.indicatorForm.target"], &problems, t)
        let direction = IndicatorDirection(rawValue: trimmed(form.richting)) ?? {
            problems.append(t("tree.form.unknownDirection", trimmed(form.richting)))
            return .higherIsBetter
        }()
        var values: [Int: Double] = [:]
        let label = t["tree.indicatorForm.values"]
        let valueLines = lines(form.waarden)
        if valueLines.count > 200 { problems.append(t("tree.form.tooManyLines", label, "200")) }
        for line in valueLines.prefix(200) {
            let parts = line.text.split(whereSeparator: { $0 == ";" || $0 == "\t" || $0 == ":" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2, let year = year(parts[0]) else {
                problems.append(t("tree.form.badValueLine", label, String(line.number), line.text))
                continue
            }
            guard let value = PlanPageText.number(parts[1]) else {
                problems.append(t("tree.form.badValue", label, String(line.number), parts[1]))
                continue
            }
            if values[year] != nil { problems.append(t("tree.form.duplicateYear", label, String(line.number), String(year))) }
            values[year] = value
        }
        if case .cijfers = source, !values.isEmpty { problems.append(t["tree.form.cijfersNoValues"]) }
        guard problems.isEmpty else { return (nil, problems) }
        return (PlanService.IndicatorInput(itemCode: itemCode, code: code, name: name, unit: unit, source: source, baseline: baseline,
                                           target: target, direction: direction, values: values), [])
    }

    private static func yearValue(_ yearText: String?, _ valueText: String?, _ label: String, _ problems: inout [String],
                                  _ t: Strings) -> YearValue? {
        let yearText = trimmed(yearText), valueText = trimmed(valueText)
        if yearText.isEmpty && valueText.isEmpty { return nil }
        if yearText.isEmpty || valueText.isEmpty {
            problems.append(t("tree.form.yearAndValue", label))
            return nil
        }
        guard let year = year(yearText) else {
            problems.append(t("tree.form.notAYear", label, yearText))
            return nil
        }
        guard let value = PlanPageText.number(valueText) else {
            problems.append(t("tree.form.notANumber", label, valueText))
            return nil
        }
        return YearValue(year: year, value: value)
    }

    static func year(_ text: String) -> Int? {
        guard text.count == 4, let year = Int(text), (1900...2100).contains(year) else { return nil }
        return year
    }

    // MARK: Text

    static func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The non-empty lines of a text area, with their line numbers (1 = the first line).
    static func lines(_ text: String?) -> [(number: Int, text: String)] {
        (text ?? "").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().compactMap { index, line in
            let value = line.trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : (index + 1, value)
        }
    }
}
