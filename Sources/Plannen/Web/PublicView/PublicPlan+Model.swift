import Platform
import PlannenDomain
import Vapor

/// The plan for citizens: per beleidsdoelstelling what it wants, how far it is and what it costs, in plain words.
/// It shows what the city has vastgesteld: the updates of closed reporting periods, never those still being written
/// in an open period; no owners and no internal notes besides the explanations the city reported.
struct PublicPlanModel {
    struct Action: Sendable {
        let item: PlanItem
        let progress: ProgressResult?
        /// The newest explanation from a closed period.
        let explanation: String?
    }

    struct ActionPlan: Sendable {
        let item: PlanItem
        let progress: ProgressResult?
        let statuses: StatusCounts
        let actions: [Action]
    }

    struct Goal: Sendable {
        let item: PlanItem
        /// The strategische doelstelling above it, if the plan has that level.
        let strategic: PlanItem?
        let progress: ProgressResult?
        let statuses: StatusCounts
        let investment: Decimal
        let actionPlans: [ActionPlan]
        let indicators: [IndicatorReading]
    }

    let visible: VisiblePlan
    let followUp: PlanFollowUp
    /// The newest closed period: the state shown.
    let period: StoredPeriod?
    let goals: [Goal]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> PublicPlanModel {
        let visible = try await VisiblePlan.load(request)
        let latest = try await visible.followUp(request)
        let closed = Set(latest.periods.filter { !$0.period.isOpen }.map(\.code))
        let followUp = PlanFollowUp(
            plan: latest.plan, version: latest.version, base: latest.base, periods: latest.periods,
            updates: latest.updates.filter { closed.contains($0.update.periodCode) }, indicators: latest.indicators,
            links: latest.links, owners: [:])
        let tree = followUp.current.tree
        let readings = await IndicatorReading.load(followUp.indicators.filter { tree.contains($0.itemCode) }, request: request)
        let investment = BudgetFilter(soort: .investering, richting: .uitgave, fase: .krediet)
        func explanation(_ code: String) -> String? {
            followUp.updates(of: code).last { !$0.update.explanation.isEmpty }?.update.explanation
        }
        let goals = tree.items(at: .beleidsdoelstelling).map { goal in
            let below = Set(tree.descendants(of: goal.code).map(\.code)).union([goal.code])
            return Goal(
                item: goal, strategic: tree.parent(of: goal.code), progress: followUp.rollup[goal.code],
                statuses: StatusCounts.of(goal.code, in: tree), investment: followUp.budget.total(of: goal.code, investment),
                actionPlans: tree.children(of: goal.code).map { plan in
                    ActionPlan(item: plan, progress: followUp.rollup[plan.code], statuses: StatusCounts.of(plan.code, in: tree),
                               actions: tree.children(of: plan.code).map {
                                   Action(item: $0, progress: followUp.rollup[$0.code], explanation: explanation($0.code))
                               })
                },
                indicators: readings.filter { below.contains($0.indicator.itemCode) })
        }
        return PublicPlanModel(visible: visible, followUp: followUp, period: latest.periods.last { !$0.period.isOpen },
                               goals: goals, language: request.language)
    }

    var ref: PlanRef { visible.ref }
}
