import Foundation
import Vapor

/// Who may read `/metrics` (`STADSBEELD_METRICS`): everyone, only this machine (or a platform admin's API token),
/// or nobody.
public enum MetricsAccess: String, Sendable, CaseIterable {
    case open, local, off
}

/// How the server runs as a service, read once from the environment (docs/operations.md):
/// - `STADSBEELD_METRICS=open|local|off` (default `local`)
/// - `STADSBEELD_SHUTDOWN_SECONDS` (1…3600, default 30): how long a stopping server waits for running requests
///   (an import through the API or an upload among them) before it closes their connections
public struct OperationsSettings: Sendable, Equatable {
    public var metrics: MetricsAccess
    public var shutdownSeconds: Int

    public init(metrics: MetricsAccess = .local, shutdownSeconds: Int = OperationsSettings.defaultShutdownSeconds) {
        self.metrics = metrics
        self.shutdownSeconds = min(max(shutdownSeconds, 1), 3600)
    }

    public static let defaultShutdownSeconds = 30

    public struct InvalidSetting: Error, CustomStringConvertible {
        public let description: String
    }

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> OperationsSettings {
        var metrics = MetricsAccess.local
        if let value = environment["STADSBEELD_METRICS"], !value.isEmpty {
            guard let access = MetricsAccess(rawValue: value.lowercased()) else {
                throw InvalidSetting(description: "STADSBEELD_METRICS=\(value) is onbekend: kies open, local of off")
            }
            metrics = access
        }
        var seconds = defaultShutdownSeconds
        if let value = environment["STADSBEELD_SHUTDOWN_SECONDS"], !value.isEmpty {
            guard let number = Int(value), number > 0 else {
                throw InvalidSetting(description: "STADSBEELD_SHUTDOWN_SECONDS=\(value) is geen positief aantal seconden")
            }
            seconds = number
        }
        return OperationsSettings(metrics: metrics, shutdownSeconds: seconds)
    }
}

extension Application {
    private struct OperationsSettingsKey: StorageKey { typealias Value = OperationsSettings }

    /// Set by `configureOperations`; tests change the metrics access here.
    public var operationsSettings: OperationsSettings {
        get { storage[OperationsSettingsKey.self] ?? OperationsSettings() }
        set { storage[OperationsSettingsKey.self] = newValue }
    }
}
