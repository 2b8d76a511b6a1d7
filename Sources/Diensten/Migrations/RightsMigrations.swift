import Fluent
import Platform
import SQLKit

/// The tables of the Rechtenverkenner: the catalogue of rights and where each import stopped.
enum RightsMigrations {
    static let all: [any Migration] = [
        M051_CreateRightsServices(),
        M052_CreateRightsServiceAreas(),
        M053_CreateRightsImportState(),
    ]
}

/// One row per service (`isVersionOf`): its latest snapshot. `content` holds the whole `PublicService` as JSON; the
/// columns beside it are what lists and lookups need. `generated_at_sort` is the instant in UTC with nine fractional
/// digits, so text order is time order. An archived service keeps its row (`archived` = 1) so an older snapshot
/// read later cannot bring it back; pages and the API never show it. `everywhere` = 1 when the right has no area.
struct M051_CreateRightsServices: AsyncMigration {
    var name: String { "Diensten.M051_CreateRightsServices" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "rights_services")
            .column("key", type: .text, .primaryKey(autoIncrement: false))
            .column("id", type: .text, .notNull, .unique)
            .column("snapshot", type: .text, .notNull)
            .column("kind", type: .text, .notNull)
            .column("generated_at", type: .text, .notNull)
            .column("generated_at_sort", type: .text, .notNull)
            .column("archived", type: .int, .notNull)
            .column("product_number", type: .text)
            .column("concept", type: .text)
            .column("name_nl", type: .text, .notNull)
            .column("name_en", type: .text, .notNull)
            .column("scope", type: .text, .notNull)
            .column("everywhere", type: .int, .notNull)
            .column("content", type: .text, .notNull)
            .column("imported_at", type: .timestamp, .notNull)
            .run()
        try await database.sql.create(index: "rights_services_product").on("rights_services").column("product_number").run()
        try await database.sql.create(index: "rights_services_concept").on("rights_services").column("concept").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "rights_services").run()
    }
}

/// The municipalities (NIS codes) a right with an area applies to, for "what applies in municipality X" in one
/// index range.
struct M052_CreateRightsServiceAreas: AsyncMigration {
    var name: String { "Diensten.M052_CreateRightsServiceAreas" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "rights_service_areas")
            .column("service_key", type: .text, .notNull, .references("rights_services", "key", onDelete: .cascade))
            .column("nis", type: .text, .notNull)
            .primaryKey("nis", "service_key")
            .run()
        try await database.sql.create(index: "rights_service_areas_service").on("rights_service_areas").column("service_key").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "rights_service_areas").run()
    }
}

/// Per source (a stream URL or a folder): its start page(s), the page(s) the last run ended on, the newest `generatedAtTime` seen,
/// when it ran and what it did.
struct M053_CreateRightsImportState: AsyncMigration {
    var name: String { "Diensten.M053_CreateRightsImportState" }

    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "rights_import_state")
            .column("source", type: .text, .primaryKey(autoIncrement: false))
            .column("start_pages", type: .text, .notNull)
            .column("last_pages", type: .text, .notNull)
            .column("newest_generated_at", type: .text)
            .column("last_run_at", type: .timestamp, .notNull)
            .column("pages_read", type: .int, .notNull)
            .column("members", type: .int, .notNull)
            .column("added", type: .int, .notNull)
            .column("replaced", type: .int, .notNull)
            .column("removed", type: .int, .notNull)
            .column("unchanged", type: .int, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "rights_import_state").run()
    }
}
