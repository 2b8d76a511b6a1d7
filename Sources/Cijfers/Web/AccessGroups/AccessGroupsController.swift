import AccessDomain
import Platform
import Vapor

/// Access groups and the data they reserve (platform admins): which indicators, at which levels, only the
/// organisations of a group may see. After every change the catalog is reloaded, so the next request sees it.
struct AccessGroupsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccessPath.Route.accessGroups.pattern, use: accessGroups)
        routes.write(.createAccessGroup, use: createAccessGroup)
        routes.get(AccessPath.Route.accessGroup.pattern, use: accessGroup)
        routes.write(.updateAccessGroup, use: updateAccessGroup)
        routes.write(.deleteAccessGroup, use: deleteAccessGroup)
    }

    private func notice(_ req: Request) -> String? { AdminNotices.text(req.query[String.self, at: "gelukt"], SiteStrings.from(req)) }

    // MARK: Access groups

    struct GroupForm: Content {
        var code: String?
        var naam: String?
        var omschrijving: String?
        var leden: [String]?
        var afgeschermd: String?
    }

    @Sendable func accessGroups(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        return AccessGroupsPageModel(groups: try await AccessGroupService(database: req.db).groups(), notice: notice(req),
                                     csrf: CSRF.token(for: req).token, language: req.language).page().response(for: req)
    }

    @Sendable func createAccessGroup(req: Request, context: WriteContext) async throws -> Response {
        let form = try req.content.decode(GroupForm.self)
        let service = AccessGroupService(database: req.db)
        return try await req.refusable {
            let group = try await service.create(code: form.code ?? "", name: form.naam ?? "", description: form.omschrijving ?? "",
                                                 by: req.auditActor)
            return req.redirect(to: AccessPath.accessGroup(id: group.id).path, redirectType: .normal)
        } refused: { refusal in
            return AccessGroupsPageModel(groups: try await service.groups(), problems: refusal.problems, csrf: CSRF.token(for: req).token,
                                         language: req.language)
                .page()
        }
    }

    @Sendable func accessGroup(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        return try await groupModel(req, group: try await groupInPath(req)).page().response(for: req)
    }

    @Sendable func updateAccessGroup(req: Request, context: WriteContext) async throws -> Response {
        let group = try await groupInPath(req)
        let form = try req.content.decode(GroupForm.self)
        let catalog = await req.application.catalogStore.current
        let t = CijfersText.strings(req.language)
        var problems: [String] = []
        var restrictions: [(indicator: String, level: String?)] = []
        for (number, line) in (form.afgeschermd ?? "").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            guard let item = DataRestriction.parse(line.trimmingCharacters(in: .whitespacesAndNewlines)) else { continue }
            // Unknown codes are refused: a typo would otherwise leave the intended data public without anyone noticing.
            if catalog.indicators[item.indicator] == nil { problems.append(t("accessGroup.unknownIndicator", String(number + 1), item.indicator)) }
            if let level = item.level, catalog.level(level) == nil { problems.append(t("accessGroup.unknownLevel", String(number + 1), level)) }
            restrictions.append(item)
        }
        let members = (form.leden ?? []).compactMap(Int.init)
        return try await req.refusable {
            guard problems.isEmpty else { throw RefusedAction(problems) }
            try await AccessGroupService(database: req.db).update(id: group.id, members: members, restrictions: restrictions, by: req.auditActor)
            try await req.application.catalogStore.reload(from: req.db)
            return req.redirect(to: AccessPath.accessGroups.url([("gelukt", "gewijzigd")]), redirectType: .normal)
        } refused: { refusal in
            var model = try await groupModel(req, group: group)
            model.problems = refusal.problems
            return model.page()
        }
    }

    @Sendable func deleteAccessGroup(req: Request, context: WriteContext) async throws -> Response {
        let group = try await groupInPath(req)
        try await AccessGroupService(database: req.db).delete(id: group.id, by: req.auditActor)
        try await req.application.catalogStore.reload(from: req.db)
        return req.redirect(to: AccessPath.accessGroups.url([("gelukt", "verwijderd")]), redirectType: .normal)
    }

    private func groupInPath(_ req: Request) async throws -> AccessGroupService.Group {
        guard let id = req.parameters.get("id", as: Int.self), let group = try await AccessGroupService(database: req.db).group(id: id)
        else { throw Abort(.notFound, reason: "deze toegangsgroep bestaat niet") }
        return group
    }

    private func groupModel(_ req: Request, group: AccessGroupService.Group) async throws -> AccessGroupEditModel {
        let catalog = await req.application.catalogStore.current
        return AccessGroupEditModel(
            group: group, organisations: try await OrganisationService(database: req.db).all(),
            levels: catalog.levels.map { ($0.code, $0.name) }, csrf: CSRF.token(for: req).token, language: req.language)
    }

}
