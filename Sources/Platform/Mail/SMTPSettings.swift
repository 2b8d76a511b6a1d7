import Foundation

/// Where and how mail is sent. Built by the app's configuration from the environment and passed in; never logged whole.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable, Equatable {
        /// STARTTLS is required: a server that does not offer it gets nothing.
        case startTLS = "starttls"
        /// Plain text, for a relay on the same machine (and the tests) only.
        case none
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var from: MailAddress
    public var security: Security
    /// Extra trusted certificates (PEM), e.g. a company CA; the system's roots are trusted too.
    public var trustedCertificatesFile: String?
    /// The whole conversation with the server must end within this many seconds.
    public var timeout: TimeInterval

    public init(host: String, port: Int, username: String? = nil, password: String? = nil, from: MailAddress,
                security: Security = .startTLS, trustedCertificatesFile: String? = nil, timeout: TimeInterval = 60) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.security = security
        self.trustedCertificatesFile = trustedCertificatesFile
        self.timeout = timeout
    }

    public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// From `STADSBEELD_SMTP_URL` (`smtp://user:password@host:587`, `?tls=none` for a plain local relay),
    /// `STADSBEELD_MAIL_FROM` and optionally `STADSBEELD_SMTP_CA_FILE`. Nil when no SMTP URL is set: no mail is sent.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SMTPSettings? {
        guard let url = environment["STADSBEELD_SMTP_URL"], !url.isEmpty else { return nil }
        guard let components = URLComponents(string: url), components.scheme == "smtp",
              let host = components.host, !host.isEmpty
        else { throw ConfigurationError(description: "STADSBEELD_SMTP_URL is geen smtp://-adres (smtp://gebruiker:wachtwoord@server:587)") }
        guard let fromText = environment["STADSBEELD_MAIL_FROM"], let from = try? MailAddress(fromText) else {
            throw ConfigurationError(description: "STADSBEELD_MAIL_FROM ontbreekt of is geen geldig e-mailadres")
        }
        var security = Security.startTLS
        if let tls = components.queryItems?.first(where: { $0.name == "tls" })?.value {
            guard let parsed = Security(rawValue: tls) else {
                throw ConfigurationError(description: "STADSBEELD_SMTP_URL: tls is starttls of none")
            }
            security = parsed
        }
        return SMTPSettings(
            host: host, port: components.port ?? 587,
            username: components.percentEncodedUser.flatMap { $0.removingPercentEncoding },
            password: components.percentEncodedPassword.flatMap { $0.removingPercentEncoding },
            from: from, security: security,
            trustedCertificatesFile: environment["STADSBEELD_SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// For logs and the admin page: never the password.
    public var redacted: String {
        "smtp://\(username.map { "\($0):***@" } ?? "")\(host):\(port) (\(security.rawValue)), afzender \(from.value)"
    }

    /// Removes the password and the AUTH strings made from it from a text that may reach a log or the database.
    public func scrub(_ text: String) -> String {
        guard let password, !password.isEmpty else { return text }
        var text = text.replacingOccurrences(of: password, with: "***")
        for secret in SMTPClient.authSecrets(username: username ?? "", password: password) {
            text = text.replacingOccurrences(of: secret, with: "***")
        }
        return text
    }
}
