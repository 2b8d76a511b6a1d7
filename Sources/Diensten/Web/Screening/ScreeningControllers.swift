import Platform
import Vapor

/// The screening pages: the form and its results, the cases of an organisation, the rules and their editor. Who
/// may post what is declared in `ScreeningWriteRoutes.swift`.
struct ScreeningController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(ScreeningPath.Route.screen.pattern) { req in try await ScreeningPageModel.show(req) }
        routes.write(.screeningScreen) { req, context in try await ScreeningPageModel.screen(req, context: context) }

        routes.get(ScreeningPath.Route.cases.pattern) { req in try await CasesPageModel.show(req) }
        routes.write(.screeningSaveCase) { req, context in try await CasesPageModel.save(req, context: context) }
        routes.get(ScreeningPath.Route.caseItem.pattern) { req in try await CasePageModel.show(req) }
        routes.write(.screeningDeleteCase) { req, context in try await CasesPageModel.delete(req, context: context) }

        routes.get(ScreeningPath.Route.rules.pattern) { req in try await RulesPageModel.show(req) }
        routes.get(ScreeningPath.Route.editRules.pattern) { req in try await RulesEditPageModel.show(req) }
        routes.write(.screeningEditRules) { req, context in try await RulesEditPageModel.save(req, context: context) }
    }
}

enum ScreeningControllers {
    static var all: [any RouteCollection] { [ScreeningController()] }
}
