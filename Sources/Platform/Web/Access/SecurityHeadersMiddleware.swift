import Vapor

/// Headers every response carries. The policy allows only our own scripts, styles and images (charts are inline SVG,
/// which is markup, not a resource), no inline script or style, no framing. HSTS only when the request came over TLS,
/// directly or through a proxy that says so, because over plain HTTP the header means nothing and breaks local use.
/// Like the other platform middleware it works on the event loop (no `async`): each async middleware costs two thread
/// hops per request, which on a busy API was more than the work itself.
public struct SecurityHeadersMiddleware: Middleware {
    public static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in Self.add(to: response, for: request) }
    }

    static func add(to response: Response, for request: Request) -> Response {
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if request.allowsFraming { Self.allowFraming(response) }
        if Self.overTLS(request) {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        // What a signed-in user sees may include restricted data: never keep it in a shared cache.
        if request.principal != nil {
            response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        }
        return response
    }

    public static func overTLS(_ request: Request) -> Bool {
        request.url.scheme == "https" || request.application.http.server.configuration.tlsConfiguration != nil
            || request.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
