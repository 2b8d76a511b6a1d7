import CijfersDomain
import Foundation
import Tabular

/// Reads an area definition sheet (`sequence nr | geoitem code | short name | name`) for one level.
/// Codes are normalised (numbers and text agree, stray spaces go) and every change is reported.
public enum AreaDefinitionReader {
    public static func read(_ reader: any RowReader, header: HeaderRow, level: String, problems: ProblemCollector) throws -> [Area] {
        guard let codeColumn = header.column(["geoitem code", "geoitemcode", "code", "gebiedscode"]) else {
            problems.add(.missingColumn, at: reader.location(row: header.row.number), "kolom 'geoitem code' ontbreekt")
            return []
        }
        let nameColumn = header.column(["name", "naam"])
        let shortColumn = header.column(["short name", "shortname", "korte naam"])
        let sequenceColumn = header.column(["sequence nr", "sequencenr", "volgnummer", "volgorde"])
        var areas: [Area] = []
        var seen: [String: Int] = [:]
        while let row = try reader.next() {
            if row.isBlank {
                problems.notice(at: reader.location(row: row.number), "lege rij overgeslagen")
                continue
            }
            let cell = row.cell(codeColumn)
            let raw = cell.text ?? ""
            let code = AreaCode.normalize(raw)
            let location = reader.location(row: row.number, column: codeColumn)
            guard !code.isEmpty else {
                problems.notice(at: location, "rij zonder gebiedscode overgeslagen")
                continue
            }
            if code != raw {
                problems.notice(at: location, "code '\(raw)' gelezen als '\(code)'")
            }
            if let first = seen[code] {
                problems.add(.duplicateKey, at: location, "gebiedscode '\(code)' staat al in rij \(first)")
                continue
            }
            seen[code] = row.number
            let name = row.cell(nameColumn).text?.trimmingCharacters(in: .whitespaces) ?? ""
            let short = row.cell(shortColumn).text?.trimmingCharacters(in: .whitespaces) ?? ""
            let sequence = row.integer(sequenceColumn) ?? areas.count + 1
            areas.append(Area(
                levelCode: level, code: code,
                shortName: short.isEmpty ? (name.isEmpty ? code : name) : short,
                name: name.isEmpty ? (short.isEmpty ? code : short) : name,
                sequence: sequence))
        }
        return areas
    }
}
