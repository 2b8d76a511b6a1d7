import Platform
import CijfersDomain
import CijfersImport
import Fluent
import SQLKit

extension ImportJob {
    /// Adds new areas of a level and updates the names and order of existing ones. Areas are never deleted
    /// by an import: data may still refer to them.
    func importAreas(_ sheet: OpenedSheet, sql: any SQLDatabase, db: any Database) async throws {
        let levelCode = sheet.file.level ?? sheet.file.stem
        let areas = try AreaDefinitionReader.read(sheet.reader, header: sheet.header, level: levelCode, problems: problems)
        guard problems.isEmpty else { return }
        let levelKey: Int
        if let key = catalog.levelKeys[levelCode] {
            levelKey = key
        } else {
            let model = AreaLevelModel(LevelDefaults.level(for: levelCode))
            try await model.create(on: db)
            levelKey = model.id!
        }
        var inserts: [Area] = []
        for area in areas {
            if let existing = catalog.area(level: levelCode, code: area.code) {
                if existing.name != area.name || existing.shortName != area.shortName || existing.sequence != area.sequence {
                    try await sql.update("areas")
                        .set("name", to: area.name).set("short_name", to: area.shortName).set("sequence", to: area.sequence)
                        .where("id", .equal, existing.key)
                        .run()
                }
            } else {
                inserts.append(area)
            }
        }
        // A new area takes the next slot of its level: stored value vectors keep their meaning (ValueVector).
        // Asked of the database, not the catalog: an earlier sheet of this import may have added areas to the level.
        let firstSlot = try await sql.select()
            .column(SQLFunction("COALESCE", args: SQLFunction("MAX", args: SQLIdentifier("slot")), SQLLiteral.numeric("-1")), as: "last")
            .from("areas").where("level_id", .equal, levelKey)
            .first()?.decode(column: "last", as: Int.self).advanced(by: 1) ?? 0
        for chunk in stride(from: 0, to: inserts.count, by: 2_000) {
            var insert = sql.insert(into: "areas").columns("level_id", "code", "short_name", "name", "sequence", "slot")
            for (offset, area) in inserts[chunk..<min(chunk + 2_000, inserts.count)].enumerated() {
                insert = insert.values(SQLBind(levelKey), SQLBind(area.code), SQLBind(area.shortName),
                                       SQLBind(area.name), SQLBind(area.sequence), SQLBind(firstSlot + chunk + offset))
            }
            try await insert.run()
        }
        summary.areas += areas.count
        summary.rows += areas.count
        progress?(sheet.file.name, areas.count)
    }
}
