import Cijfers
import Foundation
import Platform
import PlannenDomain
import Plot
import Vapor

/// Days as people read them: 18 december 2025, or 18 December 2025 in English.
enum OverviewDate {
    static func text(_ day: PlanDate, _ language: SiteLanguage) -> String {
        "\(day.day) \(MonthName.of(day.month, language)) \(day.year)"
    }

    /// A moment as the day it fell on in Brussels.
    static func day(of date: Date) -> PlanDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return PlanDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? PlanDate(year: 2000, month: 1, day: 1)!
    }

    static func text(_ date: Date, _ language: SiteLanguage) -> String { text(day(of: date), language) }

    static var today: PlanDate { day(of: Date()) }
}

/// How many acties have each status, with the acties without a status under "".
struct StatusCounts: Sendable, Hashable {
    let counts: [String: Int]

    init(_ items: [PlanItem]) {
        var counts: [String: Int] = [:]
        for item in items {
            let code = item.status.flatMap { StatusCatalogue.standard.status($0)?.code } ?? item.status ?? ""
            counts[code, default: 0] += 1
        }
        self.counts = counts
    }

    init(counts: [String: Int]) { self.counts = counts }

    /// The acties of an item: the item itself when it is one, else every actie below it.
    static func of(_ code: String, in tree: PlanTree) -> StatusCounts {
        guard let item = tree.item(code) else { return StatusCounts([]) }
        return StatusCounts(item.level == .actie ? [item] : tree.descendants(of: code).filter { $0.level == .actie })
    }

    var total: Int { counts.values.reduce(0, +) }

    func count(_ code: String) -> Int { counts[code] ?? 0 }

    /// The columns of a table: the catalogue's statuses in their order, then unknown codes, then "no status".
    static func columns(_ all: [StatusCounts]) -> [String] {
        let standard = StatusCatalogue.standard.codes
        let others = Set(all.flatMap(\.counts.keys)).subtracting(standard).subtracting([""]).sorted()
        return standard + others + (all.contains { $0.count("") > 0 } ? [""] : [])
    }

    /// "12 gerealiseerd, 30 op schema, 2 vertraagd", in the catalogue's order; "geen acties" when empty.
    func words(_ language: SiteLanguage) -> String {
        let t = PlannenText.strings(language)
        let parts = StatusCounts.columns([self]).compactMap { code -> String? in
            let n = count(code)
            guard n > 0 else { return nil }
            return "\(n) \(StatusCounts.label(code, language).lowercased())"
        }
        return parts.isEmpty ? t["overview.common.noActions"] : parts.joined(separator: ", ")
    }

    /// The label of a column: the status' label, or "geen status".
    static func label(_ code: String, _ language: SiteLanguage) -> String {
        PlannenText.status(code.isEmpty ? nil : code, language)
    }
}

/// An indicator with what can be said about it: the status rule for a series with a target, the share done for a
/// milestone list. Cijfers-linked indicators are read through `CijfersFigures` for this visitor.
struct IndicatorReading: Sendable {
    let indicator: StoredIndicator
    let assessment: IndicatorAssessment?
    let milestones: MilestoneSeries?
    /// True when the values come from Cijfers and Cijfers gave none.
    let cijfersMissing: Bool

    static func load(_ indicators: [StoredIndicator], request: Request) async -> [IndicatorReading] {
        var result: [IndicatorReading] = []
        for stored in indicators {
            var indicator = stored
            var missing = false
            if case .cijfers(let code, let level, let area) = stored.source {
                if let series = await CijfersFigures.series(indicator: code, level: level, area: area, request: request) {
                    indicator = stored.with(observations: series.values)
                    missing = series.values.isEmpty
                } else {
                    missing = true
                }
            }
            result.append(IndicatorReading(indicator: indicator, assessment: indicator.planIndicator?.assessment(),
                                           milestones: indicator.milestones, cijfersMissing: missing))
        }
        return result
    }

    /// The verdict in words: "op koers", "2 van 4 stappen gezet", "geen doel".
    func verdict(_ language: SiteLanguage) -> String {
        let t = PlannenText.strings(language)
        if let milestones {
            let done = milestones.milestones.filter(\.isDone).count
            return t("overview.indicator.steps", String(done), String(milestones.milestones.count))
        }
        guard let assessment else { return t["overview.indicator.noTarget"] }
        return PlannenText.text(assessment.verdict.label, language)
    }

    /// The CSS class that repeats the verdict in colour (the word always stands beside it).
    var verdictClass: String {
        if milestones != nil { return "verdict steps" }
        return "verdict v-\(assessment?.verdict.rawValue ?? "none")"
    }

    /// The latest value with its year and unit, or "–".
    func latest(_ language: SiteLanguage) -> String {
        guard let latest = indicator.planIndicator?.latest ?? indicator.observations.max(by: { $0.key < $1.key }).map({
            YearValue(year: $0.key, value: $0.value)
        }) else { return "–" }
        return OverviewNumbers.value(latest.value, unit: indicator.unit, language) + " (\(latest.year))"
    }

