import Vapor

/// Headers every response carries. The policy allows only our own scripts, styles and images (charts are inline SVG,
/// which is markup, not a resource), no inline script or style, no framing. HSTS only when the request came over TLS,
/// directly or through a proxy that says so, because over plain HTTP the header means nothing and breaks local use.
public struct SecurityHeadersMiddleware: AsyncMiddleware {
    public static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
        "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
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
