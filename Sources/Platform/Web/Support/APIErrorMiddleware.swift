import Vapor

/// One place that turns errors into answers: JSON with a message and the right status for the API, a Dutch
/// page saying what to do next for people; never a 500 for bad input. Unexpected errors are logged and answered without internals.
public struct APIErrorMiddleware: Middleware {
    public struct Body: Content {
        public let error: Bool
        public let status: Int
        public let message: String
    }

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        // On the event loop, not async: see SecurityHeadersMiddleware.
        next.respond(to: request).flatMapErrorThrowing { error in try self.answer(error, for: request) }
    }

    private func answer(_ error: any Error, for request: Request) throws -> Response {
        let (status, message) = classify(error, request: request)
        // A page that needs a signed-in user sends people to the login page and back.
        if status == .unauthorized, request.method == .GET, ErrorPage.wantsHTML(request) {
            return request.redirect(to: AccessPath.signIn.url([("terug", request.url.string)]), redirectType: .normal)
        }
        if ErrorPage.wantsHTML(request) {
            return ErrorPage(status: status, message: message).response(for: request)
        }
        let response = Response(status: status)
        try response.content.encode(Body(error: true, status: Int(status.code), message: message))
        return response
    }

    private func classify(_ error: any Error, request: Request) -> (HTTPResponseStatus, String) {
        switch error {
        // Before AbortError: Vapor makes DecodingError one, with an English reason.
        case let error as DecodingError:
            return (.badRequest, FormProblem.message(error))
        case let error as any AbortError:
            return (error.status, error.reason)
        default:
            request.logger.report(error: error)
            return (.internalServerError, "er ging iets mis aan onze kant")
        }
    }
}
