import DienstenDomain
import Foundation
import SQLKit

/// Writes merged snapshots into the catalogue, on the import's transaction: each one is compared with what is
/// held for its service (`SnapshotMerge.change`) and added, replaced, archived or left alone.
struct RightsWriter {
    let sql: any SQLDatabase
    let now: Date
    /// Names the source in problems.
    let source: String

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    func apply(_ services: [PublicService], to report: inout RightsImportReport) async throws {
        let held = try await held(ids: services.map(\.id))
        for service in services {
            let before = held[service.id]
            let change = SnapshotMerge.change(incoming: service, held: before.map { SnapshotMerge.Held(time: $0.time, archived: $0.archived) })
            switch change {
            case .unchanged:
                report.unchanged += 1
                continue
            case .add: report.added += 1
            case .replace: report.replaced += 1
            case .remove: report.removed += 1
            case .archivedUnknown: report.archivedSkipped += 1
            }
            let area = ServiceArea.resolve(service.spatial)
            if !area.unknownCodes.isEmpty {
                report.notices.append("\(service.key): gebiedscode(s) \(area.unknownCodes.joined(separator: ", ")) niet gekend; genegeerd")
            }
            try await write(service, municipalities: service.archived ? [] : area.municipalities, exists: before != nil)
        }
    }

    struct HeldRow {
        var time: SnapshotTime?
        var archived: Bool
    }

    private func held(ids: [String]) async throws -> [String: HeldRow] {
        var out: [String: HeldRow] = [:]
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let rows = try await sql.raw("SELECT id, generated_at_sort, archived FROM rights_services WHERE id IN (\(binds: chunk))").all()
            for row in rows {
                out[try row.decode(column: "id", as: String.self)] = HeldRow(
                    time: SnapshotTime(try row.decode(column: "generated_at_sort", as: String.self)),
                    archived: try row.decode(column: "archived", as: Int.self) != 0)
            }
            start += 500
        }
        return out
    }

    private func write(_ service: PublicService, municipalities: [String]?, exists: Bool) async throws {
        let key = service.key
        let content = String(decoding: try Self.encoder.encode(service), as: UTF8.self)
        let sortable = SnapshotTime(service.generatedAt)?.sortable ?? service.generatedAt
        let scope = RightScope.of(service).rawValue
        let everywhere = municipalities == nil ? 1 : 0
        let nameNL = service.name.text("nl") ?? key
        let nameEN = service.name.text("en") ?? nameNL
        if exists {
            try await sql.update("rights_services")
                .set("snapshot", to: SQLBind(service.snapshot)).set("kind", to: SQLBind(service.kind.rawValue))
                .set("generated_at", to: SQLBind(service.generatedAt)).set("generated_at_sort", to: SQLBind(sortable))
                .set("archived", to: SQLBind(service.archived ? 1 : 0)).set("product_number", to: SQLBind(service.productNumber))
                .set("concept", to: SQLBind(service.concept)).set("name_nl", to: SQLBind(nameNL)).set("name_en", to: SQLBind(nameEN))
                .set("scope", to: SQLBind(scope)).set("everywhere", to: SQLBind(everywhere)).set("content", to: SQLBind(content))
                .set("imported_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(service.id))
                .run()
            try await sql.delete(from: "rights_service_areas").where("service_key", .equal, SQLBind(key)).run()
        } else {
            if let row = try await sql.raw("SELECT id FROM rights_services WHERE key = \(bind: key)").first() {
                let other = try row.decode(column: "id", as: String.self)
                throw LDESProblem(page: source, memberID: service.snapshot, field: "isVersionOf",
                                  reason: "'\(service.id)' krijgt het adres '\(key)' dat al van '\(other)' is")
            }
            try await sql.insert(into: "rights_services")
                .columns("key", "id", "snapshot", "kind", "generated_at", "generated_at_sort", "archived", "product_number", "concept",
                         "name_nl", "name_en", "scope", "everywhere", "content", "imported_at")
                .values(SQLBind(key), SQLBind(service.id), SQLBind(service.snapshot), SQLBind(service.kind.rawValue),
                        SQLBind(service.generatedAt), SQLBind(sortable), SQLBind(service.archived ? 1 : 0),
                        SQLBind(service.productNumber), SQLBind(service.concept), SQLBind(nameNL), SQLBind(nameEN), SQLBind(scope),
                        SQLBind(everywhere), SQLBind(content), SQLBind(now))
                .run()
        }
        guard let municipalities, !municipalities.isEmpty else { return }
        var start = 0
        while start < municipalities.count {
            let chunk = municipalities[start..<min(start + 400, municipalities.count)]
            var insert = sql.insert(into: "rights_service_areas").columns("service_key", "nis")
            for nis in chunk { insert = insert.values(SQLBind(key), SQLBind(nis)) }
            try await insert.run()
            start += 400
        }
    }
}
