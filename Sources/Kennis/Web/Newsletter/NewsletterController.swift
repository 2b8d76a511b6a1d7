import Platform
import Vapor

/// The newsletter: the public page (subscribe, archive, feeds), the signed confirm and unsubscribe links (a page with
/// a button, then the POST; the unsubscribe POST is also the RFC 8058 one-click target of mail programs), the issues,
/// and the editors' pages to compose, preview and send. Who may post what is declared in `KennisWriteRoutes.swift`.
struct NewsletterController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(KennisPath.Route.newsletter.pattern) { req in try await NewsletterHomeModel.show(req) }
        routes.write(.kennisSubscribe) { req, context in try await NewsletterHomeModel.subscribe(req, context: context) }

        routes.get(KennisPath.Route.confirmSubscription.pattern) { req in try await SubscriptionPageModel.show(.confirm, req) }
        routes.write(.kennisConfirm) { req, _ in try await SubscriptionPageModel.perform(.confirm, req) }
        routes.get(KennisPath.Route.unsubscribe.pattern) { req in try await SubscriptionPageModel.show(.unsubscribe, req) }
        routes.write(.kennisUnsubscribe) { req, _ in try await SubscriptionPageModel.perform(.unsubscribe, req) }

        routes.get(KennisPath.Route.newsletterIssue.pattern) { req in try await NewsletterIssueModel.load(req).page().response(for: req) }

        routes.get(KennisPath.Route.newsletterManage.pattern) { req in try await NewsletterManageModel.load(req).page().response(for: req) }
        routes.write(.kennisNewsletterNew) { req, context in try await NewsletterManageModel.create(req, context: context) }
        routes.get(KennisPath.Route.newsletterEdit.pattern) { req in try await NewsletterEditorModel.load(req).page().response(for: req) }
        routes.write(.kennisNewsletterEdit) { req, context in try await NewsletterEditorModel.save(req, context: context) }
        routes.write(.kennisNewsletterSend) { req, context in try await NewsletterEditorModel.send(req, context: context) }
    }
}
