import Platform
import CijfersDomain
import CijfersImport
import Foundation
import SQLKit
import Tabular

extension ImportJob {
    /// Stores the geometry of a GeoJSON FeatureCollection on the areas of the level named by the file
    /// (ggw72024.geojson → ggw72024). The area code is read from the property named like the level without
    /// its year ('gemeente'), or 'geoitem', or 'code'.
    func importGeometry(_ file: ImportFile, sql: any SQLDatabase) async throws {
        let level = file.level ?? file.stem
        let location = TabularLocation(file: file.name)
        guard catalog.levelExists(level) else {
            problems.add(.wrongLevel, at: location, "gebiedsniveau '\(level)' bestaat niet; laad eerst de gebiedsdefinities")
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let features = root["features"] as? [[String: Any]]
        else {
            problems.add(.unreadableFile, at: location, "geen geldige GeoJSON FeatureCollection")
            return
        }
        let levelWord = String(level.prefix { !$0.isNumber })
        var updates: [(Int, String)] = []
        for (index, feature) in features.enumerated() {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let raw = properties[levelWord] ?? properties["geoitem"] ?? properties["code"]
            let code: String
            switch raw {
            case let number as NSNumber: code = AreaCode.normalize(number.doubleValue)
            case let text as String: code = AreaCode.normalize(text)
            default:
                problems.add(.missingColumn, at: TabularLocation(file: file.name, row: index + 1),
                             "feature \(index + 1) heeft geen eigenschap '\(levelWord)', 'geoitem' of 'code'")
                continue
            }
            guard let key = catalog.areaKey(level: level, code: code) else {
                let featureLocation = TabularLocation(file: file.name, row: index + 1)
                if options.skipUnknown {
                    problems.notice(at: featureLocation, "onbekend gebied '\(code)': geometrie overgeslagen")
                } else {
                    problems.add(.unknownArea, at: featureLocation, "gebied '\(code)' bestaat niet op niveau \(level)")
                }
                continue
            }
            guard let geometry = feature["geometry"],
                  let json = try? JSONSerialization.data(withJSONObject: geometry),
                  let text = String(data: json, encoding: .utf8)
            else { continue }
            updates.append((key, text))
        }
        guard problems.isEmpty else { return }
        for (key, geometry) in updates {
            try await sql.update("areas").set("geometry", to: geometry).where("id", .equal, key).run()
        }
        summary.rows += updates.count
        progress?(file.name, updates.count)
    }
}
