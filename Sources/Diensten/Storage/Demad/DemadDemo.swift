import Vapor

/// The demo data of the demad part.
enum DemadDemo {
    static func load(into app: Application) async throws -> String? { nil }

    /// Deletes what is past its retention period; called when the server or a command starts.
    static func purgeExpired(_ app: Application) async throws -> Int { 0 }
}
