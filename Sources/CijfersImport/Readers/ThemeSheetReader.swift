import CijfersDomain
import Tabular

/// Reads a theme tree sheet (`theme code | name | parent | sequence nr`), Swing's 'themaboom' as a table.
public enum ThemeSheetReader {
    static let codeColumn = ["theme code", "themecode", "themacode", "thema code"]

    public static func read(_ reader: any RowReader, header: HeaderRow, problems: ProblemCollector) throws -> [Theme] {
        guard let code = header.column(codeColumn) else {
            problems.add(.missingColumn, at: reader.location(row: header.row.number), "kolom 'theme code' ontbreekt")
            return []
        }
        let name = header.column(["name", "naam"])
        let parent = header.column(["parent", "ouder", "parent code", "bovenliggend thema"])
        let sequence = header.column(["sequence nr", "volgnummer", "volgorde"])
        var themes: [Theme] = []
        var seen: [String: Int] = [:]
        while let row = try reader.next() {
            guard let themeCode = row.cell(code).text else { continue }
            if let first = seen[themeCode] {
                problems.add(.duplicateKey, at: reader.location(row: row.number, column: code), "thema '\(themeCode)' staat al in rij \(first)")
                continue
            }
            seen[themeCode] = row.number
            themes.append(Theme(
                code: themeCode, name: row.cell(name).text ?? themeCode, parentCode: row.cell(parent).text,
                sequence: row.integer(sequence) ?? themes.count + 1))
        }
        for theme in themes {
            if let parentCode = theme.parentCode, seen[parentCode] == nil {
                problems.add(.invalidValue, at: reader.location(row: seen[theme.code], column: parent),
                             "thema '\(theme.code)' verwijst naar onbekend bovenliggend thema '\(parentCode)'")
            }
        }
        return themes
    }
}
