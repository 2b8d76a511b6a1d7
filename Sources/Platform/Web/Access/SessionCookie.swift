import Synchronization
import Vapor

/// The cookies of the access layer: Secure (unless `PlatformSettings.secureCookies` is off for plain-HTTP test setups),
/// HttpOnly and SameSite=Strict, so scripts cannot read them and other sites cannot send them along.
public enum SessionCookie {
    public static let name = "stadsbeeld_sessie"
    public static let csrfName = "stadsbeeld_csrf"

    private static let configuredSecure = Mutex(true)

    public static var secure: Bool { configuredSecure.withLock { $0 } }

    /// Called by `configurePlatform(_:)` with the settings.
    static func configure(secure: Bool) { configuredSecure.withLock { $0 = secure } }

    public static func value(_ secret: String, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: secret, expires: nil, maxAge: maxAge, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }

    public static func expired() -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .strict)
    }
}
