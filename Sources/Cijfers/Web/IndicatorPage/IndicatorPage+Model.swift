import CijfersDomain
import Charts
import Foundation
import SQLKit
import Platform
import Vapor

/// Everything the indicator page needs, fetched through `DataQuery` (so suppression holds) and the geometry cache.
struct IndicatorPageModel {
    struct Row {
        let area: Catalog.AreaEntry
        let value: PublishedValue
        /// A survey indicator's estimate and its interval as published (`DataTable.Cell`); nil otherwise.
        var estimate: SurveyEstimate? = nil
        var interval: ConfidenceInterval? = nil
    }

    let indicator: Indicator
    let updated: Date?
    let selection: IndicatorSelection
    let levelName: String
    let levels: [(code: String, name: String)]
    let parentOptions: [(value: String, label: String)]
    let parentName: String?
    let periods: [String]
    let period: String?
    let rows: [Row]
    let parentValue: PublishedValue?
    let flandersValue: PublishedValue?
    let trend: [LineChart.Series]
    let features: [MapFeature]
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage
    /// What other pillars have on the indicator's theme and the themes above it (the knowledge base's practices).
    var related: [RelatedLink] = []
    /// The grey context around the map's areas and the names written on it (`IndicatorPage+Map.swift`).
    var mapContext: MapContext = .none
    var mapLabels: [String] = []
    /// The site's address, for the embed codes of the charts (`IndicatorPage+Downloads`).
    var siteBase = ""
    /// "Kies een stad of gemeente": this indicator at the wijk level of a city, in one submit (nil: no wijk data).
    var cityPicker: CityPicker? = nil
    /// What of the asked selection could not be followed, said at the top (`SelectionNotices`).
    var notices: [String] = []
    /// Which statistic the centrumsteden figure is ("som van de 13 centrumsteden"), and whether the parent is that group.
    var groupStatistic: String? = nil
    var parentIsCentrumsteden = false
    /// The names of an own group of areas, when the figures are of such a group (a dashboard tile) rather than of a
    /// whole level or parent; the scope says so.
    var ownGroup: [String] = []
    /// A survey indicator: Vlaanderen's estimate in the shown period, the reference of the table's significance marks
    /// (IndicatorPage+Survey.swift), and the intervals per trend line and period.
    var flandersEstimate: SurveyEstimate? = nil
    var parentEstimate: SurveyEstimate? = nil
    /// Per trend line (by name) and period.
    var trendEstimates: [String: [String: SurveyEstimate]] = [:]
    /// The name of the indicator that holds the respondents.
    var sampleName: String? = nil
    /// The dashboard being composed, carried in the address (`dashboard=`): "Toevoegen aan dashboard" appends to it.
    var dashboard: DashboardSpec? = nil

    static func load(code: String, request: Request) async throws -> IndicatorPageModel {
        let query = (try? request.query.decode([String: String].self)) ?? [:]
        return try await load(code: code, query: query, request: request)
    }

