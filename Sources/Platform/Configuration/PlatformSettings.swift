import Foundation

/// Everything the platform takes from its surroundings, read once, in one place, into typed values; services get
/// what they need from here and never read the environment themselves.
///
/// - `DATABASE_URL` (PostgreSQL) or `DATABASE_PATH` (SQLite file, default `stadsbeeld.sqlite`)
/// - `STADSBEELD_BCRYPT_COST` (4…16, default 12; tests lower it)
/// - `STADSBEELD_COOKIE_SECURE=0` to send session cookies over plain HTTP (closed test networks only)
/// - `STADSBEELD_SMTP_URL`, `STADSBEELD_MAIL_FROM`, `STADSBEELD_SMTP_CA_FILE` (the mail outbox, docs/mail.md)
public struct PlatformSettings: Sendable {
    public var database: DatabaseSettings
    public var bcryptCost: Int
    public var mail: SMTPSettings?
    public var secureCookies: Bool

    public init(database: DatabaseSettings, bcryptCost: Int = PlatformSettings.defaultBcryptCost, mail: SMTPSettings? = nil,
                secureCookies: Bool = true) {
        self.database = database
        self.bcryptCost = min(max(bcryptCost, 4), 16)
        self.mail = mail
        self.secureCookies = secureCookies
    }

    public static let defaultBcryptCost = 12

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PlatformSettings {
        PlatformSettings(
            database: .fromEnvironment(environment),
            bcryptCost: environment["STADSBEELD_BCRYPT_COST"].flatMap(Int.init) ?? defaultBcryptCost,
            mail: try SMTPSettings.fromEnvironment(environment),
            secureCookies: environment["STADSBEELD_COOKIE_SECURE"] != "0")
    }
}
