import DienstenDomain
import Foundation
import Platform
import Vapor

/// GET /energiedelen (the entry), GET /energiedelen/verkennen (the form) and POST (its made-up year, stored
/// nowhere). Bad input shows the form again with each problem linked to its field (400).
struct EnergyHomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(EnergyPath.Route.home.pattern) { req in
            EnergyHomePage(signedIn: req.principal != nil, language: req.language).page().response(for: req)
        }
        routes.get(EnergyPath.Route.explore.pattern) { req in
            let csrf = CSRF.token(for: req)
            return EnergyExplorePage(csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
        }
        routes.write(.energyExplore) { req, _ in try Self.explore(req) }
    }

    static func explore(_ req: Request) throws -> Response {
        let fields = EnergyFormFields(req: req)
        var input = EnergyExploration.Input()
        input.apartments = fields["apartments"]
        input.consumption = fields["consumption"]
        input.kWp = fields["kWp"]
        input.installationCost = fields["installationCost"]
        input.key = fields["key"]
        input.energyPrice = fields["energyPrice"]
        input.injectionPrice = fields["injectionPrice"]
        input.networkCosts = fields["networkCosts"]
        input.year = fields["year"]
        input.seed = fields["seed"]
        let csrf = CSRF.token(for: req)
        var page = EnergyExplorePage(input: input, csrf: csrf.token, language: req.language)
        switch EnergyExploration.read(input) {
        case .failure(let list):
            page.problems = list.problems
            return page.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
        case .success(let exploration):
            do {
                page.result = (try exploration.run(), exploration)
            } catch {
                page.problems = [EnergyBuildingSetup.Problem(field: error.field, code: "invalid", value: error.reason)]
                return page.page().response(for: req, status: .badRequest, csrfCookie: csrf.cookie)
            }
            return page.page().response(for: req, csrfCookie: csrf.cookie)
        }
    }
}