    /// The page's figures for the selection in `query` (the page's own parameters). `areas`: an own group of the
    /// level instead of all its areas (a dashboard tile); `asTile`: without what only the page shows (the related
    /// practices, the notices about parameters of the page's own address); `map`: false for figures that draw no map
    /// (a table or key-figure tile), which then skip the shapes, the map's features and its context.
    static func load(code: String, query: [String: String], areas: [String]? = nil, asTile: Bool = false, map: Bool = true,
                     request: Request) async throws -> IndicatorPageModel {
        let catalog = await request.catalog()
        let language = request.language
        guard let indicator = catalog.indicators[code], indicator.visible else { throw QueryError.unknownIndicator(code) }
        var selection = IndicatorSelection(query: query, catalog: catalog)
        let database = request.db
        let dataQuery = DataQuery(database: database, catalog: catalog)

        let levelsWithData = catalog.levelsWithData(of: code)
        if !levelsWithData.contains(where: { $0.code == selection.level }), let first = levelsWithData.first(where: { $0.code == "gemeente2024" }) ?? levelsWithData.first {
            selection.level = first.code
        }
        var parentKey: Int?
        if let parent = selection.parent {
            parentKey = try? dataQuery.resolveParent(parent, below: selection.level)
            if parentKey == nil { selection.parent = nil }
        }
        let table = try await dataQuery.run(DataSelection(
            indicators: [code], level: selection.level, parent: selection.parent, areas: areas, periods: .all))
        let periods = table.periods
        let period = selection.period.flatMap { periods.contains($0) ? $0 : nil } ?? periods.last
        selection.period = period
        let rows = table.cells.filter { $0.period == period }.map {
            Row(area: $0.area, value: $0.value, estimate: $0.estimate, interval: $0.interval)
        }

        // Comparison values: the parent area and Vlaanderen, over all periods (for the trend too).
        func cellSeries(of area: Catalog.AreaEntry) async throws -> [String: DataTable.Cell] {
            let cells = try await dataQuery.run(DataSelection(
                indicators: [code], level: area.levelCode, areas: [area.code], periods: .all)).cells
            return Dictionary(cells.map { ($0.period, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let parentArea = parentKey.flatMap { catalog.areas[$0] }
        let flanders = catalog.area(level: "gewest", code: "2000")
        var parentCells: [String: DataTable.Cell]?
        if let parentArea { parentCells = try await cellSeries(of: parentArea) }
        var flandersCells: [String: DataTable.Cell]?
        if let flanders { flandersCells = try await cellSeries(of: flanders) }
        let parentSeries = parentCells?.mapValues(\.value)
        let flandersSeries = flandersCells?.mapValues(\.value)
        var trendEstimates: [String: [String: SurveyEstimate]] = [:]
        func intervals(_ name: String, _ cells: [String: DataTable.Cell]) {
            let known = cells.compactMapValues(\.estimate)
            if !known.isEmpty { trendEstimates[name] = known }
        }
        var trend: [LineChart.Series] = []
        func line(_ name: String, _ values: [String: PublishedValue]) -> LineChart.Series {
            LineChart.Series(name: name, points: periods.map { ($0, values[$0]?.value) })
        }
        if let parentArea, let parentSeries, let parentCells {
            trend.append(line(parentArea.name, parentSeries))
            intervals(parentArea.name, parentCells)
        }
        if let flandersSeries, let flandersCells {
            let name = CijfersText.strings(language)["common.flanders"]
            trend.append(line(name, flandersSeries))
            intervals(name, flandersCells)
        }
        if rows.count <= 6 {
            for row in rows {
                let cells = Dictionary(table.cells.filter { $0.area.key == row.area.key }.map { ($0.period, $0) },
                                       uniquingKeysWith: { a, _ in a })
                trend.append(line(row.area.name, cells.mapValues(\.value)))
                intervals(row.area.name, cells)
            }
        }

        let geometry = map ? try await request.application.geometryCache.geometries(level: selection.level, catalog: catalog, database: database) : [:]
        let format = ValueFormat(indicator: indicator, language: language)
        let features: [MapFeature] = !map ? [] : rows.compactMap { row in
            guard let shape = geometry[row.area.key] else { return nil }
            return MapFeature(
                id: row.area.code, name: row.area.name, geometry: shape, status: MapFeature.Status(row.value),
                label: format.label(row.value))
        }

        var themes: [String] = []
        var nextTheme = indicator.themeCode
        while let theme = nextTheme, !theme.isEmpty, !themes.contains(theme) {
            themes.append(theme)
            nextTheme = catalog.themes.first { $0.code == theme }?.parentCode
        }
        let related = themes.isEmpty || asTile ? [] : try await request.related(to: .cijfersThemes(themes))

        var model = IndicatorPageModel(
            indicator: indicator, updated: lastUpdate(of: code, catalog: catalog), selection: selection,
            levelName: catalog.level(selection.level)?.name ?? selection.level,
            levels: levelsWithData.map { ($0.code, $0.name) },
            parentOptions: ParentOptions.make(for: selection.level, catalog: catalog),
            parentName: parentArea?.name, periods: periods, period: period, rows: rows,
            parentValue: period.flatMap { parentSeries?[$0] }, flandersValue: period.flatMap { flandersSeries?[$0] },
            trend: trend, features: features, language: language, related: related)
        model.notices = notices(query: query, request: request, catalog: catalog, shown: selection,
                                levelName: model.levelName, language: language, parameters: !asTile)
        model.groupStatistic = IndicatorMetadata.groupStatisticText(indicator, language, catalog: catalog)
        model.parentIsCentrumsteden = parentArea?.levelCode == Centrumsteden.level
        if indicator.surveyProportion, let period {
            model.flandersEstimate = flandersCells?[period]?.estimate
            model.parentEstimate = parentCells?[period]?.estimate
            model.trendEstimates = trendEstimates
            model.sampleName = indicator.sampleCode.flatMap { catalog.indicators[$0]?.name }
        }
        if !features.isEmpty {
            model.mapContext = try await IndicatorMap.context(
                level: selection.level, parent: parentArea, shown: rows.map(\.area.key), catalog: catalog, request: request)
            model.mapLabels = IndicatorMap.labelled(features)
        }
        return model
    }
}

extension MapFeature.Status {
    init(_ value: PublishedValue) {
        switch value.status {
        case .ok: self = value.value.map { .value($0) } ?? .noData
        case .suppressed, .sourceSuppressed: self = .suppressed
        case .notApplicable: self = .notApplicable
        case .empty, .noAnswer, .noData: self = .noData
        }
    }
}

/// The areas a level can be narrowed to: the centrumsteden, and the areas of the geographic levels above it
/// down to gemeenten (lists of wijken or sectors would be too long to choose from).
enum ParentOptions {
    static func make(for level: String, catalog: Catalog) -> [(value: String, label: String)] {
        let above = catalog.hierarchy.levelGraph.ancestors(of: level)
        var options: [(String, String)] = []
        for candidate in catalog.levels where above.contains(candidate.code) {
            guard ["centrumsteden", "gewest", "provincie2024", "gemeente2024"].contains(candidate.code) else { continue }
            for area in catalog.areas(inLevel: candidate.code).sorted(by: { $0.name < $1.name }) {
                options.append(("\(candidate.code):\(area.code)", "\(candidate.name): \(area.name)"))
            }
        }
        return options
    }
}
