import DienstenDomain
import Foundation
import Platform
import Vapor

/// The caseworker's form (GET /leefloon) and the advice it asks (POST /leefloon): computed, shown with its trail,
/// stored nowhere. Bad input shows the form again with each problem at its field (400).
struct LeefloonAdviceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(LeefloonPath.Route.advice.pattern) { req in
            let csrf = CSRF.token(for: req)
            return LeefloonFormPage.blank(req, csrf: csrf.token).page().response(for: req, csrfCookie: csrf.cookie)
        }
        routes.write(.leefloonAdvice) { req, _ in try await Self.advise(req) }
    }

    static func advise(_ req: Request) async throws -> Response {
        let values = (try? req.content.decode(LeefloonFormValues.self)) ?? LeefloonFormValues()
        let csrf = CSRF.token(for: req)
        var form = LeefloonFormPage(values: values, csrf: csrf.token, language: req.language, signedIn: req.principal != nil)
        let read = values.read()
        guard let situation = read.situation, let month = read.month else {
            form.problems = read.problems
            return form.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        }
        let parameters = try LeefloonData.current()
        do {
            let advice = try LeefloonAdvice.compute(situation, month: month, parameters: parameters)
            let page = LeefloonAdvicePage(advice: advice, situation: situation, month: month, mayDecide: Self.mayDecide(req),
                                          csrf: csrf.token, language: req.language)
            return page.page().response(for: req, csrfCookie: csrf.cookie)
        } catch {
            form.monthProblem = Self.monthProblem(error, LeefloonWords(req.language))
            return form.page().response(for: req, status: .unprocessableEntity, csrfCookie: csrf.cookie)
        }
    }

    /// Only a member signed in with a session records decisions (forms never act on an API key).
    static func mayDecide(_ req: Request) -> Bool {
        guard let principal = req.principal, case .session = principal.credential else { return false }
        return true
    }

    static func monthProblem(_ error: LeefloonAdviceError, _ w: LeefloonWords) -> String {
        switch error {
        case .beforeFirstEntry(let parameter, let date, let first):
            w.t["leefloon.field.month"] + ": "
                + w.fill("leefloon.error.beforeFirst", [w.t["leefloon.parameter.\(parameter)"], w.date(date), first.map(w.date) ?? "—"])
        case .unknownValue(let parameter, let date, let from, _):
            w.t["leefloon.field.month"] + ": "
                + w.fill("leefloon.error.unknownValue", [w.t["leefloon.parameter.\(parameter)"], w.date(date), w.date(from)])
        }
    }
}
