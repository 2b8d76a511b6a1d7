import CijfersDomain
import Platform
import Vapor

/// One tile's figures, or why it cannot be shown. A tile is never replaced by a default: an unknown or restricted
/// indicator, a level or area that does not exist (for this viewer), a period without figures, a chart the selection
/// cannot draw — each is said in the tile's place.
extension DashboardPageModel {
    static func tile(_ entry: DashboardSpec.Entry, number: Int, catalog: Catalog, request: Request) async throws -> Tile {
        let language = request.language
        let t = CijfersText.strings(language)
        func refused(_ heading: String, _ reasons: [String]) -> Tile {
            Tile(number: number, entry: entry, heading: heading, content: .notice(reasons))
        }
        guard case .tile(let spec) = entry else {
            guard case .unreadable(let text, let problem) = entry else { fatalError("an entry is a tile or unreadable") }
            return refused(t("dashboard.tile.unreadable", String(number)), [unreadableText(problem, text: text, t)])
        }
        let kindName = t["dashboard.kind.\(spec.kind.rawValue)"]
        let plainHeading = "\(kindName): \(String(spec.indicator.prefix(60)))"
        guard let indicator = catalog.indicators[spec.indicator], indicator.visible else {
            return refused(plainHeading, [t("dashboard.tile.unknownIndicator", String(spec.indicator.prefix(60)))])
        }
        let heading = "\(kindName): \(indicator.name)"
        guard let level = catalog.level(spec.level) else {
            return refused(heading, [t("dashboard.tile.unknownLevel", String(spec.level.prefix(40)))])
        }
        let levels = catalog.levelsWithData(of: indicator.code)
        guard levels.contains(where: { $0.code == level.code }) else {
            return refused(heading, [t("dashboard.tile.noDataAtLevel", level.name.lowercased(),
                                        levels.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))])
        }
        let dataQuery = DataQuery(database: request.db, catalog: catalog)
        if let parent = spec.parent {
            do { _ = try dataQuery.resolveParent(parent, below: level.code) } catch let error as QueryError {
                return refused(heading, [t("dashboard.tile.parent", String(parent.prefix(60)), error.text(language))])
            }
        }
        let unknownAreas = spec.areas.filter { catalog.areaKey(level: level.code, code: $0) == nil }
        if !unknownAreas.isEmpty {
            return refused(heading, [t("dashboard.tile.unknownAreas", unknownAreas.prefix(10).map { String($0.prefix(40)) }
                .joined(separator: ", "), level.name.lowercased())])
        }
        var query = ["level": level.code]
        query["parent"] = spec.parent
        query["period"] = spec.period
        var model: IndicatorPageModel
        do {
            model = try await IndicatorPageModel.load(code: indicator.code, query: query, areas: spec.areas.isEmpty ? nil : spec.areas,
                                                      asTile: true, map: spec.kind == .kaart, request: request)
        } catch let error as QueryError {
            return refused(heading, [error.text(language)])
        }
        model.ownGroup = spec.areas.compactMap { catalog.area(level: level.code, code: $0)?.name }
        let titled = "\(heading) — \(model.scope)"
        if let asked = spec.period, model.period != Period(asked).label {
            return refused(titled, [t("dashboard.tile.period", String(asked.prefix(40)), model.periods.joined(separator: ", "))])
        }
        if let reason = unsuited(spec.kind, model, t) { return refused(titled, [reason]) }
        var tile = Tile(number: number, entry: entry, heading: titled, content: .shown(model))
        if spec.kind == .tabel, model.rows.count > maximumTableRows {
            tile.notes.append(t("dashboard.tile.tableCut", String(maximumTableRows), String(model.rows.count)))
        }
        if spec.kind == .kerncijfer, spec.parent == nil, model.rows.count > maximumKeyFigures {
            tile.notes.append(t("dashboard.tile.keyFlanders", String(maximumKeyFigures)))
        }
        tile.csv = DownloadLinks(indicators: [indicator.code], level: level.code, parent: spec.parent,
                                 areas: spec.areas.isEmpty ? nil : spec.areas,
                                 periods: spec.kind == .lijn ? nil : model.period).url("csv")
        return tile
    }

    /// Why the figures cannot be drawn as this kind of tile, if they cannot.
    static func unsuited(_ kind: DashboardSpec.Kind, _ model: IndicatorPageModel, _ t: Strings) -> String? {
        if model.rows.isEmpty { return t["dashboard.tile.noAreas"] }
        let anyValue = model.rows.contains { $0.value.value != nil }
        if !anyValue && kind != .lijn { return t("dashboard.tile.noValues", model.period ?? "-") }
        switch kind {
        case .kaart where model.features.isEmpty: return t["dashboard.tile.noMap"]
        case .staaf where model.rows.count > 80: return t("indicator.noBars", String(model.rows.count))
        case .lijn where model.periods.count < 2 || model.trend.isEmpty: return t["dashboard.tile.noTrend"]
        default: return nil
        }
    }

    static func unreadableText(_ problem: DashboardSpec.Problem, text: String, _ t: Strings) -> String {
        let shown = String(text.prefix(80))
        switch problem {
        case .unknownKind(let kind):
            return t("dashboard.tile.unknownKind", String(kind.prefix(30)),
                     DashboardSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "), shown)
        case .badFields: return t("dashboard.tile.badFields", shown)
        case .tooLong: return t("dashboard.tile.tooLong", String(DashboardSpec.maximumTileText))
        case .tooManyAreas(let count):
            return t("dashboard.tile.tooManyAreas", String(count), String(DashboardSpec.maximumAreas))
        }
    }
}
