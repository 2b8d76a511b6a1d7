import Platform
import CijfersDomain
import CijfersImport
import SQLKit

extension ImportJob {
    /// Replaces the links from one level to another with those in the table.
    func importLinks(_ sheet: OpenedSheet, sql: any SQLDatabase) async throws {
        let links = try AggregationTableReader.read(sheet.reader, header: sheet.header, problems: problems)
        guard let first = links.first?.value else { return }
        let headerLocation = sheet.reader.location(row: sheet.header.row.number)
        guard let childLevel = catalog.levelKeys[first.childLevel] else {
            problems.add(.wrongLevel, at: headerLocation, "gebiedsniveau '\(first.childLevel)' bestaat niet")
            return
        }
        guard let parentLevel = catalog.levelKeys[first.parentLevel] else {
            problems.add(.wrongLevel, at: headerLocation, "gebiedsniveau '\(first.parentLevel)' bestaat niet")
            return
        }
        var rows: [(child: Int, parent: Int)] = []
        for located in links {
            let link = located.value
            guard let child = catalog.areaKey(level: link.childLevel, code: link.childCode) else {
                report(located, "gebied '\(link.childCode)' bestaat niet op niveau \(link.childLevel)")
                continue
            }
            guard let parent = catalog.areaKey(level: link.parentLevel, code: link.parentCode) else {
                report(located, "oudergebied '\(link.parentCode)' bestaat niet op niveau \(link.parentLevel)")
                continue
            }
            rows.append((child, parent))
        }
        guard problems.isEmpty else { return }
        try await sql.delete(from: "area_links")
            .where("parent_level_id", .equal, parentLevel)
            .where("child_id", .in, SQLSubquery.select { $0.column("id").from("areas").where("level_id", .equal, childLevel) })
            .run()
        for start in stride(from: 0, to: rows.count, by: 5_000) {
            var insert = sql.insert(into: "area_links").columns("child_id", "parent_id", "parent_level_id")
            for row in rows[start..<min(start + 5_000, rows.count)] {
                insert = insert.values(SQLBind(row.child), SQLBind(row.parent), SQLBind(parentLevel))
            }
            try await insert.run()
        }
        linksChanged = true
        summary.links += rows.count
        summary.rows += links.count
        progress?(sheet.file.name, links.count)
    }

    private func report(_ located: Located<AreaLink>, _ reason: String) {
        if options.skipUnknown {
            problems.notice(at: located.location, reason + ": rij overgeslagen")
        } else {
            problems.add(.unknownArea, at: located.location, reason)
        }
    }
}
