import Foundation
import Platform
import Vapor

/// The demo catalogue: the LPDC pages in `Resources/rechten/demo/`, imported like any folder.
enum RightsDemo {
    /// The demo folder, when the module ships one.
    static var folder: URL? {
        let candidates = [Bundle.module.url(forResource: "demo", withExtension: nil, subdirectory: "Resources/rechten"),
                          Bundle.module.url(forResource: "demo", withExtension: nil, subdirectory: "rechten")]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func load(into app: Application) async throws -> String? {
        guard let folder else { return nil }
        let report = try await RightsImporter(app: app).run(source: folder.path, full: true)
        let count = try await RightsStore(database: app.db).count()
        return "rechten: \(count) in de catalogus (\(report.pagesRead) pagina's, \(report.added) nieuw, \(report.replaced) vervangen, \(report.unchanged) ongewijzigd)"
    }
}
