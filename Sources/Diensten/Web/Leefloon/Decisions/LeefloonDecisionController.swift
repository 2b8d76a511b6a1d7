import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Vapor

/// Recording a decision on an advice (POST /leefloon/beslissingen), and an organisation's decisions (list and one).
/// The advice is computed again from the posted situation: a posted amount is never trusted as the advice.
struct LeefloonDecisionController: RouteCollection {
    struct DecisionForm: Content {
        var situation: String?
        var month: String?
        var reference: String?
        var decision: String?
        var amount: String?
        var reason: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.write(.leefloonDecide) { req, context in try await Self.decide(req, context) }
        routes.get(LeefloonPath.Route.decisions.pattern) { req in try await Self.list(req) }
        routes.get(LeefloonPath.Route.decision.pattern) { req in try await Self.show(req) }
    }

    static func member(_ req: Request) throws -> Principal {
        guard let principal = req.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        return principal
    }

    static func decide(_ req: Request, _ context: WriteContext) async throws -> Response {
        let principal = try context.principal ?? member(req)
        let form = (try? req.content.decode(DecisionForm.self)) ?? DecisionForm()
        guard let json = form.situation, json.utf8.count <= 16_384,
              let situation = try? JSONDecoder().decode(LeefloonSituation.self, from: Data(json.utf8)),
              (try? situation.validate()) != nil,
              let month = form.month.flatMap({ LeefloonDate(month: $0) })
        else { throw Abort(.badRequest, reason: "de situatie van het advies ontbreekt of is onleesbaar; vraag het advies opnieuw") }
        let parameters = try LeefloonData.current()
        let advice: LeefloonAdvice
        do {
            advice = try LeefloonAdvice.compute(situation, month: month, parameters: parameters)
        } catch {
            throw Abort(.unprocessableEntity, reason: "\(error)")
        }
        let csrf = CSRF.token(for: req)
        var page = LeefloonAdvicePage(advice: advice, situation: situation, month: month, mayDecide: true, csrf: csrf.token, language: req.language)
        let reference = (form.reference ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = (form.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        page.decision = .init(reference: reference, decision: form.decision ?? "", amount: form.amount ?? "", reason: reason)
        var problems: [(field: String, key: String)] = []
        if reference.isEmpty { problems.append(("reference", "leefloon.decide.error.reference")) }
        if reference.count > 60 { problems.append(("reference", "leefloon.decide.error.referenceLong")) }
        let kind = form.decision.flatMap(LeefloonDecision.Kind.init(rawValue:))
        if kind == nil { problems.append(("decision", "leefloon.decide.error.choice")) }
        var decided = advice.monthlyLeefloon
        if kind == .overridden {
            if let amount = LeefloonMoney.parseForm(form.amount ?? ""), !(form.amount ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                decided = amount
            } else {
                problems.append(("amount", "leefloon.decide.error.amount"))
            }
            if reason.isEmpty { problems.append(("reason", "leefloon.decide.error.reason")) }
            if reason.count > 2_000 { problems.append(("reason", "leefloon.decide.error.reasonLong")) }
        }
        guard problems.isEmpty, let kind else {
            page.decisionProblems = problems
            return page.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let id = try await LeefloonDecisionStore(database: req.db).record(
            LeefloonDecisionInput(reference: reference, situation: situation, advice: advice, kind: kind, decidedMonthly: decided,
                                  reason: kind == .overridden ? reason : nil),
            by: principal, actor: req.auditActor)
        return req.redirect(to: LeefloonPath.decision(id).url([("bewaard", "1")]), redirectType: .normal)
    }

    static func list(_ req: Request) async throws -> Response {
        let principal = try member(req)
        let store = LeefloonDecisionStore(database: req.db)
        try await store.purgeExpired()
        let decisions = try await store.list(organisationID: principal.organisationID)
        return LeefloonDecisionsPage(decisions: decisions, language: req.language).page().response(for: req)
    }

    static func show(_ req: Request) async throws -> Response {
        let principal = try member(req)
        guard let id = req.parameters.get("decision", as: Int.self),
              let decision = try await LeefloonDecisionStore(database: req.db).find(id: id, organisationID: principal.organisationID)
        else { throw Abort(.notFound, reason: "die beslissing bestaat niet of hoort bij een andere organisatie") }
        let saved = (try? req.query.get(String.self, at: "bewaard")) == "1"
        return LeefloonDecisionPage(decision: decision, saved: saved, language: req.language).page().response(for: req)
    }
}
