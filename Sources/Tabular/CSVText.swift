/// CSV fields written the way every spreadsheet reads them back: quoted only when they must be (separator, quote
/// or line break inside), quotes doubled. Free text typed by users is written `spreadsheetSafe`: a leading =, +, - or @
/// gets a ' so a spreadsheet shows it instead of running it as a formula.
public enum CSVText {
    public static func field(_ text: String, separator: Character = ",", spreadsheetSafe: Bool = false) -> String {
        var value = text
        if spreadsheetSafe, let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String], separator: Character = ",", spreadsheetSafe: Bool = false) -> String {
        fields.map { field($0, separator: separator, spreadsheetSafe: spreadsheetSafe) }.joined(separator: String(separator))
    }
}
