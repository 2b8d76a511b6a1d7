import CijfersDomain
import Charts
import Platform
import Plot
import Vapor

/// What the indicator page's map draws besides its areas: the grey context around them and the names it writes.
enum IndicatorMap {
    /// Where the gemeenten are: the level whose shapes give a finer map its context.
    static let gemeenteLevel = "gemeente2024"
    /// Up to this many areas, every name is written (as far as they fit); above it only the extremes.
    static let allNamesUpTo = 15
    /// How many of the highest and of the lowest areas are named on a larger map.
    static let extremes = 3

    /// The larger area around the shown ones:
    /// - a parent with a shape of its own (a city around its wijken): its outline, and the map fitted to it;
    /// - gemeenten within a group or province (the 13 centrumsteden): the other gemeenten beneath them in grey;
    /// - finer areas without such a parent: the outlines of the gemeenten they lie in.
    ///
    /// The context also carries the level's drawn paths (`GeometryCache.drawnPaths`), so a second request for the same
    /// map draws no outline again.
    static func context(
        level: String, parent: Catalog.AreaEntry?, shown: [Int], catalog: Catalog, request: Request
    ) async throws -> MapContext {
        let cache = request.application.geometryCache
        var context = try await shapes(level: level, parent: parent, shown: shown, catalog: catalog, request: request)
        context.drawnPaths = await cache.drawnPaths(level: level, catalog: catalog)
        return context
    }

    private static func shapes(
        level: String, parent: Catalog.AreaEntry?, shown: [Int], catalog: Catalog, request: Request
    ) async throws -> MapContext {
        let cache = request.application.geometryCache
        if let parent {
            let shapes = try await cache.geometries(level: parent.levelCode, catalog: catalog, database: request.db)
            if let shape = shapes[parent.key] {
                var context = MapContext(outlines: [shape])
                context.shapesKey = "\(parent.levelCode):\(parent.key)"
                return context
            }
        }
        let gemeenten = try await cache.geometries(level: gemeenteLevel, catalog: catalog, database: request.db)
        guard !gemeenten.isEmpty, !shown.isEmpty else { return .none }
        let shownSet = Set(shown)
        if level == gemeenteLevel {
            // Every gemeente shown: nothing around it to draw.
            guard parent != nil else { return .none }
            let others = gemeenten.keys.filter { !shownSet.contains($0) }.sorted()
            var context = MapContext(surroundings: others.compactMap { gemeenten[$0] })
            context.shapesKey = key(others)
            return context
        }
        let around = Set(shown.compactMap { catalog.hierarchy.ancestor(of: $0, atLevel: gemeenteLevel) }).sorted()
        var context = MapContext(outlines: around.compactMap { gemeenten[$0] })
        context.shapesKey = key(around)
        return context
    }

    /// The gemeenten a context draws, as the key of their drawn paths.
    private static func key(_ gemeenten: [Int]) -> String {
        "\(gemeenteLevel):" + gemeenten.map(String.init).joined(separator: ",")
    }

    /// The areas to name, the most important first: the ones the visitor chose (`chosen`), then every area of a
    /// small map, or else the highest and the lowest three, alternately (highest, lowest, second highest, …).
    static func labelled(_ features: [MapFeature], chosen: [String] = []) -> [String] {
        let drawn = Set(features.map(\.id))
        var result = chosen.filter(drawn.contains)
        if features.count <= allNamesUpTo {
            result += features.map(\.id)
        } else {
            let ranked = features.compactMap { feature -> (id: String, name: String, value: Double)? in
                guard case .value(let value) = feature.status, value.isFinite else { return nil }
                return (feature.id, feature.name, value)
            }.sorted { ($0.value, $1.name) > ($1.value, $0.name) }
            let top = ranked.prefix(extremes).map(\.id)
            let bottom = ranked.suffix(min(extremes, max(ranked.count - extremes, 0))).reversed().map(\.id)
            for index in 0..<max(top.count, bottom.count) {
                if index < top.count { result.append(top[index]) }
                if index < bottom.count { result.append(bottom[index]) }
            }
        }
        var seen: Set<String> = []
        return result.filter { seen.insert($0).inserted }
    }
}

extension IndicatorMap {
    /// Zoom buttons for the map, `hidden` in the HTML: site.js shows them and wires them to the map's viewBox, so
    /// without JavaScript nothing is shown that does not work (the level and area choice is the zoom then).
    static func zoomControls(_ t: Strings) -> Node<HTML.BodyContext> {
        func button(_ action: String, _ symbol: String, _ label: String) -> Node<HTML.BodyContext> {
            .button(.type(.button), .attr("data-zoom", action), .attr("aria-label", label), .attr("title", label), .text(symbol))
        }
        return .div(
            .attr("class", "map-zoom"), .attr("role", "group"), .attr("aria-label", t["map.zoomGroup"]),
            .attr("hidden", "hidden"),
            button("in", "+", t["map.zoomIn"]),
            button("out", "−", t["map.zoomOut"]),
            button("reset", t["map.zoomResetShort"], t["map.zoomReset"]),
            .span(.attr("class", "map-hint"), .text(t["map.zoomHint"]))
        )
    }
}
