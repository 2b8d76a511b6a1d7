import Vapor

/// Tokens against cross-site request forgery on every form that changes something. A signed-in user's token
/// belongs to their session; before sign-in (the login form) it is the value of a separate cookie, echoed in the form.
/// SameSite=Strict cookies already stop most forgeries; the token also stops those from a sibling subdomain.
public enum CSRF {
    public static let field = "csrf"

    /// The token to put in forms for this request, and the cookie to set when the visitor has none yet.
    public static func token(for request: Request) -> (token: String, cookie: HTTPCookies.Value?) {
        if let session = request.access.session { return (session.csrfToken, nil) }
        if let existing = request.cookies[SessionCookie.csrfName]?.string, existing.count >= 32 { return (existing, nil) }
        let fresh = Secrets.random()
        return (fresh, SessionCookie.value(fresh, maxAge: nil))
    }

    /// Throws 403 unless the submitted token matches the expected one.
    public static func verify(_ request: Request) throws {
        try verify(request, submitted: try? request.content.get(String.self, at: field))
    }

    /// The same for a token read from a streamed form.
    public static func verify(_ request: Request, submitted: String?) throws {
        let submitted = submitted ?? ""
        let expected = request.access.session?.csrfToken ?? request.cookies[SessionCookie.csrfName]?.string ?? ""
        guard !expected.isEmpty, Secrets.equal(submitted, expected) else {
            throw Abort(.forbidden, reason: "dit formulier is verlopen of komt niet van Stadsbeeld; laad de pagina opnieuw en probeer nog eens")
        }
    }
}
