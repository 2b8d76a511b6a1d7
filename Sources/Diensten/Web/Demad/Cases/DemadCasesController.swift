import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The cases: the list (GET) and opening or finding one by its dossier number (POST /demad/dossiers), one case
/// (GET), a new measurement (POST …/metingen) and the case's settings (POST …/gegevens). A case of another
/// organisation is answered as not found, for reading and writing alike.
struct DemadCasesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(DemadPath.Route.cases.pattern) { req in try await Self.list(req) }
        routes.get(DemadPath.Route.dossier.pattern) { req in try await Self.show(req) }
        routes.write(.demadOpenCase) { req, context in try await Self.open(req, context) }
        routes.write(.demadMeasure) { req, context in try await Self.measure(req, context) }
        routes.write(.demadSettings) { req, context in try await Self.settings(req, context) }
    }

    static func principal(_ context: WriteContext) throws -> Principal {
        guard let principal = context.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        return principal
    }

    static func caseID(_ req: Request) throws -> Int {
        guard let id = req.parameters.get("dossier", as: Int.self), id > 0 else { throw Abort(.notFound, reason: "dat dossier bestaat niet") }
        return id
    }

    static func list(_ req: Request) async throws -> Response {
        let principal = try DemadAccess.member(req)
        let csrf = CSRF.token(for: req)
        return try await DemadCasesPage.load(req, principal: principal, csrf: csrf.token).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try DemadAccess.member(req)
        let csrf = CSRF.token(for: req)
        var page = try await DemadCasePage.load(req, principal: principal, id: try caseID(req), csrf: csrf.token)
        let t = DemadWords(req.language).t
        switch try? req.query.get(String.self, at: "gelukt") {
        case "geopend": page.notice = t["demad.case.opened"]
        case "gevonden": page.notice = t["demad.case.found"]
        case "gemeten": page.notice = t["demad.case.measured"]
        case "gewijzigd": page.notice = t["demad.case.changed"]
        default: break
        }
        return page.page().response(for: req, csrfCookie: csrf.cookie)
    }

    struct OpenForm: Content {
        var dossier: String?
        var taal: String?
    }

    static func open(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let form = (try? req.content.decode(OpenForm.self)) ?? OpenForm()
        let csrf = CSRF.token(for: req)
        return try await req.refusable {
            let opened = try await DemadStore(database: req.db).open(
                dossier: form.dossier ?? "", organisationID: principal.organisationID, workerID: principal.userID, languageSupport: form.taal == "ja",
                opened: DemadDay(Date()), actor: AuditActor(principal))
            return req.redirect(to: DemadPath.dossier(opened.id).url([("gelukt", opened.created ? "geopend" : "gevonden")]), redirectType: .normal)
        } refused: { refusal in
            var page = try await DemadCasesPage.load(req, principal: principal, csrf: csrf.token)
            page.problems = refusal.reasons
            page.languageSupport = form.taal == "ja"
            return page.page()
        }
    }

    static func measure(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let id = try caseID(req)
        let scale = DemadScale.standard
        let fields = (try? req.content.decode([String: String].self)) ?? [:]
        var form = DemadCasePage.MeasurementForm(day: fields["datum"] ?? "", goalsSet: fields["doelen_gesteld"] ?? "", goalsReached: fields["doelen_bereikt"] ?? "")
        var reasons: [RefusedAction.Reason] = []
        let day = DemadDay(form.day)
        if day == nil { reasons.append(.init("datum: '\(form.day)' is geen datum (JJJJ-MM-DD of DD/MM/JJJJ)", field: "datum")) }
        var scores: [String: Int] = [:]
        for domain in scale.domainCodes {
            let text = (fields[domain] ?? "").trimmingCharacters(in: .whitespaces)
            form.scores[domain] = text
            guard !text.isEmpty else { continue }
            if let score = Int(text), scale.level(score) != nil { scores[domain] = score }
            else { reasons.append(.init("\(domain): '\(text)' is geen score van 1 tot 5", field: domain)) }
        }
        func count(_ name: String, _ text: String) -> Int? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            guard let value = Int(trimmed), (0...99).contains(value) else {
                reasons.append(.init("\(name.replacingOccurrences(of: "_", with: " ")): '\(trimmed)' is geen aantal van 0 tot 99", field: name))
                return nil
            }
            return value
        }
        let set = count("doelen_gesteld", form.goalsSet)
        let reached = count("doelen_bereikt", form.goalsReached)
        if reached != nil && set == nil { reasons.append(.init("doelen bereikt zonder doelen gesteld", field: "doelen_gesteld")) }
        if let set, let reached, reached > set { reasons.append(.init("meer doelen bereikt dan gesteld", field: "doelen_bereikt")) }
        let csrf = CSRF.token(for: req)
        return try await req.refusable {
            guard reasons.isEmpty, let day else { throw RefusedAction(reasons: reasons) }
            try await DemadStore(database: req.db).addMeasurement(
                DemadMeasurement(day: day, scores: scores, goalsSet: set, goalsReached: reached), caseID: id,
                organisationID: principal.organisationID, userID: principal.userID, actor: AuditActor(principal))
            return req.redirect(to: DemadPath.dossier(id).url([("gelukt", "gemeten")]), redirectType: .normal)
        } refused: { refusal in
            var page = try await DemadCasePage.load(req, principal: principal, id: id, csrf: csrf.token)
            page.problems = refusal.reasons
            page.form = form
            return page.page()
        }
    }

    struct SettingsForm: Content {
        var medewerker: String?
        var taalondersteuning: String?
        var afgesloten: String?
    }

    static func settings(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try principal(context)
        let id = try caseID(req)
        let form = (try? req.content.decode(SettingsForm.self)) ?? SettingsForm()
        let csrf = CSRF.token(for: req)
        return try await req.refusable {
            var worker: Int?
            if let text = form.medewerker, !text.isEmpty {
                let members = try await DemadAccess.members(req, organisationID: principal.organisationID)
                guard let chosen = Int(text), members.contains(where: { $0.id == chosen }) else {
                    throw RefusedAction("die medewerker is geen lid van de organisatie", field: "medewerker")
                }
                worker = chosen
            }
            var closed: DemadDay?
            let closedText = (form.afgesloten ?? "").trimmingCharacters(in: .whitespaces)
            if !closedText.isEmpty {
                guard let day = DemadDay(closedText) else { throw RefusedAction("afgesloten: '\(closedText)' is geen datum (JJJJ-MM-DD)", field: "afgesloten") }
                guard day <= DemadDay(Date()) else { throw RefusedAction("afgesloten: de datum ligt in de toekomst", field: "afgesloten") }
                closed = day
            }
            try await DemadStore(database: req.db).update(caseID: id, organisationID: principal.organisationID, workerID: worker,
                                                          languageSupport: form.taalondersteuning == "ja", closed: closed, actor: AuditActor(principal))
            return req.redirect(to: DemadPath.dossier(id).url([("gelukt", "gewijzigd")]), redirectType: .normal)
        } refused: { refusal in
            var page = try await DemadCasePage.load(req, principal: principal, id: id, csrf: csrf.token)
            page.problems = refusal.reasons
            return page.page()
        }
    }
}
