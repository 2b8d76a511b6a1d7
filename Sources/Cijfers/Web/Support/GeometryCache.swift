import Charts
import FluentKit
import SQLKit
import Platform
import Vapor

/// Parsed area geometry per level, kept in memory: parsing the GeoJSON of 3,000 wijken on every map request
/// would cost more than drawing the map. Beside it, per level, the outlines as drawn (`MapPathMemo`): a second map of
/// the same areas in the same frame and size draws no geometry, only fills and tooltips. Emptied when an import may
/// have changed geometry.
actor GeometryCache {
    private var levels: [String: [Int: GeoGeometry]] = [:]
    private var drawn: [String: MapPathMemo] = [:]
    /// The catalog's data version the cached shapes belong to: an import (here or elsewhere) may bring new ones.
    private var dataVersion: Int64?

    private func forget(unless catalog: Catalog) {
        guard dataVersion != catalog.dataVersion else { return }
        levels = [:]
        drawn = [:]
        dataVersion = catalog.dataVersion
    }

    /// The drawn paths of the areas of `level` (keyed by area code) and of the context shapes drawn with them.
    func drawnPaths(level: String, catalog: Catalog) -> MapPathMemo {
        forget(unless: catalog)
        if let memo = drawn[level] { return memo }
        let memo = MapPathMemo()
        drawn[level] = memo
        return memo
    }

    func geometries(level: String, catalog: Catalog, database: any Database) async throws -> [Int: GeoGeometry] {
        forget(unless: catalog)
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
