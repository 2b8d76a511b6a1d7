import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The entry page, the public registers (page, print, CSV), the templates and copying one, and the DPO setting.
struct RegisterPublicController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(RegisterPath.Route.home.pattern) { req in try await Self.home(req) }
        routes.get(RegisterPath.Route.publicRegister.pattern) { req in try await Self.publicRegister(req, printable: false) }
        routes.get(RegisterPath.Route.publicPrint.pattern) { req in try await Self.publicRegister(req, printable: true) }
        routes.get(RegisterPath.Route.publicCSV.pattern) { req in try await Self.publicCSV(req) }
        routes.get(RegisterPath.Route.templates.pattern) { req in try await Self.templates(req) }
        routes.get(RegisterPath.Route.templateShow.pattern) { req in try await Self.template(req) }
        routes.write(.registerCopyTemplate) { req, context in try await Self.copy(req, context) }
        routes.get(RegisterPath.Route.settings.pattern) { req in try await Self.settings(req) }
        routes.write(.registerSettings) { req, context in try await Self.saveSettings(req, context) }
    }

    static func home(_ req: Request) async throws -> Response {
        let organisations = try await RegisterActivityStore(database: req.db).publishingOrganisations()
        return RegisterHomePage(organisations: organisations, signedIn: req.principal != nil, language: req.language).page().response(for: req)
    }

    /// The organisation named in the path, or 404.
    static func organisation(_ req: Request) async throws -> OrganisationModel {
        let code = try req.parameters.require("organisation")
        guard code.count <= 60, let organisation = try await OrganisationService(database: req.db).find(code: code), organisation.id != nil else {
            throw Abort(.notFound, reason: "die organisatie bestaat niet")
        }
        return organisation
    }

    static func publicRegister(_ req: Request, printable: Bool) async throws -> Response {
        let organisation = try await organisation(req)
        let records = try await RegisterActivityStore(database: req.db).records(organisationID: organisation.id!, publishedOnly: true)
        return RegisterPublicPage(organisationCode: organisation.code, organisationName: organisation.name, records: records, printable: printable,
                                  language: req.language).page().response(for: req)
    }

    static func publicCSV(_ req: Request) async throws -> Response {
        let organisation = try await organisation(req)
        let records = try await RegisterActivityStore(database: req.db).records(organisationID: organisation.id!, publishedOnly: true)
        return Download.file(RegisterCSV.build(records, isInternal: false, language: req.language), name: "verwerkingsregister-\(organisation.code).csv")
    }

    static func mayCopy(_ req: Request) -> Bool {
        guard let principal = req.principal, case .session = principal.credential else { return false }
        return RegisterAccess.mayEdit(principal)
    }

    static func templates(_ req: Request) async throws -> Response {
        _ = try RegisterAccess.member(req)
        let csrf = CSRF.token(for: req)
        return RegisterTemplatesPage(templates: try await RegisterActivityStore(database: req.db).templates(), mayCopy: mayCopy(req), csrf: csrf.token,
                                     language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func template(_ req: Request) async throws -> Response {
        _ = try RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "template")
        guard let template = try await RegisterActivityStore(database: req.db).template(id: id) else {
            throw Abort(.notFound, reason: "dat sjabloon bestaat niet")
        }
        let csrf = CSRF.token(for: req)
        return RegisterTemplatePage(template: template, mayCopy: mayCopy(req), csrf: csrf.token, language: req.language)
            .page().response(for: req, csrfCookie: csrf.cookie)
    }

    /// Copies a template into the member's own register as a draft, with the own organisation as controller and the
    /// own DPO as contact.
    static func copy(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "template")
        let store = RegisterActivityStore(database: req.db)
        guard let template = try await store.template(id: id) else { throw Abort(.notFound, reason: "dat sjabloon bestaat niet") }
        var activity = template.activity
        activity.status = .draft
        activity.controller = Party(name: context.organisation?.name ?? principal.organisationCode, contact: "")
        activity.dpoContact = try await RegisterSettingsStore(database: req.db).dpo(organisationID: principal.organisationID)?.email ?? ""
        let newID = try await store.create(activity, organisationID: principal.organisationID, note: "", copiedFrom: id, userID: principal.userID,
                                           actor: req.auditActor)
        return req.redirect(to: RegisterPath.activity(newID).url([("bewaard", "gekopieerd")]), redirectType: .normal)
    }

    static func settings(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let dpo = try await RegisterSettingsStore(database: req.db).dpo(organisationID: principal.organisationID)
        let csrf = CSRF.token(for: req)
        return RegisterSettingsPage(values: ["dpoName": dpo?.name ?? "", "dpoEmail": dpo?.email ?? ""], problems: [],
                                    saved: (try? req.query.get(String.self, at: "bewaard")) == "1", mayEdit: RegisterAccess.mayEdit(principal),
                                    csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func saveSettings(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let values = RegisterActivityController.fields(req)
        let t = RegisterWords(req.language).t
        let name = (values["dpoName"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let email = (values["dpoEmail"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [(field: String, text: String)] = []
        if name.isEmpty || name.count > 200 { problems.append(("dpoName", t["register.settings.error.name"])) }
        if !MailAddress.isValid(email) { problems.append(("dpoEmail", t["register.settings.error.email"])) }
        guard problems.isEmpty else {
            let csrf = CSRF.token(for: req)
            return RegisterSettingsPage(values: values, problems: problems, saved: false, mayEdit: true, csrf: csrf.token, language: req.language)
                .page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        try await RegisterSettingsStore(database: req.db).setDPO(name: name, email: email, organisationID: principal.organisationID, actor: req.auditActor)
        return req.redirect(to: RegisterPath.settings.url([("bewaard", "1")]), redirectType: .normal)
    }
}
