import Charts
import FluentKit
import SQLKit
import Platform
import Vapor

/// Parsed area geometry per level, kept in memory: parsing the GeoJSON of 3,000 wijken on every map request
/// would cost more than drawing the map. Emptied when an import may have changed geometry.
actor GeometryCache {
    private var levels: [String: [Int: GeoGeometry]] = [:]
    /// The catalog's data version the cached shapes belong to: an import (here or elsewhere) may bring new ones.
    private var dataVersion: Int64?

    func geometries(level: String, catalog: Catalog, database: any Database) async throws -> [Int: GeoGeometry] {
        if dataVersion != catalog.dataVersion {
            levels = [:]
            dataVersion = catalog.dataVersion
        }
        if let cached = levels[level] { return cached }
        guard let key = catalog.levelKeys[level] else { return [:] }
        let raw = try await AreaGeometryQuery(database: database).geometries(level: key)
        var parsed: [Int: GeoGeometry] = [:]
        for (area, json) in raw { parsed[area] = GeoGeometry.parse(geoJSON: json) }
        levels[level] = parsed
        return parsed
    }
}

extension Application {
    struct GeometryCacheKey: StorageKey {
        typealias Value = GeometryCache
    }

    /// Set by `configure(_:)`.
    var geometryCache: GeometryCache {
        guard let cache = storage[GeometryCacheKey.self] else { fatalError("configure(_:) sets the geometry cache") }
        return cache
    }
}
