import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The rule editor: the rule set as JSON in a textarea and a note. A new version is kept only when it reads without
/// a problem and every case passes on it; otherwise the form comes back with the problems at their paths or the
/// failing cases.
struct RulesEditPageModel {
    let language: SiteLanguage
    var json: String
    var note: String
    var csrf: String
    var nextVersion: Int
    var problems: [String] = []
    var failures: [ScreeningCaseFailure] = []

    static func editor(_ req: Request) throws -> Principal {
        let t = DienstenText.strings(req.language)
        guard let principal = req.pagePrincipal else { throw Abort(.unauthorized, reason: t["screening.rules.signIn"]) }
        guard ScreeningAccess.isEditor(principal) else { throw Abort(.forbidden, reason: t["screening.rules.forbidden"]) }
        return principal
    }

    static func show(_ req: Request) async throws -> Response {
        _ = try editor(req)
        let store = ScreeningRuleStore(database: req.db)
        let active = try await store.active()
        let shipped = try ScreeningResources.ruleFile()
        let json = String(decoding: active.map { RuleFile.encode($0.rules) } ?? shipped, as: UTF8.self)
        let csrf = CSRF.token(for: req)
        let model = RulesEditPageModel(
            language: req.language, json: json, note: "", csrf: csrf.token, nextVersion: (try await store.history().first?.version ?? 0) + 1)
        return model.page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func save(_ req: Request, context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? editor(req)
        let t = DienstenText.strings(req.language)
        let values = ScreeningPageModel.values(req, limit: 400_000) ?? [:]
        let store = ScreeningRuleStore(database: req.db)
        var model = RulesEditPageModel(
            language: req.language, json: values["regels"] ?? "", note: values["notitie"] ?? "", csrf: CSRF.token(for: req).token,
            nextVersion: (try await store.history().first?.version ?? 0) + 1)
        do {
            let kept = try await store.save(
                json: model.json, note: String(model.note.prefix(500)), cases: try ScreeningResources.caseFiles(), authorUserID: principal.userID,
                actor: AuditActor(principal))
            return req.redirect(to: ScreeningPath.rules.url([("versie", String(kept.version)), ("gedaan", "bewaard")]), redirectType: .normal)
        } catch let refused as RuleVersionRefused {
            switch refused {
            case .invalid(let errors):
                model.problems = errors.map { "\($0.path.isEmpty ? t["screening.edit.file"] : $0.path): \($0.message(DienstenText.code(req.language)))" }
            case .noteMissing: model.problems = [t["screening.edit.noteMissing"]]
            case .breaksCases(let failures):
                model.problems = [t("screening.edit.casesFail", String(failures.count))]
                model.failures = failures
            }
            return model.page().response(for: req, status: .badRequest)
        }
    }
}
