import Platform
import PlannenDomain
import Vapor

/// The college's dashboard of one plan: per doelstelling the acties by status, the rolled-up progress, krediet,
/// rekening and execution; the acties that are late; overdue milestones; the indicators with their verdict.
struct PlanDashboardModel {
    struct Row: Sendable {
        let item: PlanItem
        let statuses: StatusCounts
        let progress: ProgressResult?
        let spending: SpendingFigures
    }

    /// An actie that is late, and why.
    struct Late: Sendable {
        enum Reason: String, Sendable { case pastEnd = "einddatum-voorbij", delayed = "vertraagd" }
        let item: PlanItem
        let reasons: [Reason]
    }

    struct OverdueMilestone: Sendable {
        let itemCode: String
        let indicator: String
        let milestone: Milestone
    }

    let visible: VisiblePlan
    let followUp: PlanFollowUp
    let rows: [Row]
    /// The whole plan, for the last row.
    let total: Row?
    let statusColumns: [String]
    let year: Int?
    let day: PlanDate
    let dayGiven: Bool
    let late: [Late]
    let overdue: [OverdueMilestone]
    let indicators: [IndicatorReading]
    let said: [String]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> PlanDashboardModel {
        let visible = try await VisiblePlan.load(request)
        let followUp = try await visible.followUp(request)
        return await load(request, visible: visible, followUp: followUp)
    }

    static func load(_ request: Request, visible: VisiblePlan, followUp: PlanFollowUp) async -> PlanDashboardModel {
        let language = request.language
        let t = PlannenText.strings(language)
        let tree = followUp.current.tree
        let (year, yearProblem) = OverviewQuery.year(request, years: followUp.budget.years, t)
        let (day, dayGiven, dayProblem) = OverviewQuery.day(request, t, language: language)
        let years = year.map { [$0] }
        let goals = tree.items.filter { $0.level == .strategischeDoelstelling || $0.level == .beleidsdoelstelling }
        let rows = goals.map { item in
            Row(item: item, statuses: StatusCounts.of(item.code, in: tree), progress: followUp.rollup[item.code],
                spending: SpendingFigures(followUp.budget, code: item.code, years: years))
        }
        // The whole plan: every actie, the plan's budget; progress is not rolled up above the top level.
        let total = Row(item: PlanItem(level: .beleidsdoelstelling, code: "", title: t["overview.dash.wholePlan"]),
                        statuses: StatusCounts(tree.items(at: .actie)), progress: nil,
                        spending: SpendingFigures(followUp.budget, code: nil, years: years))
        let late: [Late] = tree.items(at: .actie).compactMap { item in
            let status = item.status.flatMap { StatusCatalogue.standard.status($0)?.code }
            var reasons: [Late.Reason] = []
            if let end = item.end, end < day, status != "gerealiseerd", status != "stopgezet" { reasons.append(.pastEnd) }
            if status == "vertraagd" { reasons.append(.delayed) }
            return reasons.isEmpty ? nil : Late(item: item, reasons: reasons)
        }
        let indicators = await IndicatorReading.load(followUp.indicators.filter { tree.contains($0.itemCode) }, request: request)
        let overdue = indicators.flatMap { reading in
            (reading.milestones?.overdue(asOf: day) ?? []).map {
                OverdueMilestone(itemCode: reading.indicator.itemCode, indicator: reading.indicator.name, milestone: $0)
            }
        }
        return PlanDashboardModel(
            visible: visible, followUp: followUp, rows: rows, total: tree.items.isEmpty ? nil : total,
            statusColumns: StatusCounts.columns(rows.map(\.statuses) + [total.statuses]), year: year, day: day,
            dayGiven: dayGiven, late: late, overdue: overdue, indicators: indicators,
            said: [yearProblem, dayProblem].compactMap { $0 }, language: language)
    }

    var ref: PlanRef { visible.ref }

    /// The query that reproduces this view, for the downloads and the year links.
    func query(year: Int?) -> [(String, String?)] {
        [("versie", followUp.version.number != followUp.plan.latest?.number ? String(followUp.version.number) : nil),
         ("jaar", year.map(String.init)), ("op", dayGiven ? day.iso : nil)]
    }
}
