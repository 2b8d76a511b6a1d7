import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// Who may change the eligibility rules: Kenniscentrum editors (or more) and platform admins — the same people
/// the write route `screening.editRules` lets through.
enum ScreeningAccess {
    static func isEditor(_ principal: Principal?) -> Bool {
        guard let principal else { return false }
        return principal.isPlatformAdmin || (principal.organisationType == .kenniscentrum && principal.role >= .editor)
    }
}

/// The rules in plain language, per right, for everyone; the history of versions.
struct RulesPageModel {
    let language: SiteLanguage
    /// The version shown (the active one unless `?versie=` asks another), nil before any was loaded.
    let shown: StoredRuleVersion?
    let history: [StoredRuleVersion]
    let isEditor: Bool
    var notice: String?

    static func show(_ req: Request) async throws -> Response {
        let store = ScreeningRuleStore(database: req.db)
        let asked = (try? req.query.get(String.self, at: "versie")).flatMap { Int($0) }
        let shown: StoredRuleVersion?
        if let asked { shown = try await store.version(asked) } else { shown = try await store.active() }
        if asked != nil && shown == nil {
            throw Abort(.notFound, reason: DienstenText.strings(req.language)["screening.rules.noSuchVersion"])
        }
        let notice: String? = (try? req.query.get(String.self, at: "gedaan")) == "bewaard"
            ? DienstenText.strings(req.language)("screening.rules.saved", String(shown?.version ?? 0)) : nil
        let model = RulesPageModel(
            language: req.language, shown: shown, history: try await store.history(), isEditor: ScreeningAccess.isEditor(req.pagePrincipal),
            notice: notice)
        return model.page().response(for: req)
    }
}
