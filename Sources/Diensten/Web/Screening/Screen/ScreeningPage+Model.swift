import DienstenDomain
import Foundation
import Platform
import Vapor

/// The profile form (GET) and the results of a screening (POST). The POST stores nothing: the profile lives only in
/// the answer (and in the hidden field of "save as case" for a signed-in worker).
struct ScreeningPageModel {
    let language: SiteLanguage
    var form: ScreeningForm
    var problems: [String: String] = [:]
    var csrf: String
    var focus: String?
    /// Set when a screening ran.
    var run: ScreeningRun?
    var profile: ClientProfile?
    /// Whether the visitor may save a case (a signed-in member in a browser session).
    var maySave = false

    /// The form, prefilled from `?gemeente=` and focused on `?recht=`.
    static func show(_ req: Request) async throws -> Response {
        var form = ScreeningForm()
        if let nis = try? req.query.get(String.self, at: "gemeente"), Municipalities.isNISCode(nis) { form.values[ScreeningForm.municipalityField] = nis }
        let focus = (try? req.query.get(String.self, at: "recht")).map { String($0.prefix(200)) }.flatMap { $0.isEmpty ? nil : $0 }
        let csrf = CSRF.token(for: req)
        let model = ScreeningPageModel(language: req.language, form: form, csrf: csrf.token, focus: focus)
        return model.page().response(for: req, csrfCookie: csrf.cookie)
    }

    /// Screens the profile of the form; the form again with its problems when it has any (400).
    static func screen(_ req: Request, context: WriteContext) async throws -> Response {
        let t = DienstenText.strings(req.language)
        let today = CalendarDay(Date())
        let values = Self.values(req)
        let form = ScreeningForm(values: values ?? [:])
        let focus = form[ScreeningForm.rightField].isEmpty ? nil : String(form[ScreeningForm.rightField].prefix(200))
        let csrf = CSRF.token(for: req)
        var model = ScreeningPageModel(language: req.language, form: form, csrf: csrf.token, focus: focus)
        guard values != nil else {
            model.problems = ["": t["screening.problem.form"]]
            return model.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let (profile, problems) = form.read(t, today: today)
        guard problems.isEmpty else {
            model.problems = problems
            return model.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        model.profile = profile
        model.run = try await ScreeningRun.run(profile, on: req.db, language: req.language, today: today)
        model.maySave = req.pagePrincipal != nil
        let response = model.page().response(for: req, csrfCookie: csrf.cookie)
        // A client's situation: not for shared caches.
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    /// The form's fields as text; nil when the body is not a form of plain fields.
    static func values(_ req: Request, limit: Int = 2_000) -> [String: String]? {
        guard let values = try? req.content.decode([String: String].self) else { return nil }
        return values.filter { $0.key != CSRF.field }.mapValues { String($0.prefix(limit)) }
    }
}
