import Vapor

/// Bounds on what a request line may carry, checked before any route runs: a long URL or a query with thousands of
/// parameters is refused (414 or 400, with the limit) instead of being parsed and answered.
public struct RequestLimitsMiddleware: Middleware {
    /// Longest request target (path and query) accepted, in bytes. Our own links stay far below.
    public static let maximumURLLength = 8_192
    /// Most query parameters accepted in one request.
    public static let maximumQueryItems = 200

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        do { try Self.check(request) } catch { return request.eventLoop.makeFailedFuture(error) }
        return next.respond(to: request)
    }

    static func check(_ request: Request) throws {
        let target = request.target
        let length = target.length
        guard length <= Self.maximumURLLength else {
            throw Abort(.uriTooLong, reason: "het adres is \(length) bytes lang; hoogstens \(Self.maximumURLLength) bytes")
        }
        let items = target.itemCount
        guard items <= Self.maximumQueryItems else {
            throw Abort(.badRequest, reason: "het adres heeft \(items) parameters; hoogstens \(Self.maximumQueryItems)")
        }
    }
}
