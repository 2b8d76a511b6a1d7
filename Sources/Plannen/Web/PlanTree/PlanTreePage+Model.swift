import Cijfers
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The plan tree: every item of a version with its status, rolled-up progress and credit, filtered by a GET form.
/// Filtering keeps the items above a match, marked as context, so the tree stays readable.
struct PlanTreePageModel {
    struct Row: Sendable {
        let item: PlanItem
        let depth: Int
        /// False for an item shown only because something below it matches.
        let matches: Bool
        let progress: ProgressResult?
        /// Krediet for uitgaven (exploitatie and investering), in total and per year.
        let credit: Decimal
        let yearly: [Int: Decimal]
    }

    struct Count: Sendable {
        let level: PlanLevel
        let matched: Int
        let total: Int
    }

    let visible: VisiblePlan
    let followUp: PlanFollowUp
    let filter: PlanTreeFilter
    let options: PlanTreeFilter.Options
    let showsOwners: Bool
    let rows: [Row]
    let counts: [Count]
    let years: [Int]
    let language: SiteLanguage

    var ref: PlanRef { visible.ref }

    static func load(_ request: Request) async throws -> PlanTreePageModel {
        let visible = try await VisiblePlan.load(request)
        let followUp = try await visible.followUp(request)
        let t = PlannenText.strings(request.language)
        let showsOwners = visible.isMember || visible.principal?.isPlatformAdmin == true
        let themeNames = Dictionary(await CijfersFigures.themes(request: request).map { ($0.code, $0.name) }) { first, _ in first }
        let options = PlanTreeFilter.options(followUp, themeNames: themeNames, showsOwners: showsOwners)
        let filter = PlanTreeFilter.read(request, options: options, showsOwners: showsOwners, t)
        return build(visible: visible, followUp: followUp, filter: filter, options: options, showsOwners: showsOwners,
                     language: request.language)
    }

    static func build(visible: VisiblePlan, followUp: PlanFollowUp, filter: PlanTreeFilter, options: PlanTreeFilter.Options,
                      showsOwners: Bool, language: SiteLanguage) -> PlanTreePageModel {
        let tree = followUp.current.tree
        let matched = filter.matches(in: followUp)
        var shown = matched
        for code in matched { for ancestor in tree.ancestors(of: code) { shown.insert(ancestor.code) } }
        let rows: [Row] = tree.items.compactMap { item in
            guard shown.contains(item.code), item.level <= filter.depth else { return nil }
            let credit = PlanPageText.credit(item.code, followUp.budget)
            return Row(item: item, depth: tree.depth(of: item.code) ?? 0, matches: matched.contains(item.code),
                       progress: followUp.rollup[item.code], credit: credit.total, yearly: credit.yearly)
        }
        let counts = options.levels.map { level in
            Count(level: level, matched: tree.items.filter { $0.level == level && matched.contains($0.code) }.count,
                  total: tree.items(at: level).count)
        }
        return PlanTreePageModel(visible: visible, followUp: followUp, filter: filter, options: options, showsOwners: showsOwners,
                                 rows: rows, counts: counts, years: followUp.budget.years, language: language)
    }

    /// The address of this plan's tree for another version, keeping nothing else of the query.
    func versionLink(_ version: StoredVersion) -> String {
        let path = PlannenPath.plan(ref)
        return version.number == visible.plan.latest?.number ? path.path : path.url([("versie", String(version.number))])
    }

    /// The download of what is shown, with the same filter and version.
    func download(_ file: PlannenPath.ExportFile) -> String {
        PlannenPath.export(ref, file: file).url(filter.query + [("versie", followUp.versionQuery)])
    }

    func itemLink(_ code: String) -> String {
        PlannenPath.item(ref, item: code).url([("versie", followUp.versionQuery)])
    }
}
