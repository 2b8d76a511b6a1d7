import CijfersDomain
import SQLKit
import Platform
import Vapor

/// Chosen indicators over time for one or several areas of one level, side by side, with Vlaanderen as reference.
struct EvolutionPageModel {
    struct Block {
        let indicator: Indicator
        let periods: [String]
        let series: [(area: Catalog.AreaEntry?, name: String, values: [String: PublishedValue])]
        /// A survey indicator's estimates per line (by name) and period (EvolutionPage+Survey.swift).
        var estimates: [String: [String: SurveyEstimate]] = [:]
    }

    let level: String
    let levelName: String
    let areas: [Catalog.AreaEntry]
    let blocks: [Block]
    let indicatorChoices: [(code: String, name: String, chosen: Bool)]
    var areaChoices: [(code: String, name: String, chosen: Bool)]
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage
    /// Absolute values or an index (the first year with a value = 100), from `view=index` (EvolutionPage+Paths).
    var view: EvolutionView = .absolute
    /// The own group's name (`group=`), if the visitor gave one.
    var groupName: String? = nil
    /// What was asked but cannot be shown (an area not in the level, more areas than fit): said on the page.
    var notices: [String] = []
    /// The site's address, for the embed codes of the charts.
    var siteBase = ""

    static let defaultIndicators = ["vp2506_elek_res_n"]
    static let defaultAreas = ["44021", "24062", "11002"]

    static func load(request: Request) async throws -> EvolutionPageModel {
        let catalog = await request.catalog()
        let language = request.language
        let query = DataQuery(database: request.db, catalog: catalog)
        let level = request.query[String.self, at: "level"].flatMap { catalog.level($0)?.code } ?? "gemeente2024"
        var indicators = ListParameter.values(request, repeated: "i", listed: "indicators")
            .filter { catalog.indicators[$0]?.visible == true }
        if indicators.isEmpty { indicators = defaultIndicators.filter { catalog.indicators[$0] != nil } }
        let askedAreas = ListParameter.values(request, repeated: "g", listed: "areas")
        var codes = askedAreas.filter { catalog.areaKey(level: level, code: $0) != nil }
        if codes.isEmpty { codes = defaultAreas.filter { catalog.areaKey(level: level, code: $0) != nil } }
        let areas = codes.uniqued().prefix(maximumAreas).compactMap { catalog.area(level: level, code: $0) }

        var blocks: [Block] = []
        for code in indicators.prefix(6) {
            guard let indicator = catalog.indicators[code] else { continue }
            var series: [(Catalog.AreaEntry?, String, [String: PublishedValue])] = []
            var periods = Set<String>()
            var estimates: [String: [String: SurveyEstimate]] = [:]
            if !areas.isEmpty {
                let table = try await query.run(DataSelection(indicators: [code], level: level, areas: areas.map(\.code)))
                periods.formUnion(table.periods)
                for area in areas {
                    let values = Dictionary(table.cells.filter { $0.area.key == area.key }.map { ($0.period, $0.value) },
                                            uniquingKeysWith: { a, _ in a })
                    series.append((area, area.name, values))
                    estimates[area.name] = Self.estimates(table.cells.filter { $0.area.key == area.key })
                }
            }
            if catalog.area(level: "gewest", code: "2000") != nil {
                let flanders = try await query.run(DataSelection(indicators: [code], level: "gewest", areas: ["2000"]))
                let name = CijfersText.strings(language)["common.flanders"]
                series.append((nil, name, Dictionary(flanders.cells.map { ($0.period, $0.value) }, uniquingKeysWith: { a, _ in a })))
                estimates[name] = Self.estimates(flanders.cells)
            }
            blocks.append(Block(indicator: indicator, periods: periods.sorted(), series: series,
                                estimates: indicator.surveyProportion ? estimates.filter { !$0.value.isEmpty } : [:]))
        }
        let chosenAreas = Set(areas.map(\.code))
        let areaChoices = (level == "gemeente2024" ? Centrumsteden.members(in: catalog) + catalog.areas(inLevel: level).filter { !Centrumsteden.members(in: catalog).map(\.code).contains($0.code) } : catalog.areas(inLevel: level))
            .prefix(400).map { (code: $0.code, name: $0.name, chosen: chosenAreas.contains($0.code)) }
        var model = EvolutionPageModel(
            level: level, levelName: catalog.level(level)?.name ?? level, areas: areas, blocks: blocks,
            indicatorChoices: catalog.indicators.values.filter(\.visible).sorted { $0.name < $1.name }
                .map { (code: $0.code, name: $0.name, chosen: indicators.contains($0.code)) },
            areaChoices: Array(areaChoices), language: language)
        model.readPaths(request: request, catalog: catalog, askedAreas: askedAreas, shown: codes.uniqued())
        model.notices = model.honestNotices(request: request, catalog: catalog) + model.notices
        return model
    }
}
