import Foundation

/// Where the data lives, read once from the environment.
/// PostgreSQL when `DATABASE_URL` is set (how a city grows past one machine); otherwise one SQLite file.
public enum DatabaseSettings: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> DatabaseSettings {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        return .sqlite(path: environment["DATABASE_PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "stadsbeeld.sqlite")
    }

    /// For logs: never the password.
    public var redacted: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres(let url):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL \(components.string ?? "")"
        }
    }
}
