import CijfersImport
import Foundation
import Platform
import Vapor

/// The demo files, in the repository (never read from ../shared at run time).
public enum DemoData {
    static let files = [
        "gewest.xlsx", "provincie2024.xlsx", "gemeente2024.xlsx", "centrumsteden.csv", "ggw72024.xlsx",
        "statsec2024.xlsx", "statsec2019.xlsx",
        "provincie2024_gewest.xlsx", "gemeente2024_provincie2024.xlsx", "gemeente2024_centrumsteden.csv",
        "ggw72024_gemeente2024.xlsx", "statsec2024_ggw72024.xlsx", "statsec2019_statsec2024.xlsx",
        "gemeente2024.geojson", "ggw72024.geojson",
        "themas.csv", "Indicators.xlsx", "stadsbeeld_indicatoren.csv",
        "upload_elektriciteit_verbruik.xlsx",
        "lekp1_vte.csv",
        // The one survey indicator: a fictitious example (ATTRIBUTION.md, scripts/demo-survey.py).
        "enquete_voorbeeld_thema.csv", "enquete_voorbeeld_indicatoren.csv", "enquete_voorbeeld.csv",
    ]

    public static var directory: URL {
        Bundle.module.url(forResource: "demo", withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/demo")
    }

    public static func paths() -> [String] {
        files.map { directory.appendingPathComponent($0).path }
    }

    public static func load(into app: Application, progress: ImportProgress? = nil) async throws -> ImportSummary {
        try await ImportService(database: app.db, catalogStore: app.catalogStore)
            .run(paths().map { ImportFile(path: $0) }, options: ImportOptions(), progress: progress)
    }
}
