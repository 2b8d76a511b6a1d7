import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// The breach log: the list with the clock, a new breach, one breach with its decision.
struct RegisterBreachController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(RegisterPath.Route.breaches.pattern) { req in try await Self.list(req) }
        routes.get(RegisterPath.Route.newBreach.pattern) { req in try await Self.newForm(req) }
        routes.write(.registerBreachNew) { req, context in try await Self.save(req, context, id: nil) }
        routes.get(RegisterPath.Route.breach.pattern) { req in try await Self.show(req) }
        routes.write(.registerBreachDecide) { req, context in try await Self.save(req, context, id: try RegisterAccess.id(req, "breach")) }
    }

    static func list(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let breaches = try await RegisterBreachStore(database: req.db).list(organisationID: principal.organisationID)
        return RegisterBreachesPage(breaches: breaches, now: Date(), mayEdit: RegisterAccess.mayEdit(principal), language: req.language).page().response(for: req)
    }

    static func newForm(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        guard RegisterAccess.mayEdit(principal) else { throw Abort(.forbidden, reason: "hiervoor ben je redacteur van je organisatie") }
        let csrf = CSRF.token(for: req)
        return RegisterBreachPage(breachID: nil, values: ["becameAwareAt": RegisterWords.localInput(Date())], record: nil, problems: [], now: Date(),
                                  mayEdit: true, saved: false, csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try RegisterAccess.member(req)
        let id = try RegisterAccess.id(req, "breach")
        guard let breach = try await RegisterBreachStore(database: req.db).find(id: id, organisationID: principal.organisationID) else {
            throw RegisterAccess.notFound()
        }
        let csrf = CSRF.token(for: req)
        return RegisterBreachPage(breachID: id, values: RegisterBreachPage.values(breach.record), record: breach.record, problems: [], now: Date(),
                                  mayEdit: RegisterAccess.mayEdit(principal), saved: (try? req.query.get(String.self, at: "bewaard")) == "1",
                                  csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    /// Reads the form into a record; located problems for what does not read or breaks a rule.
    static func read(_ values: [String: String], now: Date, _ w: RegisterWords) -> (BreachRecord?, [(field: String, text: String)]) {
        var problems: [(field: String, text: String)] = []
        func text(_ key: String) -> String { (values[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func moment(_ key: String) -> Date? {
            let value = text(key)
            guard !value.isEmpty else { return nil }
            guard let date = RegisterWords.readLocal(value) else {
                problems.append((key, w.t["register.breach.error.moment"]))
                return nil
            }
            return date
        }
        let aware = moment("becameAwareAt")
        if aware == nil && text("becameAwareAt").isEmpty { problems.append(("becameAwareAt", w.t["register.breach.error.awareMissing"])) }
        let risk = BreachRecord.Risk(rawValue: text("risk"))
        if risk == nil { problems.append(("risk", w.t["register.breach.error.choice"])) }
        let decision = BreachRecord.Decision(rawValue: text("decision"))
        if decision == nil { problems.append(("decision", w.t["register.breach.error.choice"])) }
        let notifiedAt = moment("notifiedAt")
        let informedAt = moment("subjectsInformedAt")
        guard problems.isEmpty, let aware, let risk, let decision else { return (nil, problems) }
        let record = BreachRecord(
            title: text("title"), facts: text("facts"), effects: text("effects"), remedialAction: text("remedialAction"), becameAwareAt: aware,
            risk: risk, decision: decision, notifiedAt: decision == .notified ? notifiedAt : nil, authorityReference: text("authorityReference"),
            lateReason: text("lateReason"), notNotifiedReason: text("notNotifiedReason"), subjectsInformedAt: informedAt,
            subjectsNotInformedReason: text("subjectsNotInformedReason"))
        let rules = BreachValidation.problems(record, now: now).map { (field: $0.field, text: w.t["register.breach.problem.\($0.reason.rawValue)"]) }
        return rules.isEmpty ? (record, []) : (nil, rules)
    }

    static func save(_ req: Request, _ context: WriteContext, id: Int?) async throws -> Response {
        let principal = try context.principal ?? RegisterAccess.member(req)
        let store = RegisterBreachStore(database: req.db)
        var existing: RegisterBreach?
        if let id {
            existing = try await store.find(id: id, organisationID: principal.organisationID)
            guard existing != nil else { throw RegisterAccess.notFound() }
        }
        let values = RegisterActivityController.fields(req)
        let now = Date()
        let (record, problems) = read(values, now: now, RegisterWords(req.language))
        guard let record else {
            let csrf = CSRF.token(for: req)
            return RegisterBreachPage(breachID: id, values: values, record: existing?.record, problems: problems, now: now, mayEdit: true, saved: false,
                                      csrf: csrf.token, language: req.language).page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let savedID: Int
        if let id {
            guard try await store.update(record, id: id, organisationID: principal.organisationID, actor: req.auditActor) else { throw RegisterAccess.notFound() }
            savedID = id
        } else {
            savedID = try await store.create(record, organisationID: principal.organisationID, actor: req.auditActor)
        }
        return req.redirect(to: RegisterPath.breach(savedID).url([("bewaard", "1")]), redirectType: .normal)
    }
}
