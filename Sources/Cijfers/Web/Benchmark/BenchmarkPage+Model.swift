import CijfersDomain
import SQLKit
import Platform
import Vapor

/// The 13 centrumsteden side by side for chosen indicators (latest period of each), with the centrumsteden together
/// (by the indicator's own aggregation rule, saying which statistic), Vlaanderen, and the VGC (Brussels) where it has data.
struct BenchmarkPageModel {
    struct Column {
        let indicator: Indicator
        let period: String?
        let values: [String: PublishedValue]   // by area code
        /// The 13 together, as on the steekkaart and the indicator page, and which statistic it is.
        let group: PublishedValue?
        let groupStatistic: String?
        let flanders: PublishedValue?
        let brussels: PublishedValue?
        /// A survey indicator's estimates (`DataTable.Cell.estimate`): per area code, and of the rows below the table.
        var estimates: [String: SurveyEstimate] = [:]
        var groupEstimate: SurveyEstimate? = nil
        var flandersEstimate: SurveyEstimate? = nil
        var brusselsEstimate: SurveyEstimate? = nil
    }

    let cities: [Catalog.AreaEntry]
    let columns: [Column]
    let choices: [(code: String, name: String, chosen: Bool)]
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage
    /// What of the asked selection could not be followed, said at the top (`SelectionNotices`).
    var notices: [String] = []
    /// The site's address, for the embed codes of the charts.
    var siteBase = ""

    static let defaults = ["vp2506_elek_res_n", "vp2506_gas_res_n", "sb_aandeel_elek_res", "sb_injectie_per_aansluiting"]

    static func load(request: Request) async throws -> BenchmarkPageModel {
        let catalog = await request.catalog()
        let query = DataQuery(database: request.db, catalog: catalog)
        // The form sends one `i` per ticked box; a shared link may carry `indicators=a,b` instead.
        let ticked = (try? request.query.get([String].self, at: "i")) ?? []
        let listed = (request.query[String.self, at: "indicators"] ?? "").split(separator: ",").map(String.init)
        let asked = (ticked.isEmpty ? listed : ticked).filter { catalog.indicators[$0]?.visible == true }
        var chosen = asked.isEmpty ? defaults.filter { catalog.indicators[$0] != nil } : asked
        if chosen.isEmpty { chosen = Array(catalog.indicators.values.filter(\.visible).map(\.code).sorted().prefix(4)) }
        let cities = Centrumsteden.members(in: catalog)
        var columns: [Column] = []
        for code in chosen.prefix(12) {
            guard let indicator = catalog.indicators[code] else { continue }
            let table = try await query.run(DataSelection(indicators: [code], level: "gemeente2024", parent: "centrumsteden", periods: .latest))
            let period = table.periods.last
            let values = Dictionary(table.cells.map { ($0.area.code, $0.value) }, uniquingKeysWith: { a, _ in a })
            func regional(_ region: String) async throws -> DataTable.Cell? {
                guard catalog.area(level: "gewest", code: region) != nil, let period else { return nil }
                return try await query.run(DataSelection(indicators: [code], level: "gewest", areas: [region], periods: .list([period])))
                    .cells.first
            }
            let group = try await centrumsteden(code, period: period, catalog: catalog, query: query)
            let flanders = try await regional("2000"), brussels = try await regional("4000")
            var column = Column(
                indicator: indicator, period: period, values: values, group: group?.value,
                groupStatistic: IndicatorMetadata.groupStatisticText(indicator, request.language, catalog: catalog),
                flanders: flanders?.value, brussels: brussels?.value)
            if indicator.surveyProportion {
                column.estimates = Dictionary(table.cells.compactMap { cell in cell.estimate.map { (cell.area.code, $0) } },
                                              uniquingKeysWith: { a, _ in a })
                column.groupEstimate = group?.estimate
                column.flandersEstimate = flanders?.estimate
                column.brusselsEstimate = brussels?.estimate
            }
            columns.append(column)
        }
        let choices = catalog.indicators.values.filter(\.visible).sorted { $0.name < $1.name }
            .map { (code: $0.code, name: $0.name, chosen: chosen.contains($0.code)) }
        var model = BenchmarkPageModel(cities: cities, columns: columns, choices: choices, language: request.language)
        model.notices = notices(request: request, catalog: catalog, asked: ticked.isEmpty ? listed : ticked, shown: columns.count)
        return model
    }
}
