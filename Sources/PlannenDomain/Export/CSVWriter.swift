/// Writes rows as `;`-separated text: UTF-8 with a byte order mark (so spreadsheet programs on Windows recognise the
/// encoding), CRLF after every row including the last (as RFC 4180 and spreadsheet programs do), values quoted with
/// doubled quotes when they contain ; " or a line break.
public enum CSVWriter {
    public static let separator = ";"
    public static let lineEnd = "\r\n"
    public static let byteOrderMark = "\u{FEFF}"

    public static func text(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(quoted).joined(separator: separator) + lineEnd }.joined()
    }

    public static func quoted(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == ";" || $0 == "\"" || $0.isNewline }
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }
}
