import Platform
import PlannenDomain
import Vapor

/// The opvolgingsrapport for the council: one reporting period of a plan, printable on A4. Statuses and progress
/// are those after the updates of that period and the periods before it (later updates are left out), so a report
/// on a closed period reads the same next year.
struct PlanReportModel {
    struct Entry: Sendable {
        let item: PlanItem
        let progress: ProgressResult?
        /// The acties below a parent by status (the item itself for an actie).
        let actions: StatusCounts
        /// The newest update of this item in the period.
        let update: StoredUpdate?
        let indicators: [IndicatorReading]
        /// Uitgaven in the years of the period.
        let periodSpending: SpendingFigures
        /// Krediet over the whole plan.
        let planCredit: Decimal
    }

    let visible: VisiblePlan
    /// The plan as it stood at the end of the period.
    let asOf: PlanFollowUp
    let period: StoredPeriod?
    let periodYears: [Int]
    let includeAll: Bool
    let entries: [Entry]
    let allActions: StatusCounts
    let priorityActions: StatusCounts
    let said: [String]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> PlanReportModel {
        let visible = try await VisiblePlan.load(request)
        let followUp = try await visible.followUp(request)
        let language = request.language
        let t = PlannenText.strings(language)
        var said: [String] = []
        let periods = followUp.periods
        let fallback = periods.last { !$0.period.isOpen } ?? periods.last
        var period = fallback
        if let asked = request.query[String.self, at: "periode"]?.trimmingCharacters(in: .whitespaces), !asked.isEmpty {
            if let found = periods.first(where: { $0.code.caseInsensitiveCompare(asked) == .orderedSame }) {
                period = found
            } else {
                said.append(fallback.map { t("overview.report.unknownPeriod", asked, $0.code) }
                    ?? t("overview.report.unknownPeriodNone", asked))
            }
        }
        var includeAll = false
        if let all = request.query[String.self, at: "alle"]?.trimmingCharacters(in: .whitespaces).lowercased(), !all.isEmpty {
            switch all {
            case "ja", "yes", "1": includeAll = true
            case "nee", "no", "0": includeAll = false
            default: said.append(t("overview.report.unknownAll", all))
            }
        }
        // The plan after the updates of the chosen period and those before it.
        let asOf: PlanFollowUp
        if let period, let index = periods.firstIndex(of: period) {
            let known = Set(periods[...index].map(\.code))
            asOf = PlanFollowUp(plan: followUp.plan, version: followUp.version, base: followUp.base, periods: periods,
                                updates: followUp.updates.filter { known.contains($0.update.periodCode) },
                                indicators: followUp.indicators, links: followUp.links, owners: followUp.owners)
        } else {
            asOf = PlanFollowUp(plan: followUp.plan, version: followUp.version, base: followUp.base, periods: periods,
                                updates: [], indicators: followUp.indicators, links: followUp.links, owners: followUp.owners)
        }
        let tree = asOf.current.tree
        let years = period.map { Array($0.period.start.year...$0.period.end.year) } ?? []
        let readings = await IndicatorReading.load(asOf.indicators.filter { tree.contains($0.itemCode) }, request: request)
        let credit = BudgetFilter(richting: .uitgave, fase: .krediet)
        let entries = tree.items.filter { includeAll || $0.prioritair }.map { item in
            Entry(item: item, progress: asOf.rollup[item.code], actions: StatusCounts.of(item.code, in: tree),
                  update: period.flatMap { period in asOf.updates(of: item.code).last { $0.update.periodCode == period.code } },
                  indicators: readings.filter { $0.indicator.itemCode == item.code },
                  periodSpending: SpendingFigures(asOf.budget, code: item.code, years: years.isEmpty ? nil : years),
                  planCredit: SpendingFigures.soorten.reduce(Decimal(0)) { sum, soort in
                      var filter = credit
                      filter.soort = soort
                      return sum + asOf.budget.total(of: item.code, filter)
                  })
        }
        let actions = tree.items(at: .actie)
        return PlanReportModel(
            visible: visible, asOf: asOf, period: period, periodYears: years, includeAll: includeAll, entries: entries,
            allActions: StatusCounts(actions), priorityActions: StatusCounts(actions.filter(\.prioritair)), said: said,
            language: language)
    }

    var ref: PlanRef { visible.ref }

    var updatesInPeriod: Int {
        guard let period else { return 0 }
        return Set(asOf.updates.filter { $0.update.periodCode == period.code }.map(\.update.itemCode)).count
    }
}
