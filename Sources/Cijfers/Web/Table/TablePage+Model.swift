import CijfersDomain
import Foundation
import Platform
import Vapor

/// Several indicators × areas × periods in one table: the areas as rows, indicator × period as columns. The areas are
/// those of a level, within a parent or an own group chosen area by area (`areas=`, optionally named with `group=`);
/// an own group also gets its sum, mean and median, each named for what it is, and a bar chart per indicator.
struct TablePageModel {
    struct Column: Equatable {
        let indicator: String
        let period: String
    }

    let indicators: [Indicator]
    let level: String
    let levelName: String
    let parent: String?
    let parentName: String?
    /// The rows, in the order asked (an own group) or the level's order.
    let areas: [Catalog.AreaEntry]
    let columns: [Column]
    /// Values by area code, then indicator code, then period.
    let values: [String: [String: [String: PublishedValue]]]
    /// True when the rows are an own group (`areas=`): then the group's figures and the bar charts are shown.
    let ownGroup: Bool
    let groupName: String?
    let notices: [String]
    let indicatorChoices: [(code: String, name: String, chosen: Bool)]
    let levelChoices: [(code: String, name: String)]
    let parentChoices: [(value: String, label: String)]
    let areaChoices: [(code: String, name: String, chosen: Bool)]
    let periodChoices: [(period: String, chosen: Bool)]
    let language: SiteLanguage
    /// The site's address, for the embed codes of the charts.
    var siteBase = ""
    /// A survey indicator's estimates (`DataTable.Cell.estimate`), by area code, indicator code and period
    /// (TablePage+Survey.swift).
    var estimates: [String: [String: [String: SurveyEstimate]]] = [:]

    static let maximumIndicators = 6
    static let maximumPeriods = 10
    static let maximumRows = 400
    static let defaultIndicators = ["v2506_elek_res_cons", "vp2506_elek_res_n"]

    func value(_ area: Catalog.AreaEntry, _ column: Column) -> PublishedValue {
        values[area.code]?[column.indicator]?[column.period] ?? .noData
    }

    func indicator(_ code: String) -> Indicator? { indicators.first { $0.code == code } }

