import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// What the dashboard shows: the organisation's outcomes per domain, lasting results, goals, the workload per
/// worker and the trends by quarter. Workers are named only for the organisation's admins; everyone else sees
/// "worker 1…n" (heaviest first) with their own row marked.
struct DemadDashboardPage {
    struct WorkerRow: Equatable {
        let label: String
        let cases: Int
        let weight: Double
        let isSelf: Bool
    }

    let language: SiteLanguage
    let organisationName: String
    var summaries: [DemadOutcome.DomainSummary] = []
    var lasting: [DemadOutcome.Lasting: Int] = [:]
    var goals: (cases: Int, set: Int, reached: Int, allReached: Int) = (0, 0, 0, 0)
    var cases = 0
    var openCases = 0
    var workers: [WorkerRow] = []
    var spread: DemadWorkload.Spread?
    var unassigned = 0
    var outcomeTrend: [DemadOutcome.QuarterPoint] = []
    var workloadTrend: [DemadWorkload.QuarterPoint] = []
    var namesShown = false
    var takesPart = false
    var mayEdit = false
    var mayChangeParticipation = false
    var csrf = ""
    var notice: String?

    static func load(_ req: Request, principal: Principal, csrf: String, today: DemadDay = DemadDay(Date())) async throws -> DemadDashboardPage {
        let scale = DemadScale.standard
        let store = DemadStore(database: req.db)
        let organisation = try await OrganisationService(database: req.db).find(id: principal.organisationID)
        let stored = try await store.cases(organisationID: principal.organisationID).map(\.value)
        var page = DemadDashboardPage(language: req.language, organisationName: organisation?.name ?? principal.organisationCode)
        page.summaries = DemadOutcome.summary(stored, scale: scale)
        page.lasting = DemadOutcome.lastingCounts(stored, scale: scale)
        page.goals = DemadOutcome.goals(stored)
        page.cases = stored.count
        page.openCases = stored.filter { $0.isOpen(on: today) }.count
        let loads = DemadWorkload.caseloads(stored, weighting: scale.caseWeight, on: today)
        page.namesShown = DemadAccess.admin(principal)
        let names = page.namesShown ? Dictionary(try await DemadAccess.members(req, organisationID: principal.organisationID, disabledToo: true).map { ($0.id, $0.name) },
                                                 uniquingKeysWith: { a, _ in a }) : [:]
        let w = DemadWords(req.language)
        page.workers = loads.enumerated().map { index, load in
            let label = page.namesShown ? (names[load.workerID] ?? w.t("demad.worker.numbered", String(index + 1)))
                : w.t("demad.worker.numbered", String(index + 1))
            return WorkerRow(label: label, cases: load.cases, weight: load.weight, isSelf: load.workerID == principal.userID)
        }
        page.spread = DemadWorkload.spread(loads.map(\.weight))
        page.unassigned = DemadWorkload.unassigned(stored, on: today)
        page.outcomeTrend = DemadOutcome.trend(stored, scale: scale)
        page.workloadTrend = DemadWorkload.trend(stored, weighting: scale.caseWeight, through: today)
        page.takesPart = try await store.takesPart(organisationID: principal.organisationID)
        page.mayEdit = DemadAccess.editor(principal)
        page.mayChangeParticipation = DemadAccess.admin(principal)
        page.csrf = csrf
        return page
    }
}
