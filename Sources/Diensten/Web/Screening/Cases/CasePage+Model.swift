import DienstenDomain
import Foundation
import Platform
import Vapor

/// One case, screened again with the current rules; when the rules changed since it was saved, the rights whose
/// outcome differs are shown with both versions.
struct CasePageModel {
    let language: SiteLanguage
    let stored: StoredCase
    let run: ScreeningRun
    let csrf: String
    var notice: String?
    let now: Date

    /// Rights whose outcome now differs from the saved one: name, then, now.
    var changes: [(name: String, then: ScreeningOutcome?, now: ScreeningOutcome)] {
        run.result.rights.compactMap { screened in
            let then = stored.outcomes[screened.right.key]
            return then == screened.outcome ? nil : (screened.right.name, then, screened.outcome)
        }
    }

    var rulesChanged: Bool { (run.rules?.version ?? 0) != stored.ruleVersion }

    static func show(_ req: Request) async throws -> Response {
        let principal = try CasesPageModel.principal(req)
        let cases = ScreeningCases(database: req.db)
        guard let id = req.parameters.get("case", as: Int.self),
            let stored = try await cases.find(id: id, organisationID: principal.organisationID)
        else { throw Abort(.notFound, reason: DienstenText.strings(req.language)["screening.case.notFound"]) }
        try await cases.recordOpened(stored, actor: AuditActor(principal))
        let run = try await ScreeningRun.run(stored.profile, on: req.db, language: req.language)
        let t = DienstenText.strings(req.language)
        let notice: String? = (try? req.query.get(String.self, at: "gedaan")) == "bewaard" ? t["screening.case.saved"] : nil
        let csrf = CSRF.token(for: req)
        let model = CasePageModel(language: req.language, stored: stored, run: run, csrf: csrf.token, notice: notice, now: Date())
        let response = model.page().response(for: req, csrfCookie: csrf.cookie)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
