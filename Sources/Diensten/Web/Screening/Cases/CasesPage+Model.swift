import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The cases of the worker's own organisation, with the days each has left.
struct CasesPageModel {
    let language: SiteLanguage
    let cases: [StoredCase]
    let organisation: String
    var notice: String?
    let now: Date

    /// The signed-in member of a case page; 401 (the platform offers sign-in) otherwise.
    static func principal(_ req: Request) throws -> Principal {
        guard let principal = req.pagePrincipal else {
            throw Abort(.unauthorized, reason: DienstenText.strings(req.language)["screening.cases.signIn"])
        }
        return principal
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try principal(req)
        let cases = try await ScreeningCases(database: req.db).list(organisationID: principal.organisationID)
        let t = DienstenText.strings(req.language)
        let notice: String? = switch try? req.query.get(String.self, at: "gedaan") {
        case "verwijderd": t["screening.cases.deleted"]
        default: nil
        }
        let model = CasesPageModel(language: req.language, cases: cases, organisation: principal.organisationCode, notice: notice, now: Date())
        let response = model.page().response(for: req)
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    /// Saves the profile of the results page as a case of the worker's organisation, then shows it.
    static func save(_ req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal, case .session = principal.credential else {
            throw Abort(.unauthorized, reason: DienstenText.strings(req.language)["screening.cases.signIn"])
        }
        let t = DienstenText.strings(req.language)
        let values = ScreeningPageModel.values(req) ?? [:]
        let today = CalendarDay(Date())
        var problems: [String] = []
        let profile = values[ScreeningForm.profileField].flatMap { try? JSONDecoder().decode(ClientProfile.self, from: Data($0.utf8)) }
        if profile == nil || !(profile?.problems(on: today).isEmpty ?? false) { problems.append(t["screening.save.badProfile"]) }
        let reference = (values[ScreeningForm.referenceField] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if reference.isEmpty { problems.append(t["screening.save.referenceMissing"]) }
        if reference.count > 80 { problems.append(t["screening.save.referenceTooLong"]) }
        let retention = Int(values[ScreeningForm.retentionField] ?? "") ?? 0
        if !ScreeningCases.retentionChoices.contains(retention) { problems.append(t["screening.save.retentionInvalid"]) }
        guard let profile, problems.isEmpty else {
            let page = Page(
                title: t["screening.save.refusedTitle"],
                breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["screening.form.crumb"], ScreeningPath.screen.path)],
                content: .group(
                    .formErrors(problems, strings: SiteStrings(req.language)),
                    .p(.a(.attr("href", ScreeningPath.screen.path), .text(t["screening.save.back"])))),
                strings: SiteStrings(req.language))
            return page.response(for: req, status: .badRequest)
        }
        let run = try await ScreeningRun.run(profile, on: req.db, language: req.language, today: today)
        let id = try await ScreeningCases(database: req.db).save(
            profile: profile, reference: reference, retentionDays: retention, result: run.result,
            organisationID: principal.organisationID, userID: principal.userID, actor: AuditActor(principal))
        return req.redirect(to: ScreeningPath.caseItem(id).url([("gedaan", "bewaard")]), redirectType: .normal)
    }

    /// Deletes a case of the worker's own organisation (404 for any other).
    static func delete(_ req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else {
            throw Abort(.unauthorized, reason: DienstenText.strings(req.language)["screening.cases.signIn"])
        }
        guard let id = req.parameters.get("case", as: Int.self),
            try await ScreeningCases(database: req.db).delete(id: id, organisationID: principal.organisationID, actor: AuditActor(principal))
        else { throw Abort(.notFound, reason: DienstenText.strings(req.language)["screening.case.notFound"]) }
        return req.redirect(to: ScreeningPath.cases.url([("gedaan", "verwijderd")]), redirectType: .normal)
    }
}
