import Cijfers
import Foundation
import Platform
import PlannenDomain
import Vapor

/// One item of a plan: its facts, how its progress is calculated, its children, indicators, budget, links and (for
/// the city's staff) its history, with the forms of its owners (update) and of the plan's managers (owners, links,
/// indicators).
struct ItemPageModel {
    /// The forms on the page, for problems shown next to the right one.
    enum Form: Hashable { case update, owners, links, indicator }

    struct Child {
        let item: PlanItem
        let result: ProgressResult?
        /// How the child counts in this item's progress.
        let term: ProgressTerm?
    }

    /// An indicator with its values (for a Cijfers indicator: the values Cijfers gives this visitor).
    struct Indicator {
        let stored: StoredIndicator
        /// For a Cijfers indicator: the series, nil when Cijfers has none for the indicator, level and area.
        let cijfers: CijfersFigures.Series?
        let assessment: IndicatorAssessment?

        var isCijfers: Bool { if case .cijfers = stored.source { true } else { false } }
    }

    let visible: VisiblePlan
    let followUp: PlanFollowUp
    let item: PlanItem
    /// From the top of the plan down to the parent.
    let ancestors: [PlanItem]
    let result: ProgressResult?
    let children: [Child]
    let indicators: [Indicator]
    /// Linked themes with their names in Cijfers (the code when Cijfers does not know it).
    let themes: [(code: String, name: String)]
    let recommendations: [String]
    let workPackages: [String]
    let owners: [PlanOwner]
    /// Newest first; only for the city's own staff.
    let updates: [StoredUpdate]
    /// The city's staff (and platform admins) see owners and history.
    let showsStaffParts: Bool
    let mayUpdate: Bool
    let mayManage: Bool
    let openPeriods: [StoredPeriod]
    let possibleOwners: [PlanOwner]
    let allThemes: [(code: String, name: String, parent: String?)]
    let cijfersIndicators: [(code: String, name: String)]
    var updateForm: UpdateForm
    var ownersForm: Set<Int>
    var linksForm: LinksForm
    var indicatorForm: IndicatorForm
    var problems: [Form: [String]] = [:]
    var notice: String?
    let csrf: String
    let language: SiteLanguage
    let today: PlanDate
    /// What other pillars have on this item (the knowledge base's practices tagged with it).
    var related: [RelatedLink] = []

    var ref: PlanRef { visible.ref }
    var hasChildren: Bool { !children.isEmpty }

    static func load(_ request: Request) async throws -> ItemPageModel {
        let visible = try await VisiblePlan.load(request)
        let followUp = try await visible.followUp(request)
        let code = try request.parameters.require("item")
        var model = try await load(request, visible: visible, followUp: followUp, code: code)
        if model.mayManage, let edit = request.query[String.self, at: "indicator"],
           let stored = followUp.indicators(of: code).first(where: { $0.code == edit }) {
            model.indicatorForm = IndicatorForm(stored, language: model.language)
        }
        return model
    }

    static func load(_ request: Request, visible: VisiblePlan, followUp: PlanFollowUp, code: String) async throws -> ItemPageModel {
        let tree = followUp.current.tree
        guard let item = tree.item(code) else {
            throw Abort(.notFound, reason: "item '\(code)' bestaat niet in deze versie van het plan")
        }
        let result = followUp.rollup[code]
        let terms = Dictionary((result?.terms ?? []).map { ($0.code, $0) }) { first, _ in first }
        let children = tree.children(of: code).map { Child(item: $0, result: followUp.rollup[$0.code], term: terms[$0.code]) }
        var indicators: [Indicator] = []
        for stored in followUp.indicators(of: code) {
            if case .cijfers(let indicator, let level, let area) = stored.source {
                let series = await CijfersFigures.series(indicator: indicator, level: level, area: area, request: request)
                let filled = stored.with(observations: series?.values ?? [:])
                indicators.append(Indicator(stored: filled, cijfers: series, assessment: filled.planIndicator?.assessment()))
            } else {
                indicators.append(Indicator(stored: stored, cijfers: nil, assessment: stored.planIndicator?.assessment()))
            }
        }
        let staff = visible.isMember || visible.principal?.isPlatformAdmin == true
        let latest = followUp.isLatestVersion
        let mayManage = latest && visible.mayManage
        let themeList = await CijfersFigures.themes(request: request)
        let themeNames = Dictionary(themeList.map { ($0.code, $0.name) }) { first, _ in first }
        let owners = followUp.owners(of: code)
        let language = request.language
        return ItemPageModel(
            visible: visible, followUp: followUp, item: item,
            ancestors: tree.ancestors(of: code).reversed(), result: result, children: children, indicators: indicators,
            themes: followUp.links(of: code, .thema).map { ($0, themeNames[$0] ?? $0) },
            recommendations: followUp.links(of: code, .aanbeveling), workPackages: followUp.links(of: code, .werkpakket),
            owners: owners, updates: staff ? followUp.updates(of: code).reversed() : [], showsStaffParts: staff,
            mayUpdate: latest && visible.mayUpdate(code, in: followUp), mayManage: mayManage,
            openPeriods: followUp.periods.filter { $0.period.isOpen },
            possibleOwners: mayManage ? try await request.planStore.possibleOwners(organisationID: visible.plan.organisation.id) : [],
            allThemes: mayManage ? themeList : [],
            cijfersIndicators: mayManage ? await CijfersFigures.indicators(request: request) : [],
            updateForm: UpdateForm(period: followUp.openPeriod?.code ?? "", status: item.status ?? ""),
            ownersForm: Set(owners.map(\.id)),
            linksForm: LinksForm(themes: followUp.links(of: code, .thema),
                                 recommendations: followUp.links(of: code, .aanbeveling).joined(separator: "\n"),
                                 workPackages: followUp.links(of: code, .werkpakket).joined(separator: "\n"),
                                 practices: followUp.links(of: code, .praktijk).joined(separator: "\n")),
            indicatorForm: IndicatorForm(),
            csrf: CSRF.token(for: request).token, language: language, today: PlanPageText.today(),
            related: try await request.related(to: .planItem(organisation: visible.ref.organisation, plan: visible.ref.plan, item: code)))
    }

