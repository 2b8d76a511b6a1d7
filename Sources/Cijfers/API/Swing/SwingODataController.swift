import CijfersDomain
import SQLKit
import Platform
import Vapor

/// The read-only part of Swing's OData service that the cities' scripts use (the `stadincijfers` Python
/// client among them), served from Stadsbeeld's own data under both of Swing's prefixes.
struct SwingODataController: RouteCollection {
    /// Swing pages its Variables list; the Python client steps through it ten at a time.
    static let pageSize = 10

    struct Item: Content {
        let ExternalCode: String
        let Name: String
    }

    struct Collection: Content {
        let value: [Item]
    }

    func boot(routes: any RoutesBuilder) throws {
        for prefix in ["jiveservices", "viewerservices"] {
            routes.get([.constant(prefix), "odata", .catchall], use: answer)
        }
    }

    @Sendable func answer(req: Request) async throws -> Collection {
        guard let path = ODataPath(components: req.parameters.getCatchall()) else {
            throw Abort(.badRequest, reason: "ongeldig OData-pad")
        }
        let catalog = await req.catalog()
        let database = req.db
        let periods = SwingPeriods(database: database, catalog: catalog)
        switch path.shape {
        case "GeoLevels":
            return Collection(value: catalog.levels.map { Item(ExternalCode: $0.code, Name: $0.name) })
        case "GeoLevels()/GeoItems", "Variables()/GeoLevels()/GeoItems":
            let level = path.key("GeoLevels")!
            guard catalog.level(level) != nil else { throw QueryError.unknownLevel(level) }
            if let variable = path.key("Variables") { _ = try indicator(variable, catalog) }
            return Collection(value: catalog.areas(inLevel: level).map { Item(ExternalCode: $0.code, Name: $0.name) })
        case "PeriodLevels", "Variables()/GeoLevels()/PeriodLevels":
            let levels = try await periods.levels(indicator: path.key("Variables"), level: path.key("GeoLevels"))
            return Collection(value: levels.map { Item(ExternalCode: $0, Name: SwingPeriods.name(ofLevel: $0)) })
        case "PeriodLevels()/Periods", "Variables()/GeoLevels()/PeriodLevels()/Periods":
            let list = try await periods.periods(
                ofLevel: path.key("PeriodLevels")!, indicator: path.key("Variables"), level: path.key("GeoLevels"))
            return Collection(value: list.map { Item(ExternalCode: $0, Name: $0) })
        case "Variables":
            let skip = max(0, req.query[Int.self, at: "$skip"] ?? 0)
            let all = catalog.indicators.values.filter(\.visible).sorted { $0.code < $1.code }
            let page = all.dropFirst(skip).prefix(Self.pageSize)
            return Collection(value: page.map { Item(ExternalCode: $0.code, Name: $0.name) })
        case "Variables()":
            let variable = try indicator(path.key("Variables")!, catalog)
            return Collection(value: [Item(ExternalCode: variable.code, Name: variable.name)])
        case "Variables()/GeoLevels":
            let variable = try indicator(path.key("Variables")!, catalog)
            let levels = catalog.levelsWithData(of: variable.code)
            return Collection(value: levels.map { Item(ExternalCode: $0.code, Name: $0.name) })
        default:
            throw Abort(.notFound, reason: "onbekend OData-pad '\(path.shape)'")
        }
    }

    private func indicator(_ code: String, _ catalog: Catalog) throws -> Indicator {
        guard let indicator = catalog.indicators[code], indicator.visible else { throw QueryError.unknownIndicator(code) }
        return indicator
    }
}
