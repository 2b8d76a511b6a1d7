import Foundation
import Platform
import Vapor

/// The mail outbox for platform admins: the newest messages with their status, attempts, next attempt and last error.
struct MailPageModel {
    static let pageSize = 100

    let messages: [OutboxMessage]
    let counts: [MailStatus: Int]
    let status: MailStatus?
    let pageNumber: Int
    let hasNextPage: Bool
    /// The SMTP server in words (without password), or nil when none is set.
    let server: String?
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> MailPageModel {
        let statusText = request.query[String.self, at: "status"].flatMap { $0.isEmpty ? nil : $0 }
        var status: MailStatus?
        if let statusText {
            guard let parsed = MailStatus(rawValue: statusText) else { throw Abort(.badRequest, reason: "onbekende status '\(statusText)'") }
            status = parsed
        }
        let page = max(1, min(request.query[Int.self, at: "pagina"] ?? 1, 100_000))
        let messages = try await MailOutbox.messages(status: status, limit: pageSize + 1, offset: (page - 1) * pageSize, on: request.db)
        return MailPageModel(
            messages: Array(messages.prefix(pageSize)), counts: try await MailOutbox.counts(on: request.db), status: status,
            pageNumber: page, hasNextPage: messages.count > pageSize, server: request.application.mailSettings?.redacted,
            language: request.language)
    }

    func url(page: Int) -> String {
        AccessPath.mailOutbox.url([("status", status?.rawValue), ("pagina", page == 1 ? nil : String(page))])
    }
}

/// The outbox page: GET only; delivery is the worker's.
struct MailAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccessPath.Route.mailOutbox.pattern, use: outbox)
    }

    @Sendable func outbox(req: Request) async throws -> Response {
        _ = try WriteGuard.requirePage(.platformAdmin, req)
        return try await MailPageModel.load(req).page().response(for: req)
    }
}
