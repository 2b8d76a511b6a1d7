import CijfersDomain
import Foundation
import SearchText
import Vapor

/// What other pillars may read of Cijfers: an indicator's yearly values for one area, the indicators and the theme
/// tree, as the visitor of the request may see them (restricted data stays hidden, suppressed values stay empty).
/// Plannen links plan items to these; it never reads the Cijfers tables itself.
public enum CijfersFigures {
    /// One indicator for one area, by year (periods that are not a plain year are left out).
    public struct Series: Sendable, Hashable {
        public let indicator: String
        public let name: String
        public let unit: String
        public let areaName: String
        public let values: [Int: Double]
    }

    /// The values of `indicator` for the area `area` of `level`; nil when the indicator, level or area does not
    /// exist or the visitor may not see it.
    public static func series(indicator: String, level: String, area: String, request: Request) async -> Series? {
        let catalog = await request.catalog()
        guard let entry = catalog.indicators[indicator], let areaEntry = catalog.area(level: level, code: area) else { return nil }
        let selection = DataSelection(indicators: [indicator], level: level, areas: [area], periods: .all)
        guard let table = try? await DataQuery(database: request.db, catalog: catalog).run(selection) else { return nil }
        var values: [Int: Double] = [:]
        for cell in table.cells {
            if let year = Int(cell.period), let value = cell.value.value { values[year] = value }
        }
        return Series(indicator: indicator, name: entry.name.isEmpty ? indicator : entry.name, unit: entry.unit,
                      areaName: areaEntry.name, values: values)
    }

    /// The indicators the visitor may see, by name.
    public static func indicators(request: Request) async -> [(code: String, name: String)] {
        await request.catalog().indicators.values.filter(\.visible)
            .map { ($0.code, $0.name.isEmpty ? $0.code : $0.name) }
            .sorted { $0.name.localizedCompare($1.name) == .orderedAscending }
    }

    /// The shared theme tree: code, name and parent code, in the tree's order.
    public static func themes(request: Request) async -> [(code: String, name: String, parent: String?)] {
        await request.catalog().themes.map { ($0.code, $0.name, $0.parentCode) }
    }

    /// The explorer page of an area (its name and path), when Cijfers holds the area; nil otherwise, so a link to it
    /// is only offered when it leads somewhere. Used by the Rechtenverkenner for a municipality (level gemeente2024).
    public static func areaPage(level: String, code: String, request: Request) async -> (name: String, path: String)? {
        guard let area = await request.catalog().area(level: level, code: code) else { return nil }
        return (area.name, CijfersPath.area(level: level, code: code).path)
    }

    /// An area named in a visitor's search words ("gent" in "elektriciteit gent"), with the words its name used.
    public struct NamedArea: Sendable, Hashable {
        public let level: String
        public let levelName: String
        public let code: String
        public let name: String
        /// The folded search words that make up the name.
        public let words: Set<String>
    }

    /// The areas whose whole name appears among `words` (folded search words, in any order), at the levels people
    /// search by name (gewest, provincie, gemeente, wijk); the longest names first, then the higher levels, so "sint
    /// niklaas" is Sint-Niklaas, and "gent" is the gemeente before a wijk of the same name. At most `limit`.
    public static func areasNamed(in words: [String], request: Request, limit: Int = 3) async -> [NamedArea] {
        let catalog = await request.catalog()
        let asked = Set(words)
        var found: [(area: NamedArea, order: Int)] = []
        for (order, levelCode) in CijfersSearch.searchableLevels.enumerated() where levelCode != "centrumsteden" {
            guard let level = catalog.level(levelCode) else { continue }
            for area in catalog.areas(inLevel: levelCode) {
                let nameWords = Set(SearchText.query(area.name, maximumWords: 8).words.map(\.folded))
                guard !nameWords.isEmpty, nameWords.isSubset(of: asked) else { continue }
                found.append((NamedArea(level: levelCode, levelName: level.name, code: area.code, name: area.name, words: nameWords), order))
            }
        }
        return found.sorted { ($0.area.words.count, -$0.order) > ($1.area.words.count, -$1.order) }.prefix(limit).map(\.area)
    }

    /// Where to see `indicator` for `area`: the indicator page over the areas one level below it (the wijken of a
    /// gemeente) when there are such areas, else over its own level around it. Nil when either cannot be seen.
    public static func indicatorPath(indicator: String, area: NamedArea, request: Request) async -> String? {
        let catalog = await request.catalog()
        guard catalog.indicators[indicator] != nil, let key = catalog.areaKey(level: area.level, code: area.code) else { return nil }
        let graph = catalog.hierarchy.levelGraph
        let below = catalog.levels   // in their order, highest first
            .filter { graph.parents(of: $0.code).contains(area.level) }
            .first { !catalog.areas(inLevel: $0.code, within: key).isEmpty }
        if let below {
            return CijfersPath.indicator(code: indicator).url([("level", below.code), ("parent", "\(area.level):\(area.code)")])
        }
        return CijfersPath.indicator(code: indicator).url([("level", area.level)])
    }

    /// The code of the indicator that holds the number of inhabitants (Swing's usual code).
    public static let populationIndicator = "bevolking"

    /// The newest number of inhabitants of a gemeente (level gemeente2024), when Cijfers holds it.
    public static func population(gemeente: String, request: Request) async -> (year: Int, value: Double)? {
        guard let series = await series(indicator: populationIndicator, level: "gemeente2024", area: gemeente, request: request),
              let latest = series.values.max(by: { $0.key < $1.key }) else { return nil }
        return (latest.key, latest.value)
    }
}
