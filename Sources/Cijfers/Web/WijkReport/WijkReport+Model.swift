import CijfersDomain
import Charts
import SQLKit
import Platform
import Vapor

/// All wijken of one city for chosen indicators: per indicator a small map, the ranking, and each wijk's
/// deviation from the city's own value.
struct WijkReportModel {
    struct Block {
        let indicator: Indicator
        let period: String?
        let cityValue: PublishedValue?
        let rows: [(area: Catalog.AreaEntry, value: PublishedValue, rank: Int?)]
        let features: [MapFeature]
        /// A survey indicator's estimates: per wijk (by area key) and of the city (WijkReport+Survey.swift).
        var estimates: [Int: SurveyEstimate] = [:]
        var cityEstimate: SurveyEstimate? = nil
    }

    let city: Catalog.AreaEntry
    let cities: [(code: String, name: String)]
    let blocks: [Block]
    let indicatorChoices: [(code: String, name: String, chosen: Bool)]
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage

    static let defaultIndicators = ["vp2506_elek_res_n", "sb_aandeel_elek_res"]

    static func load(request: Request) async throws -> WijkReportModel {
        let catalog = await request.catalog()
        let language = request.language
        let database = request.db
        let query = DataQuery(database: database, catalog: catalog)
        let members = Centrumsteden.members(in: catalog)
        let asked = request.query[String.self, at: "stad"] ?? "44021"
        guard let city = catalog.area(level: "gemeente2024", code: asked) ?? members.first else {
            throw QueryError.unknownArea(asked)
        }
        var indicators = ListParameter.values(request, repeated: "i", listed: "indicators")
            .filter { catalog.indicators[$0]?.visible == true }
        if indicators.isEmpty { indicators = defaultIndicators.filter { catalog.indicators[$0] != nil } }
        let geometry = try await request.application.geometryCache.geometries(level: "ggw72024", catalog: catalog, database: database)

        var blocks: [Block] = []
        for code in indicators.prefix(6) {
            guard let indicator = catalog.indicators[code] else { continue }
            let table = try await query.run(DataSelection(indicators: [code], level: "ggw72024", parent: "gemeente2024:\(city.code)", periods: .latest))
            let period = table.periods.last
            let cityCell = try await period.asyncMap { period in
                try await query.run(DataSelection(indicators: [code], level: "gemeente2024", areas: [city.code], periods: .list([period]))).cells.first
            } ?? nil
            let ranked = table.cells.compactMap { cell in cell.value.value.map { (cell.area.key, $0) } }
                .sorted { $0.1 > $1.1 }
            let rankOf = Dictionary(ranked.enumerated().map { ($0.element.0, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
            let format = ValueFormat(indicator: indicator, language: language)
            let rows = table.cells.map { (area: $0.area, value: $0.value, rank: rankOf[$0.area.key]) }
            let features = table.cells.compactMap { cell -> MapFeature? in
                guard let shape = geometry[cell.area.key] else { return nil }
                return MapFeature(id: cell.area.code, name: cell.area.name, geometry: shape, status: .init(cell.value),
                                  label: format.label(cell.value))
            }
            var block = Block(indicator: indicator, period: period, cityValue: cityCell?.value, rows: rows, features: features)
            if indicator.surveyProportion {
                block.estimates = Dictionary(table.cells.compactMap { cell in cell.estimate.map { (cell.area.key, $0) } },
                                             uniquingKeysWith: { a, _ in a })
                block.cityEstimate = cityCell?.estimate
            }
            blocks.append(block)
        }
        return WijkReportModel(
            city: city, cities: members.map { ($0.code, $0.name) }, blocks: blocks,
            indicatorChoices: catalog.indicators.values.filter(\.visible).sorted { $0.name < $1.name }
                .map { (code: $0.code, name: $0.name, chosen: indicators.contains($0.code)) },
            language: language)
    }
}

extension Optional {
    /// `map` for an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
