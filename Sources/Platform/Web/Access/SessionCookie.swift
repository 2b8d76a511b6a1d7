import Vapor

/// The cookies of the access layer: Secure (unless STADSBEELD_COOKIE_SECURE=0 for plain-HTTP test setups),
/// HttpOnly and SameSite=Strict, so scripts cannot read them and other sites cannot send them along.
public enum SessionCookie {
    public static let name = "stadsbeeld_sessie"
    public static let csrfName = "stadsbeeld_csrf"

    public static var secure: Bool { Environment.get("STADSBEELD_COOKIE_SECURE") != "0" }

    public static func value(_ secret: String, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: secret, expires: nil, maxAge: maxAge, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }

    public static func expired() -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }
}
