import Vapor

/// Framing is refused on every page (`X-Frame-Options: DENY`, `frame-ancestors 'none'`), so no other site can lay
/// our forms under a click-jacking overlay. The one exception is a page made to be embedded (a chart with its table and
/// source, no forms, no account): its handler calls `allowFraming()`, and `SecurityHeadersMiddleware` then lets any
/// site frame that one response.
extension Request {
    private struct AllowsFramingKey: StorageKey { typealias Value = Bool }

    /// Whether this response may be shown in a frame on another site.
    public var allowsFraming: Bool { storage[AllowsFramingKey.self] ?? false }

    /// Lets this one response be framed by any site; only for pages without forms or anything signed-in.
    public func allowFraming() { storage[AllowsFramingKey.self] = true }
}

extension SecurityHeadersMiddleware {
    /// The policy of a page that may be embedded: the site's own, with any site allowed as a frame ancestor.
    public static let embeddableContentSecurityPolicy = contentSecurityPolicy
        .replacingOccurrences(of: "frame-ancestors 'none'", with: "frame-ancestors *")

    /// Turns the refusing headers of `response` into the embeddable ones.
    static func allowFraming(_ response: Response) {
        response.headers.remove(name: "X-Frame-Options")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: embeddableContentSecurityPolicy)
    }
}
