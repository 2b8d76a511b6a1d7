import Vapor

/// The languages of the site: Dutch first, English complete.
public enum SiteLanguage: String, CaseIterable, Sendable, Hashable {
    case nl
    case en

    /// The cookie that keeps a visitor's choice once made with `?lang=`.
    public static let cookie = "taal"

    /// The language of a request: `?lang=` when given, else the visitor's earlier choice, else Dutch.
    public static func of(_ request: Request) -> SiteLanguage {
        if let asked = request.queryValues["lang"].flatMap(SiteLanguage.init(rawValue:)) { return asked }
        if let chosen = request.cookies[cookie]?.string, let language = SiteLanguage(rawValue: chosen) { return language }
        return .nl
    }
}

extension Request {
    /// The visitor's language (see `SiteLanguage.of`).
    public var language: SiteLanguage { SiteLanguage.of(self) }
}

/// Keeps a language chosen with `?lang=nl|en` in a cookie, so every next page (and every link, form and redirect)
/// stays in that language without carrying the parameter.
public struct LanguageMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).map { response in Self.remember(request, in: response) }
    }

    static func remember(_ request: Request, in response: Response) -> Response {
        // Most requests name no language: the raw query says so without decoding it.
        guard request.target.mayHold("lang") else { return response }
        if let asked = request.queryValues["lang"].flatMap(SiteLanguage.init(rawValue:)),
           request.cookies[SiteLanguage.cookie]?.string != asked.rawValue {
            response.cookies[SiteLanguage.cookie] = HTTPCookies.Value(
                string: asked.rawValue, maxAge: 365 * 24 * 3600, path: "/", isSecure: false, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
