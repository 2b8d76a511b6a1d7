import Platform
import CijfersDomain
import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Loads the catalog from the database and hands the current snapshot to whoever asks.
/// The snapshot is replaced whole after an import, so a request sees either the old or the new catalog.
public actor CatalogStore {
    public private(set) var current: Catalog = .empty {
        didSet { visibleCopies = [:] }
    }
    /// Catalogs as seen by each organisation's members (key nil: anonymous visitors), made on first use.
    private var visibleCopies: [Int?: Catalog] = [:]
    /// The data versions `current` was loaded at (`DataVersions`), and when they were last compared.
    public private(set) var versions: [String: Int64] = [:]
    public nonisolated let watch = DataVersionWatch()
    /// The versions of `current`, readable without waiting for the actor (the data API's answer cache keys on them).
    public nonisolated let loadedVersions = NIOLockedValueBox<(data: Int64, access: Int64)>((0, 0))
    static let watched = [DataVersions.cijfers, DataVersions.accessGroups]

    public init() {}

    /// Reloads the catalog when an import or an access-group change was made elsewhere — by another server on the
    /// same database or by the command line — since it was loaded. Compares at most once per
    /// `DataVersionWatch.interval` (the caller asks `watch.due()` first); in between, and while one request reloads,
    /// requests get the copy they have.
    /// One reload at a time: while one runs (it reads the whole catalog, which can take longer than the interval),
    /// a comparison that falls due finds it running and leaves it to finish instead of starting another.
    public func compareVersions(from database: any Database) async throws {
        guard !reloading else { return }
        reloading = true
        defer { reloading = false }
        do {
            let now = try await DataVersions(database: database).current(Self.watched)
            // The process that changed the data refreshed the search index already.
            if now != versions { try await reload(from: database, refreshingSearch: false) }
        } catch {
            watch.reset()
            throw error
        }
    }

    private var reloading = false

    /// The catalog a viewer may see: the full one for platform admins and whenever nothing is restricted.
    public func current(forOrganisation organisation: Int?, seesEverything: Bool) -> Catalog {
        if seesEverything || current.restrictions.isEmpty { return current }
        if let copy = visibleCopies[organisation] { return copy }
        let copy = current.visible(toOrganisation: organisation)
        visibleCopies[organisation] = copy
        return copy
    }

    @discardableResult
    public func reload(from database: any Database, refreshingSearch: Bool = true) async throws -> Catalog {
        // The versions first: a change during the load makes the next comparison load again.
        let loadedVersions = try await DataVersions(database: database).current(Self.watched)
        var catalog = try await CatalogStore.load(from: database)
        catalog.dataVersion = loadedVersions[DataVersions.cijfers] ?? 0
        catalog.accessVersion = loadedVersions[DataVersions.accessGroups] ?? 0
        current = catalog
        versions = loadedVersions
        self.loadedVersions.withLockedValue { $0 = (catalog.dataVersion, catalog.accessVersion) }
        // The site search follows every change of the catalog (an import, an access group): nothing when unchanged.
        if refreshingSearch {
            try await SearchIndex.refresh(source: "cijfers", with: CijfersSearch.documents(catalog), on: database)
        }
        return catalog
    }

    public static func load(from database: any Database) async throws -> Catalog {
        let sql = database.sql
        let levelModels = try await AreaLevelModel.query(on: database).all()
        let levelCode = Dictionary(uniqueKeysWithValues: levelModels.map { ($0.id!, $0.code) })
        let areaRows = try await sql.select()
            .columns("id", "level_id", "code", "short_name", "name", "sequence", "slot")
            .column(SQLRaw("CASE WHEN geometry IS NULL THEN 0 ELSE 1 END"), as: "has_geometry")
            .from("areas").all()
        var areas: [Catalog.AreaEntry] = []
        areas.reserveCapacity(areaRows.count)
        var slots: [Int: Int] = [:]
        for row in areaRows {
            let level = try row.decode(column: "level_id", as: Int.self)
            slots[try row.decode(column: "id", as: Int.self)] = try row.decode(column: "slot", as: Int.self)
            areas.append(Catalog.AreaEntry(
                key: try row.decode(column: "id", as: Int.self),
                levelCode: levelCode[level] ?? "",
                code: try row.decode(column: "code", as: String.self),
                shortName: try row.decode(column: "short_name", as: String.self),
                name: try row.decode(column: "name", as: String.self),
                sequence: try row.decode(column: "sequence", as: Int.self),
                hasGeometry: try row.decode(column: "has_geometry", as: Int.self) == 1))
        }
        let links = try await sql.select().columns("child_id", "parent_id").from("area_links").all().map {
            (child: try $0.decode(column: "child_id", as: Int.self), parent: try $0.decode(column: "parent_id", as: Int.self))
        }
        let indicatorModels = try await IndicatorModel.query(on: database).all()
        let (indicators, dataUpdated) = Self.indicators(indicatorModels)
        let themes = try await ThemeModel.query(on: database).all().map(\.domain)
        // Which indicator has values at which level: asked once per catalog, not on every page view.
        let codeOfIndicator = Dictionary(uniqueKeysWithValues: indicatorModels.map { ($0.id!, $0.code) })
        var levelsWithValues: [String: Set<String>] = [:]
        for row in try await sql.select().distinct().columns("indicator_id", "level_id").from("value_vectors").all() {
            let indicator = try row.decode(column: "indicator_id", as: Int.self)
            let level = try row.decode(column: "level_id", as: Int.self)
            if let code = codeOfIndicator[indicator], let levelCode = levelCode[level] {
                levelsWithValues[code, default: []].insert(levelCode)
            }
        }
        var catalog = Catalog(
            levels: levelModels.map { (key: $0.id!, level: $0.domain) },
            areas: areas, links: links, indicators: indicators, themes: themes, dataUpdated: dataUpdated,
            levelsWithValues: levelsWithValues, slots: slots)
        catalog.setAccess(restrictions: try await AccessGroupService.restrictions(sql),
                          memberships: try await AccessGroupService.memberships(sql))
        return catalog
    }

    /// `catalog` with its indicators read again, the rest kept: after an import's indicator sheet, which writes
    /// indicators only (a whole load reads and indexes every area again: about 0.15 s for Flanders' 24,000 areas).
    static func reloadingIndicators(of catalog: Catalog, from database: any Database) async throws -> Catalog {
        let (indicators, dataUpdated) = Self.indicators(try await IndicatorModel.query(on: database).all())
        return catalog.replacingIndicators(indicators, dataUpdated: dataUpdated)
    }

    private static func indicators(_ models: [IndicatorModel]) -> ([(key: Int, indicator: Indicator)], [String: Date]) {
        var dataUpdated: [String: Date] = [:]
        for model in models { if let date = model.dataUpdatedAt { dataUpdated[model.code] = date } }
        return (models.map { (key: $0.id!, indicator: $0.domain) }, dataUpdated)
    }
}
