import Fluent
import Platform
import Vapor

/// What the site-wide search finds of the Diensten pillar.
enum DienstenSearch {
    static func documents(_ app: Application, on database: any Database) async throws -> [SearchDocument]? {
        try await RightsSearch.documents(app, on: database)
    }
}
