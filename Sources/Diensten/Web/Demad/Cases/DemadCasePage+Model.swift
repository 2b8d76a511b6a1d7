import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// One case: its measurements over time, the change per domain with the lasting rule, its goals and weight, and
/// (for editors) the form for a new measurement and the case's settings.
struct DemadCasePage {
    /// What the measurement form holds (kept when it is refused).
    struct MeasurementForm: Equatable {
        var day = ""
        var scores: [String: String] = [:]
        var goalsSet = ""
        var goalsReached = ""
    }

    let language: SiteLanguage
    let demadCase: DemadCase
    var workerLabel = ""
    var members: [(id: Int, name: String)] = []
    var mayEdit = false
    var csrf = ""
    var form = MeasurementForm()
    var problems: [RefusedAction.Reason] = []
    var notice: String?

    var changes: [DemadOutcome.DomainChange] { DemadOutcome.changes(of: demadCase, lastingMonths: DemadScale.standard.lastingMonths) }
    var weight: DemadWorkload.Weight { DemadWorkload.weight(of: demadCase, weighting: DemadScale.standard.caseWeight) }

    static func load(_ req: Request, principal: Principal, id: Int, csrf: String) async throws -> DemadCasePage {
        guard let stored = try await DemadStore(database: req.db).find(id: id, organisationID: principal.organisationID) else {
            throw Abort(.notFound, reason: "dat dossier bestaat niet of hoort bij een andere organisatie")
        }
        let w = DemadWords(req.language)
        var page = DemadCasePage(language: req.language, demadCase: stored.value, mayEdit: DemadAccess.editor(principal), csrf: csrf)
        let members = try await DemadAccess.members(req, organisationID: principal.organisationID, disabledToo: true)
        page.members = DemadAccess.editor(principal) ? try await DemadAccess.members(req, organisationID: principal.organisationID).map { ($0.id, $0.name) } : []
        switch stored.value.workerID {
        case nil: page.workerLabel = w.t["demad.worker.none"]
        case principal.userID: page.workerLabel = w.t["demad.worker.you"]
        case let other?: page.workerLabel = DemadAccess.admin(principal) ? (members.first { $0.id == other }?.name ?? w.t["demad.worker.colleague"])
            : w.t["demad.worker.colleague"]
        }
        page.form.day = DemadDay(Date()).description
        return page
    }
}
