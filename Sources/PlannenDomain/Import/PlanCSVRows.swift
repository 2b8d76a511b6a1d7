/// A small reader of `;`-separated text as the export writes it (and as spreadsheets save it): quoted fields with
/// doubled quotes, CRLF or LF line ends, an optional UTF-8 byte order mark. For tests and command-line tools; the
/// app may read files with its own reader and hand the rows to the importer.
public enum PlanCSVRows {
    public static func rows(_ text: String, separator: Character = ";") -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        func endField() { row.append(field); field = "" }
        func endRow() { endField(); rows.append(row); row = [] }
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case separator: endField()
            case "\r\n", "\n", "\r": endRow()
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { endRow() }
        return rows
    }
}