    func target(_ language: SiteLanguage) -> String {
        guard let target = indicator.target else { return "–" }
        return OverviewNumbers.value(target.value, unit: indicator.unit, language) + " (\(target.year))"
    }
}

/// Words for the levels of a plan.
enum OverviewWords {
    /// "beleidsdoelstelling" or "beleidsdoelstellingen" after a count.
    static func level(_ level: PlanLevel, count: Int, _ t: Strings) -> String {
        t["overview.level.\(level == .strategischeDoelstelling ? "sd" : level.rawValue).\(count == 1 ? "one" : "many")"]
    }

    /// "Beleidsdoelstellingen", for a column header.
    static func header(_ level: PlanLevel, _ t: Strings) -> String {
        let text = self.level(level, count: 2, t)
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// Numbers on the overview pages.
enum OverviewNumbers {
    /// A value with at most two decimals and thousands grouped, with its unit: 4.105 woningen, 24 %.
    static func value(_ value: Double, unit: String, _ language: SiteLanguage) -> String {
        let decimals = value == value.rounded() ? 0 : (abs(value) >= 100 ? 0 : 1)
        var text = NumberText.format(value, decimals: decimals)
        if language == .en {
            text = String(text.map { $0 == "." ? "," : ($0 == "," ? "." : $0) })
        }
        return unit.isEmpty ? text : "\(text) \(unit)"
    }

    static func percent(_ value: Double?, _ language: SiteLanguage) -> String {
        guard let value else { return "–" }
        return PlannenText.number(value, digits: 1, language) + " %"
    }

    /// A whole number grouped: 1.234 (nl), 1,234 (en).
    static func count(_ value: Int, _ language: SiteLanguage) -> String {
        let text = NumberText.format(Double(value), decimals: 0)
        return language == .en ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// Decimal comma, no grouping, at most two decimals: what the CSV downloads write.
    static func csv(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return PlanNumberText.dutch(value, digits: 2)
    }

    static func csv(_ value: Decimal?) -> String { value.map(CellText.amount) ?? "" }

    static func double(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }
}

/// Krediet and rekening of uitgaven (exploitatie and investering; financiering — loans — is not policy), with the
/// share spent.
struct SpendingFigures: Sendable, Hashable, Encodable {
    let krediet: Decimal
    let rekening: Decimal

    init(_ budget: BudgetTotals, code: String?, years: [Int]?) {
        var krediet: Decimal = 0
        var rekening: Decimal = 0
        for soort in SpendingFigures.soorten {
            for year in years.map({ $0.map(Optional.some) }) ?? [nil] {
                let credit = BudgetFilter(year: year, soort: soort, richting: .uitgave, fase: .krediet)
                let actual = BudgetFilter(year: year, soort: soort, richting: .uitgave, fase: .rekening)
                krediet += code.map { budget.total(of: $0, credit) } ?? budget.planTotal(credit)
                rekening += code.map { budget.total(of: $0, actual) } ?? budget.planTotal(actual)
            }
        }
        self.krediet = krediet
        self.rekening = rekening
    }

    static let soorten: [BudgetSoort] = [.exploitatie, .investering]

    /// rekening ÷ krediet × 100; nil without krediet (as `BudgetTotals.executionPercentage`).
    var execution: Double? {
        krediet == 0 ? nil : NSDecimalNumber(decimal: rekening / krediet * 100).doubleValue
    }
}

/// What a page says about a query value it could not use ("jaar '1999' komt niet voor …; getoond: …").
extension Node where Context == HTML.BodyContext {
    static func overviewSaid(_ messages: [String]) -> Node {
        .if(!messages.isEmpty, .div(
            .attr("class", "plan-said"), .attr("role", "status"),
            .ul(.forEach(messages) { .li(.text($0)) })
        ))
    }
}

/// Reading the query of the overview pages: a value that is not understood is said, never silently replaced.
enum OverviewQuery {
    /// `?jaar=`: one of `years`, or nil for all years.
    static func year(_ request: Request, years: [Int], _ t: Strings) -> (year: Int?, problem: String?) {
        guard let text = request.query[String.self, at: "jaar"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
              text != "alle" else { return (nil, nil) }
        if let year = Int(text), years.contains(year) { return (year, nil) }
        return (nil, t("overview.query.unknownYear", text))
    }

    /// `?op=yyyy-mm-dd`: the day against which "late" is judged; today without it.
    static func day(_ request: Request, _ t: Strings, language: SiteLanguage) -> (day: PlanDate, given: Bool, problem: String?) {
        let today = OverviewDate.today
        guard let text = request.query[String.self, at: "op"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return (today, false, nil)
        }
        if let day = PlanDate.parse(text) { return (day, true, nil) }
        return (today, false, t("overview.query.unknownDay", text, OverviewDate.text(today, language)))
    }
}
