import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The data subject requests: the list by deadline, a new one, one with its events, extending and closing it.
struct RegisterRequestController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(RegisterPath.Route.requests.pattern) { req in try await Self.list(req) }
        routes.get(RegisterPath.Route.newRequest.pattern) { req in try await Self.newForm(req) }
        routes.write(.registerRequestNew) { req, context in try await Self.create(req, context) }
        routes.get(RegisterPath.Route.request.pattern) { req in try await Self.show(req) }
        routes.write(.registerRequestExtend) { req, context in try await Self.extend(req, context) }
        routes.write(.registerRequestStatus) { req, context in try await Self.status(req, context) }
    }

    static func list(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let requests = try await RegisterRequestStore(database: req.db).list(organisationID: principal.organisationID)
        return RegisterRequestsPage(requests: requests, today: RegisterWords.today(), mayEdit: RegisterAccess.mayEdit(principal), language: req.language)
            .page().response(for: req)
    }

    static func newForm(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        guard RegisterAccess.mayEdit(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
        let activities = try await RegisterActivityStore(database: req.db).list(organisationID: principal.organisationID)
        let csrf = CSRF.token(for: req)
        return RegisterRequestFormPage(values: [:], problems: [], activities: activities, csrf: csrf.token, language: req.language)
            .page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func create(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let values = RegisterActivityController.fields(req)
        let t = RegisterWords(req.language).t
        let activities = try await RegisterActivityStore(database: req.db).list(organisationID: principal.organisationID)
        let reference = (values["reference"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let summary = (values["summary"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [(field: String, text: String)] = []
        if reference.isEmpty { problems.append(("reference", t["register.requests.error.reference"])) }
        if reference.count > 60 { problems.append(("reference", t["register.requests.error.referenceLong"])) }
        let kind = SubjectRequestKind(rawValue: values["kind"] ?? "")
        if kind == nil { problems.append(("kind", t["register.requests.error.kind"])) }
        let received = RegisterDay(values["received"] ?? "")
        if received == nil { problems.append(("received", t["register.requests.error.received"])) }
        if let received, received > RegisterWords.today() { problems.append(("received", t["register.requests.error.future"])) }
        var activityID: Int?
        if let text = values["activity"], !text.isEmpty {
            activityID = Int(text).flatMap { id in activities.contains { $0.id == id } ? id : nil }
            if activityID == nil { problems.append(("activity", t["register.requests.error.activity"])) }
        }
        if summary.count > 2_000 { problems.append(("summary", t["register.requests.error.summaryLong"])) }
        guard problems.isEmpty, let kind, let received else {
            let csrf = CSRF.token(for: req)
            return RegisterRequestFormPage(values: values, problems: problems, activities: activities, csrf: csrf.token, language: req.language)
                .page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let id = try await RegisterRequestStore(database: req.db).create(
            reference: reference, kind: kind, received: received, activityID: activityID, summary: summary, organisationID: principal.organisationID,
            userID: principal.userID, actor: req.auditActor)
        return req.redirect(to: RegisterPath.request(id).path, redirectType: .normal)
    }

    static func page(_ req: Request, _ principal: Principal, id: Int, problems: [(field: String, text: String)] = [],
                     values: [String: String] = [:]) async throws -> RegisterRequestPage {
        let store = RegisterRequestStore(database: req.db)
        guard let request = try await store.find(id: id, organisationID: principal.organisationID) else { throw RegisterAccess.notFound() }
        let csrf = CSRF.token(for: req)
        return RegisterRequestPage(request: request, events: try await store.events(id: id), today: RegisterWords.today(),
                                   mayEdit: RegisterAccess.mayEdit(principal), problems: problems, values: values, csrf: csrf.token, language: req.language)
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let csrf = CSRF.token(for: req)
        return try await page(req, principal, id: try RegisterAccess.id(req, "request")).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func extend(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "request")
        let values = RegisterActivityController.fields(req)
        let t = RegisterWords(req.language).t
        let reason = values["reason"] ?? ""
        func refuse(_ field: String, _ key: String) async throws -> Response {
            let csrf = CSRF.token(for: req)
            return try await page(req, principal, id: id, problems: [(field, t[key])], values: values).page()
                .response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        guard let told = RegisterDay(values["toldOn"] ?? "") else { return try await refuse("toldOn", "register.requests.error.toldOn") }
        if reason.count > 2_000 { return try await refuse("reason", "register.requests.error.summaryLong") }
        guard let result = try await RegisterRequestStore(database: req.db).extend(id: id, organisationID: principal.organisationID, on: told,
                                                                                   reason: reason, userID: principal.userID, actor: req.auditActor)
        else { throw RegisterAccess.notFound() }
        switch result {
        case .success: return req.redirect(to: RegisterPath.request(id).path, redirectType: .normal)
        case .failure(let problem):
            return try await refuse(problem == .reasonMissing ? "reason" : "toldOn", "register.requests.error.\(problem.rawValue)")
        }
    }

    static func status(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "request")
        let values = RegisterActivityController.fields(req)
        let t = RegisterWords(req.language).t
        let note = (values["note"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = SubjectRequestStatus(rawValue: values["status"] ?? ""), status != .received, note.count <= 2_000 else {
            let csrf = CSRF.token(for: req)
            let field = note.count > 2_000 ? "note" : "status"
            return try await page(req, principal, id: id, problems: [(field, t["register.requests.error.\(field)"])], values: values).page()
                .response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        guard try await RegisterRequestStore(database: req.db).setStatus(status, id: id, organisationID: principal.organisationID,
                                                                         on: RegisterWords.today(), note: note, userID: principal.userID,
                                                                         actor: req.auditActor)
        else { throw RegisterAccess.notFound() }
        return req.redirect(to: RegisterPath.request(id).path, redirectType: .normal)
    }
}
