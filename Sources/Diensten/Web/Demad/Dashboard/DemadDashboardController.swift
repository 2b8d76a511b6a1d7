import AccessDomain
import Platform
import Vapor

/// The dashboard (GET /demad) and the organisation's participation in the benchmark (POST /demad/deelname).
struct DemadDashboardController: RouteCollection {
    struct ParticipationForm: Content {
        var deelname: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(DemadPath.Route.home.pattern) { req in try await Self.show(req) }
        routes.write(.demadParticipation) { req, context in try await Self.participate(req, context) }
    }

    static func show(_ req: Request) async throws -> Response {
        guard req.principal != nil else { return DemadIntroPage(language: req.language).page().response(for: req) }
        let principal = try DemadAccess.member(req)
        let csrf = CSRF.token(for: req)
        var page = try await DemadDashboardPage.load(req, principal: principal, csrf: csrf.token)
        if (try? req.query.get(String.self, at: "gelukt")) == "deelname" { page.notice = DemadWords(req.language).t["demad.participation.saved"] }
        return page.page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func participate(_ req: Request, _ context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        let form = (try? req.content.decode(ParticipationForm.self)) ?? ParticipationForm()
        guard let choice = form.deelname, ["ja", "nee"].contains(choice) else { throw Abort(.badRequest, reason: "kies ja of nee") }
        try await DemadStore(database: req.db).setBenchmark(choice == "ja", organisationID: principal.organisationID, actor: AuditActor(principal))
        return req.redirect(to: DemadPath.home.url([("gelukt", "deelname")]), redirectType: .normal)
    }
}