    static func load(request: Request) async throws -> TablePageModel {
        let catalog = await request.catalog()
        let language = request.language
        let t = CijfersText.strings(language)
        let query = DataQuery(database: request.db, catalog: catalog)
        var notices = PageParameters.unknown(request, accepted: PageParameters.table, t)

        // Indicators: known and visible ones, at most six; the rest is named.
        let askedIndicators = ListParameter.values(request, repeated: "i", listed: "indicators").uniqued()
        let unknownIndicators = askedIndicators.filter { catalog.indicators[$0]?.visible != true }
        if !unknownIndicators.isEmpty { notices.append(t("honest.notice.indicators", unknownIndicators.prefix(10).map { String($0.prefix(50)) }.joined(separator: ", "))) }
        var codes = askedIndicators.filter { catalog.indicators[$0]?.visible == true }
        if codes.count > maximumIndicators {
            notices.append(t("table.tooManyIndicators", String(maximumIndicators), codes.dropFirst(maximumIndicators).joined(separator: ", ")))
            codes = Array(codes.prefix(maximumIndicators))
        }
        if codes.isEmpty { codes = defaultIndicators.filter { catalog.indicators[$0]?.visible == true } }

        // Level: asked, else gemeente; a level where an indicator has no values is said per indicator.
        let askedLevel = request.query[String.self, at: "level"].flatMap { $0.isEmpty ? nil : $0 }
        var level = askedLevel.flatMap { catalog.level($0)?.code } ?? "gemeente2024"
        if catalog.level(level) == nil { level = catalog.levels.first?.code ?? level }
        let levelName = catalog.level(level)?.name ?? level
        if let askedLevel, catalog.level(askedLevel) == nil { notices.append(t("paths.unknownLevel", askedLevel, levelName.lowercased())) }
        for code in codes where !catalog.levelsWithData(of: code).contains(where: { $0.code == level }) {
            notices.append(t("table.noDataAtLevel", catalog.indicators[code]?.name ?? code, levelName.lowercased()))
        }

        // Rows: an own group (areas=), else the areas within the parent, else the whole level.
        let askedAreas = ListParameter.values(request, repeated: "g", listed: "areas").uniqued()
        let unknownAreas = askedAreas.filter { catalog.areaKey(level: level, code: $0) == nil }
        if !unknownAreas.isEmpty { notices.append(t("paths.areasNotInLevel", unknownAreas.joined(separator: ", "), levelName.lowercased())) }
        var parent = request.query[String.self, at: "parent"].flatMap { $0.isEmpty ? nil : $0 }
        var parentKey: Int?
        if let asked = parent {
            parentKey = try? query.resolveParent(asked, below: level)
            if parentKey == nil {
                notices.append(t("table.unknownParent", asked, levelName.lowercased()))
                parent = nil
            }
        }
        let ownGroup = !askedAreas.isEmpty && unknownAreas.count < askedAreas.count
        var areas: [Catalog.AreaEntry]
        if ownGroup {
            areas = askedAreas.compactMap { catalog.area(level: level, code: $0) }
            if let parentKey {
                let within = Set(catalog.areas(inLevel: level, within: parentKey).map(\.key))
                let outside = areas.filter { !within.contains($0.key) }
                if !outside.isEmpty {
                    notices.append(t("table.outsideParent", outside.map(\.name).joined(separator: ", "), catalog.areas[parentKey]?.name ?? ""))
                    areas = areas.filter { within.contains($0.key) }
                }
            }
        } else if let parentKey {
            areas = catalog.areas(inLevel: level, within: parentKey)
        } else if level == "gemeente2024", !Centrumsteden.members(in: catalog).isEmpty, askedAreas.isEmpty, askedLevel == nil {
            // Nothing asked: the 13 centrumsteden, as the rest of the explorer starts.
            parent = "\(Centrumsteden.level):\(Centrumsteden.area)"
            parentKey = catalog.areaKey(level: Centrumsteden.level, code: Centrumsteden.area)
            areas = Centrumsteden.members(in: catalog)
        } else {
            areas = catalog.areas(inLevel: level)
        }
        if areas.count > maximumRows {
            notices.append(t("table.tooManyRows", String(areas.count), String(maximumRows)))
            areas = Array(areas.prefix(maximumRows))
        }

        // Values: every period the indicators have at this level, then the chosen periods (default: the last three).
        var values: [String: [String: [String: PublishedValue]]] = [:]
        var available = Set<String>()
        var withValues = Set<String>()
        var estimates: [String: [String: [String: SurveyEstimate]]] = [:]
        if !areas.isEmpty {
            let readable = codes.filter { code in catalog.levelsWithData(of: code).contains { $0.code == level } }
            if !readable.isEmpty {
                let table = try await query.run(DataSelection(indicators: readable, level: level, areas: areas.map(\.code), periods: .all))
                available.formUnion(table.periods)
                for cell in table.cells {
                    values[cell.area.code, default: [:]][cell.indicator, default: [:]][cell.period] = cell.value
                    if cell.value.status != .noData { withValues.insert(cell.period) }
                    if let estimate = cell.estimate { estimates[cell.area.code, default: [:]][cell.indicator, default: [:]][cell.period] = estimate }
                }
            }
        }
        let periodsAvailable = available.sorted()
        let askedPeriods = ListParameter.values(request, repeated: "p", listed: "periods").uniqued()
        var periods: [String]
        if askedPeriods.isEmpty || askedPeriods == ["latest"] {
            periods = Array(periodsAvailable.filter(withValues.contains).suffix(askedPeriods.isEmpty ? 3 : 1))
        } else if askedPeriods == ["all"] {
            periods = periodsAvailable
        } else {
            periods = askedPeriods.map { Period($0).label }.uniqued()
            let without = periods.filter { !withValues.contains($0) }
            if !without.isEmpty { notices.append(t("table.periodsWithoutData", without.joined(separator: ", "))) }
            periods = periods.filter(withValues.contains).sorted()
        }
        if periods.count > maximumPeriods {
            notices.append(t("table.tooManyPeriods", String(maximumPeriods)))
            periods = Array(periods.suffix(maximumPeriods))
        }
        let columns = codes.flatMap { code in periods.map { Column(indicator: code, period: $0) } }

        // The choices of the form: areas of the level (within the parent), the periods the level has.
        let listAreas = parentKey.map { catalog.areas(inLevel: level, within: $0) } ?? catalog.areas(inLevel: level)
        let chosen = Set(areas.map(\.code))
        var areaChoices = listAreas.count <= maximumRows ? listAreas.map { (code: $0.code, name: $0.name, chosen: ownGroup && chosen.contains($0.code)) } : []
        if ownGroup {
            let listed = Set(areaChoices.map(\.code))
            areaChoices += areas.filter { !listed.contains($0.code) }.map { (code: $0.code, name: $0.name, chosen: true) }
        }
        var model = TablePageModel(
            indicators: codes.compactMap { catalog.indicators[$0] }, level: level, levelName: levelName, parent: parent,
            parentName: parentKey.flatMap { catalog.areas[$0]?.name }, areas: areas, columns: columns, values: values,
            ownGroup: ownGroup, groupName: GroupName.read(request.query[String.self, at: "group"]), notices: notices,
            indicatorChoices: catalog.indicators.values.filter(\.visible).sorted { $0.name < $1.name }
                .map { (code: $0.code, name: $0.name, chosen: codes.contains($0.code)) },
            levelChoices: catalog.levels.map { ($0.code, $0.name) },
            parentChoices: ParentOptions.make(for: level, catalog: catalog),
            areaChoices: areaChoices,
            periodChoices: periodsAvailable.reversed().map { (period: $0, chosen: periods.contains($0)) },
            language: language)
        model.estimates = estimates
        return model
    }
}
