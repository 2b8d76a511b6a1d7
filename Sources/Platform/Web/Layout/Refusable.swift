import Vapor

extension Request {
    /// The one way a form handles a refused action: `action` runs; when a service (or the form's own check) refuses
    /// it, `page` shows the form again with the reasons, answered with `status`.
    public func refusable(status: HTTPResponseStatus = .badRequest,
                   _ action: () async throws -> Response,
                   refused page: (RefusedAction) async throws -> Page) async throws -> Response {
        do {
            return try await action()
        } catch let refusal as RefusedAction {
            return try await page(refusal).response(for: self, status: status)
        }
    }
}
