import AccessDomain
import Platform
import Vapor

/// The members of one organisation, managed by its organisation admins and by platform admins.
struct MembersController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccessPath.Route.members.pattern, use: members)
        routes.write(.addMember, use: addMember)
        routes.write(.updateMember, use: updateMember)
        routes.write(.resetMemberPassword, use: resetPassword)
    }

    @Sendable func members(req: Request) async throws -> Response {
        let organisation = try await organisationInPath(req)
        let principal = try WriteGuard.requirePage(.member(.organisationAdmin), req, organisation: organisation)
        var model = try await MembersPageModel.load(request: req, organisation: organisation, actor: principal)
        model.notice = req.query[String.self, at: "gelukt"].flatMap { MembersPageModel.noticeCodes.contains($0) ? $0 : nil }
        return model.page().response(for: req)
    }

    @Sendable func addMember(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal, let organisation = context.organisation else { throw Abort(.unauthorized) }
        let form = try req.content.decode(MembersPageModel.NewMemberForm.self)
        var model = try await MembersPageModel.load(request: req, organisation: organisation, actor: principal)
        return try await req.refusable {
            guard let role = form.rol.flatMap(Role.init(rawValue:)), model.assignableRoles.contains(role) else {
                throw RefusedAction("kies een rol die je mag toekennen")
            }
            let password = TemporaryPassword.make()
            let user = try await AccountService(database: req.db, passwords: req.passwordHashing).createUser(
                .init(email: form.email ?? "", name: form.naam ?? "", organisationID: organisation.id!, role: role, password: password,
                      temporary: true),
                by: AuditActor(principal))
            model = try await MembersPageModel.load(request: req, organisation: organisation, actor: principal)
            model.oneTimePassword = (user.email, password)
            return model.page().response(for: req, status: .created)
        } refused: { refusal in
            model.problems = refusal.problems
            model.form = form
            return model.page()
        }
    }

    struct UpdateForm: Content {
        var rol: String?
        var status: String?
    }

    @Sendable func updateMember(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal, let organisation = context.organisation else { throw Abort(.unauthorized) }
        let member = try await memberInPath(req, of: organisation)
        let form = try req.content.decode(UpdateForm.self)
        let assignable = Role.assignable(by: principal.role, in: organisation.type)
        var role: Role?
        if let wanted = form.rol.flatMap(Role.init(rawValue:)), wanted != member.role {
            // Neither the new role nor the member's present one may lie above what the actor could hand out.
            guard assignable.contains(wanted), assignable.contains(member.role) else {
                throw Abort(.forbidden, reason: "die rol mag je niet toekennen")
            }
            role = wanted
        }
        let disable = form.status.map { $0 == "uitgeschakeld" }
        if member.id == principal.userID, disable == true || role != nil {
            throw Abort(.badRequest, reason: "je eigen rol of status wijzigt een andere beheerder")
        }
        if disable != nil, !assignable.contains(member.role) { throw Abort(.forbidden, reason: "dit account beheert een platformbeheerder") }
        _ = try await AccountService(database: req.db).update(userID: member.id!, role: role, disabled: disable, by: AuditActor(principal))
        return req.redirect(to: AccessPath.members(organisation: organisation.code).url([("gelukt", "gewijzigd")]), redirectType: .normal)
    }

    @Sendable func resetPassword(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal, let organisation = context.organisation else { throw Abort(.unauthorized) }
        let member = try await memberInPath(req, of: organisation)
        guard Role.assignable(by: principal.role, in: organisation.type).contains(member.role) else {
            throw Abort(.forbidden, reason: "dit account beheert een platformbeheerder")
        }
        let password = TemporaryPassword.make()
        try await AccountService(database: req.db, passwords: req.passwordHashing).resetPassword(userID: member.id!, to: password, by: AuditActor(principal))
        var model = try await MembersPageModel.load(request: req, organisation: organisation, actor: principal)
        model.oneTimePassword = (member.email, password)
        return model.page().response(for: req)
    }

    private func organisationInPath(_ req: Request) async throws -> OrganisationModel {
        let code = try req.parameters.require("organisation")
        guard let organisation = try await OrganisationService(database: req.db).find(code: code) else {
            throw Abort(.notFound, reason: "die organisatie bestaat niet")
        }
        return organisation
    }

    /// A member of this organisation; a user of another one is "not found" here.
    private func memberInPath(_ req: Request, of organisation: OrganisationModel) async throws -> UserModel {
        guard let id = req.parameters.get("user", as: Int.self), let user = try await UserModel.find(id, on: req.db),
              user.organisationID == organisation.id
        else { throw Abort(.notFound, reason: "dit lid bestaat niet") }
        return user
    }
}
