import Platform
import Vapor

/// Events: registering (open to anyone), the signed cancel link, the editors' list of registrations and its CSV,
/// the iCalendar files (one event, all events) and the Atom feeds. Who may post what is declared in
/// `KennisWriteRoutes.swift`.
struct KnowledgeEventController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.write(.kennisRegister) { req, context in try await RegistrationPageModel.register(req, context: context) }

        routes.get(KennisPath.Route.cancelRegistration.pattern) { req in try await CancelPageModel.show(req) }
        routes.write(.kennisCancelRegistration) { req, context in try await CancelPageModel.cancel(req, context: context) }

        routes.get(KennisPath.Route.registrations.pattern) { req in try await RegistrationsPageModel.load(req).page().response(for: req) }
        routes.get(KennisPath.Route.registrationsCSV.pattern) { req in
            let model = try await RegistrationsPageModel.load(req)
            let response = Download.file(RegistrationsExport.csv(model.registrations), name: RegistrationsExport.fileName(model.event))
            // Names and addresses: not for shared caches.
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
            return response
        }

        routes.get(KennisPath.Route.calendar.pattern) { req in try await EventCalendar.one(req) }
        routes.get(KennisPath.Route.eventsCalendar.pattern) { req in try await EventCalendar.all(req) }
        routes.get(KennisPath.Route.feed.pattern) { req in try await KnowledgeFeed.response(req) }
    }
}
