import Charts
import CijfersDomain
import Foundation
import SQLKit
import Platform
import Vapor

/// The steekkaart of one area: per theme, each indicator's latest value with its trend, compared with a
/// reference group (the centrumsteden for a gemeente, the city for a wijk) and with Vlaanderen.
struct AreaPageModel {
    struct KeyFigure {
        let indicator: Indicator
        let period: String?
        let value: PublishedValue
        let previous: (period: String, value: PublishedValue)?
        let series: [(period: String, value: Double?)]
        /// The figure of the 13 centrumsteden together, by the indicator's own aggregation rule (`GroupStatistic`),
        /// and which statistic it is: the same figure the benchmark and the indicator page show.
        let group: PublishedValue?
        let groupStatistic: String?
        let reference: PublishedValue?
        let flanders: PublishedValue?
        /// A survey indicator's estimates in the period shown, of the area, its previous period and the comparisons
        /// (AreaPage+Survey.swift); empty otherwise.
        var estimates = SurveyEstimates()
    }

    let area: Catalog.AreaEntry
    let levelName: String
    let parents: [(level: String, code: String, name: String)]
    let groupName: String?
    let referenceName: String?
    let themes: [(name: String, figures: [KeyFigure])]
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage
    /// The area among its neighbours, for the small map beside the lead (empty: no map).
    var locator: [LocatorMap.Shape] = []
    /// Parameters the steekkaart does not know, said at the top (`SelectionNotices`).
    var notices: [String] = []
    /// Straight paths: from a city to its wijken, from a wijk back to its city (AreaPage+Paths).
    var pathLinks: [AreaPathLinks.Link] = []
    /// The site's address, for the embed code of the small map.
    var siteBase = ""

    static func load(level: String, code: String, request: Request) async throws -> AreaPageModel {
        let catalog = await request.catalog()
        let language = request.language
        let t = CijfersText.strings(language)
        guard let levelInfo = catalog.level(level) else { throw QueryError.unknownLevel(level) }
        guard let area = catalog.area(level: level, code: code) else { throw QueryError.unknownArea(code) }
        let query = DataQuery(database: request.db, catalog: catalog)
        let codes = catalog.indicators.values.filter(\.visible).map(\.code).sorted()
        // What is restricted at a level is left out there, as if it had no data; the rest of the page stays.
        func cells(level: String, areas: [String]? = nil, parent: String? = nil) async throws -> [DataTable.Cell] {
            let readable = catalog.indicatorsReadable(atLevel: level)
            let asked = codes.filter { readable[$0] != nil }
            guard !asked.isEmpty else { return [] }
            return try await query.run(DataSelection(indicators: asked, level: level, parent: parent, areas: areas)).cells
        }

        func byIndicator(_ cells: [DataTable.Cell]) -> [String: [String: PublishedValue]] {
            var result: [String: [String: PublishedValue]] = [:]
            for cell in cells { result[cell.indicator, default: [:]][cell.period] = cell.value }
            return result
        }
        let ownCells = try await cells(level: level, areas: [code])
        let own = byIndicator(ownCells)
        let flandersCells = catalog.area(level: "gewest", code: "2000") != nil
            ? try await cells(level: "gewest", areas: ["2000"]) : []
        let flanders = byIndicator(flandersCells)
        var groupCells: [DataTable.Cell] = []
        var referenceCells: [DataTable.Cell] = []
        // The group to compare with: the 13 centrumsteden for a gemeente; the city itself for a wijk or sector.
        var group: [String: [String: PublishedValue]] = [:]
        var groupName: String?
        var reference: [String: [String: PublishedValue]] = [:]
        var referenceName: String?
        if level == "gemeente2024" {
            groupName = t["area.groupCentrumsteden"]
            if catalog.area(level: Centrumsteden.level, code: Centrumsteden.area) != nil {
                groupCells = try await cells(level: Centrumsteden.level, areas: [Centrumsteden.area])
                group = byIndicator(groupCells)
            }
        } else if let city = catalog.hierarchy.ancestor(of: area.key, atLevel: "gemeente2024").flatMap({ catalog.areas[$0] }) {
            referenceName = city.name
            referenceCells = try await cells(level: "gemeente2024", areas: [city.code])
            reference = byIndicator(referenceCells)
        }

        let surveys = Surveys(own: ownCells, group: groupCells, reference: referenceCells, flanders: flandersCells)
        var figures: [String: [KeyFigure]] = [:]
        for code in codes {
            guard let indicator = catalog.indicators[code], let values = own[code] else { continue }
            let periods = values.keys.sorted()
            guard let latest = periods.last(where: { values[$0]?.status != .noData }) else { continue }
            let previousPeriod = periods.last { $0 < latest && values[$0]?.value != nil }
            var figure = KeyFigure(
                indicator: indicator, period: latest, value: values[latest] ?? .noData,
                previous: previousPeriod.map { ($0, values[$0] ?? .noData) },
                series: periods.map { ($0, values[$0]?.value) },
                group: group[code]?[latest], groupStatistic: IndicatorMetadata.groupStatisticText(indicator, language, catalog: catalog),
                reference: reference[code]?[latest], flanders: flanders[code]?[latest])
            if indicator.surveyProportion { figure.estimates = surveys.estimates(code, period: latest, previous: previousPeriod) }
            figures[indicator.themeCode ?? "", default: []].append(figure)
        }
        let themeNames = Dictionary(uniqueKeysWithValues: catalog.themes.map { ($0.code, ($0.name, $0.sequence)) })
        let themes = figures.map { theme, list in
            (name: themeNames[theme]?.0 ?? t["common.otherIndicators"], order: themeNames[theme]?.1 ?? 999,
             figures: list.sorted { $0.indicator.name < $1.indicator.name })
        }.sorted { ($0.order, $0.name) < ($1.order, $1.name) }.map { (name: $0.name, figures: $0.figures) }

        let parents = catalog.hierarchy.parents(of: area.key).compactMap { catalog.areas[$0] }
            .map { (level: $0.levelCode, code: $0.code, name: $0.name) }
        var model = AreaPageModel(area: area, levelName: levelInfo.name, parents: parents, groupName: groupName,
                                  referenceName: referenceName, themes: themes, language: language)
        model.locator = try await locatorShapes(area, catalog: catalog, request: request)
        model.notices = PageParameters.unknown(request, accepted: PageParameters.area, t)
        return model
    }

    /// The area among its neighbours for the small map: a gemeente among all gemeenten, a wijk or sector among those
    /// of its city. Empty when the level has no shapes.
    private static func locatorShapes(_ area: Catalog.AreaEntry, catalog: Catalog, request: Request) async throws -> [LocatorMap.Shape] {
        let geometry = try await request.application.geometryCache.geometries(level: area.levelCode, catalog: catalog, database: request.db)
        guard geometry[area.key] != nil else { return [] }
        let city = area.levelCode == "gemeente2024" ? nil : catalog.hierarchy.ancestor(of: area.key, atLevel: "gemeente2024")
        let neighbours = city.map { catalog.hierarchy.descendants(of: $0, atLevel: area.levelCode) } ?? Array(geometry.keys)
        return Set(neighbours + [area.key]).sorted().compactMap { key in
            geometry[key].map { LocatorMap.Shape(geometry: $0, highlighted: key == area.key) }
        }
    }
}

enum Median {
    static func of(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