    /// The confirmation after a change (`?gelukt=`); nil for an unknown code.
    static func notice(_ code: String?, _ language: SiteLanguage) -> String? {
        guard let code, ["opvolging", "eigenaars", "koppelingen", "indicator"].contains(code) else { return nil }
        return PlannenText.strings(language)["tree.item.done.\(code)"]
    }

    func itemLink(_ code: String) -> String {
        PlannenPath.item(ref, item: code).url([("versie", followUp.versionQuery)])
    }

    func versionLink(_ version: StoredVersion) -> String {
        let path = PlannenPath.item(ref, item: item.code)
        return version.number == visible.plan.latest?.number ? path.path : path.url([("versie", String(version.number))])
    }

    var treeLink: String { PlannenPath.plan(ref).url([("versie", followUp.versionQuery)]) }
}

// MARK: The forms' values

extension ItemPageModel {
    /// The owner's update as typed (kept when the form is refused).
    struct UpdateForm: Content {
        var periode: String?
        var status: String?
        var voortgang: String?
        var toelichting: String?
        var bewijs: String?

        init(period: String = "", status: String = "", progress: String = "", explanation: String = "", evidence: String = "") {
            periode = period
            self.status = status
            voortgang = progress
            toelichting = explanation
            bewijs = evidence
        }
    }

    struct OwnersForm: Content {
        var eigenaars: [String]?
    }

    struct LinksForm: Content {
        var themas: [String]?
        var aanbevelingen: String?
        var werkpakketten: String?
        var praktijken: String?

        init(themes: [String] = [], recommendations: String = "", workPackages: String = "", practices: String = "") {
            themas = themes
            aanbevelingen = recommendations
            werkpakketten = workPackages
            praktijken = practices
        }
    }

    struct IndicatorForm: Content {
        var code: String?
        var naam: String?
        var eenheid: String?
        /// eigen or cijfers.
        var soort: String?
        var cijfers_indicator: String?
        var cijfers_niveau: String?
        var cijfers_gebied: String?
        var nulmeting_jaar: String?
        var nulmeting_waarde: String?
        var streef_jaar: String?
        var streef_waarde: String?
        var richting: String?
        /// Lines of `jaar;waarde`.
        var waarden: String?

        init() {}

        /// A stored indicator in the form, to replace it.
        init(_ stored: StoredIndicator, language: SiteLanguage) {
            func number(_ value: Double) -> String { PlanNumberText.exact(value) }
            code = stored.code
            naam = stored.name
            eenheid = stored.unit
            soort = stored.source.kind
            if case .cijfers(let indicator, let level, let area) = stored.source {
                cijfers_indicator = indicator
                cijfers_niveau = level
                cijfers_gebied = area
            }
            nulmeting_jaar = stored.baseline.map { String($0.year) }
            nulmeting_waarde = stored.baseline.map { number($0.value) }
            streef_jaar = stored.target.map { String($0.year) }
            streef_waarde = stored.target.map { number($0.value) }
            richting = stored.direction.rawValue
            if case .own = stored.source {
                waarden = stored.observations.sorted { $0.key < $1.key }.map { "\($0.key);\(number($0.value))" }.joined(separator: "\n")
            }
        }
    }
}
