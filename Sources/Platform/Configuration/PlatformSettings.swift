import Foundation

/// Everything the platform takes from its surroundings, read once, in one place, into typed values; services get
/// what they need from here and never read the environment themselves.
///
/// - `DATABASE_URL` (PostgreSQL) or `DATABASE_PATH` (SQLite file, default `stadsbeeld.sqlite`)
/// - `STADSBEELD_BCRYPT_COST` (4…16, default 12; tests lower it)
/// - `STADSBEELD_COOKIE_SECURE=0` to send session cookies over plain HTTP (closed test networks only)
/// - `STADSBEELD_SMTP_URL`, `STADSBEELD_MAIL_FROM`, `STADSBEELD_SMTP_CA_FILE` (the mail outbox, docs/mail.md)
/// - `STADSBEELD_SITE_URL`: the site's public address (`https://stadsbeeld.example.org`), for links in mail; without
///   it a link is made from the address the request that queued the mail came in on
public struct PlatformSettings: Sendable {
    public var database: DatabaseSettings
    public var bcryptCost: Int
    public var mail: SMTPSettings?
    public var secureCookies: Bool
    /// The site's public address without a trailing slash, for absolute links in mail; nil when not set.
    public var siteURL: String?

    public init(database: DatabaseSettings, bcryptCost: Int = PlatformSettings.defaultBcryptCost, mail: SMTPSettings? = nil,
                secureCookies: Bool = true, siteURL: String? = nil) {
        self.database = database
        self.bcryptCost = min(max(bcryptCost, 4), 16)
        self.mail = mail
        self.secureCookies = secureCookies
        self.siteURL = SiteURL.normalised(siteURL)
    }

    public static let defaultBcryptCost = 12

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PlatformSettings {
        PlatformSettings(
            database: .fromEnvironment(environment),
            bcryptCost: environment["STADSBEELD_BCRYPT_COST"].flatMap(Int.init) ?? defaultBcryptCost,
            mail: try SMTPSettings.fromEnvironment(environment),
            secureCookies: environment["STADSBEELD_COOKIE_SECURE"] != "0",
            siteURL: environment["STADSBEELD_SITE_URL"])
    }
}
