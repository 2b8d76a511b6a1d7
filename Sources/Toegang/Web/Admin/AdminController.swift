import AccessDomain
import Platform
import Vapor

/// Platform administration: organisations, users, access groups and the audit trail. Every page and every write
/// here requires a platform admin; writes are declared in `WriteRoute`.
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccessPath.Route.admin.pattern, use: home)
        routes.get(AccessPath.Route.organisations.pattern, use: organisations)
        routes.write(.createOrganisation, use: createOrganisation)
        routes.get(AccessPath.Route.organisation.pattern, use: organisation)
        routes.write(.updateOrganisation, use: updateOrganisation)
        routes.get(AccessPath.Route.users.pattern, use: users)
        routes.write(.createUser, use: createUser)
        routes.get(AccessPath.Route.user.pattern, use: user)
        routes.write(.updateUser, use: updateUser)
        routes.get(AccessPath.Route.audit.pattern, use: audit)
        routes.get(AccessPath.Route.auditCSV.pattern, use: auditCSV)
    }

    /// The code of a confirmation after a redirect, when it is one `AdminNotices` knows; the page says it in its language.
    private func notice(_ req: Request) -> String? {
        req.query[String.self, at: "gelukt"].flatMap { AdminNotices.codes.contains($0) ? $0 : nil }
    }

    @Sendable func home(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        let model = AdminHomeModel(
            organisations: try await OrganisationModel.query(on: req.db).count(),
            users: try await UserModel.query(on: req.db).count(),
            groups: try await AccessGroupModel.query(on: req.db).count(),
            events: try await AuditLog.events(.init(), limit: 10, on: req.db),
            language: req.language)
        return model.page().response(for: req)
    }

    // MARK: Organisations

    struct OrganisationForm: Content {
        var code: String?
        var naam: String?
        var type: String?
        var gebied: String?
        var status: String?
    }

    @Sendable func organisations(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        var model = try await OrganisationsPageModel.load(req)
        model.notice = notice(req)
        return model.page().response(for: req)
    }

    @Sendable func createOrganisation(req: Request, context: WriteContext) async throws -> Response {
        let form = try req.content.decode(OrganisationForm.self)
        return try await req.refusable {
            guard let type = form.type.flatMap(OrganisationType.init(rawValue:)) else { throw RefusedAction("kies een type") }
            _ = try await OrganisationService(database: req.db).create(
                code: form.code ?? "", name: form.naam ?? "", type: type, areaCode: form.gebied, by: req.auditActor)
            return req.redirect(to: AccessPath.organisations.url([("gelukt", "aangemaakt")]), redirectType: .normal)
        } refused: { refusal in
            var model = try await OrganisationsPageModel.load(req)
            model.problems = refusal.problems
            return model.page()
        }
    }

    @Sendable func organisation(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        return OrganisationEditModel(organisation: try await organisationInPath(req), csrf: CSRF.token(for: req).token, language: req.language)
            .page().response(for: req)
    }

    @Sendable func updateOrganisation(req: Request, context: WriteContext) async throws -> Response {
        let organisation = try await organisationInPath(req)
        let form = try req.content.decode(OrganisationForm.self)
        return try await req.refusable {
            _ = try await OrganisationService(database: req.db).update(
                id: organisation.id!, name: form.naam, type: form.type.flatMap(OrganisationType.init(rawValue:)),
                areaCode: form.gebied, active: form.status.map { $0 == "actief" }, by: req.auditActor)
            return req.redirect(to: AccessPath.organisations.url([("gelukt", "gewijzigd")]), redirectType: .normal)
        } refused: { refusal in
            return OrganisationEditModel(organisation: organisation, problems: refusal.problems, csrf: CSRF.token(for: req).token,
                                         language: req.language)
                .page()
        }
    }

    private func organisationInPath(_ req: Request) async throws -> OrganisationModel {
        guard let id = req.parameters.get("id", as: Int.self), let organisation = try await OrganisationService(database: req.db).find(id: id)
        else { throw Abort(.notFound, reason: "deze organisatie bestaat niet") }
        return organisation
    }

    // MARK: Users

    struct UserForm: Content {
        var email: String?
        var naam: String?
        var organisatie: String?
        var rol: String?
        var status: String?
    }

    @Sendable func users(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        var model = try await UsersPageModel.load(req)
        model.notice = notice(req)
        return model.page().response(for: req)
    }

    @Sendable func createUser(req: Request, context: WriteContext) async throws -> Response {
        let form = try req.content.decode(UserForm.self)
        var model = try await UsersPageModel.load(req)
        return try await req.refusable {
            guard let organisation = form.organisatie.flatMap(Int.init) else { throw RefusedAction("kies een organisatie") }
            guard let role = form.rol.flatMap(Role.init(rawValue:)) else { throw RefusedAction("kies een rol") }
            let password = TemporaryPassword.make()
            let user = try await AccountService(database: req.db, passwords: req.passwordHashing).createUser(
                .init(email: form.email ?? "", name: form.naam ?? "", organisationID: organisation, role: role, password: password,
                      temporary: true),
                by: req.auditActor)
            model = try await UsersPageModel.load(req)
            model.oneTimePassword = (user.email, password)
            return model.page().response(for: req, status: .created)
        } refused: { refusal in
            model.problems = refusal.problems
            return model.page()
        }
    }

    @Sendable func user(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        let (user, organisation) = try await userInPath(req)
        return UserEditModel(user: user, organisation: organisation, csrf: CSRF.token(for: req).token, language: req.language)
            .page().response(for: req)
    }

    @Sendable func updateUser(req: Request, context: WriteContext) async throws -> Response {
        let (user, organisation) = try await userInPath(req)
        let form = try req.content.decode(UserForm.self)
        return try await req.refusable {
            let disable = form.status.map { $0 == "uitgeschakeld" }
            let role = form.rol.flatMap(Role.init(rawValue:))
            if user.id == context.principal?.userID, disable == true || (role != nil && role != user.role) {
                throw RefusedAction("je eigen rol of status wijzigt een andere platformbeheerder")
            }
            _ = try await AccountService(database: req.db).update(
                userID: user.id!, name: form.naam, role: role, disabled: disable, by: req.auditActor)
            return req.redirect(to: AccessPath.users.url([("gelukt", "gewijzigd")]), redirectType: .normal)
        } refused: { refusal in
            return UserEditModel(user: user, organisation: organisation, problems: refusal.problems, csrf: CSRF.token(for: req).token,
                                 language: req.language)
                .page()
        }
    }

    private func userInPath(_ req: Request) async throws -> (UserModel, OrganisationModel) {
        guard let id = req.parameters.get("id", as: Int.self), let user = try await UserModel.find(id, on: req.db),
              let organisation = try await OrganisationService(database: req.db).find(id: user.organisationID)
        else { throw Abort(.notFound, reason: "deze gebruiker bestaat niet") }
        return (user, organisation)
    }

    // MARK: Audit trail

    @Sendable func audit(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        return try await AuditPageModel.load(req).page().response(for: req)
    }

    @Sendable func auditCSV(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        let query = AuditPageModel.Query(req)
        let organisations = try await OrganisationService(database: req.db).all()
        let events = try await AuditLog.events(try query.filter(organisations: organisations), limit: 1_000_000, on: req.db)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"stadsbeeld-audittrail.csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: "\u{FEFF}" + AuditCSV.make(events, organisations: organisations)))
    }
}
