/// CSV fields written the way every spreadsheet reads them back: quoted only when they must be (separator, quote
/// or line break inside), quotes doubled. Every field is spreadsheet-safe by default: text that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it instead of running it as a
/// formula (an indicator code `=HYPERLINK(…)` stays text). A plain number (`-3.5`, `+2`, `1e-5`) is left as it is.
public enum CSVText {
    public static func field(_ text: String, separator: Character = ",", spreadsheetSafe: Bool = true) -> String {
        var value = text
        if spreadsheetSafe, startsLikeFormula(value) { value = "'" + value }
        guard value.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String], separator: Character = ",", spreadsheetSafe: Bool = true) -> String {
        fields.map { field($0, separator: separator, spreadsheetSafe: spreadsheetSafe) }.joined(separator: String(separator))
    }

    /// Whether a spreadsheet could take the text for a formula: it starts with one of the trigger characters and is
    /// not simply a number.
    public static func startsLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, triggers.contains(first) else { return false }
        return !isPlainNumber(text)
    }

    /// Undoes the neutralising `'` on reading a file we wrote, so an export read back gives the text that was written.
    public static func restore(_ text: String) -> String {
        guard text.hasPrefix("'") else { return text }
        let rest = String(text.dropFirst())
        return startsLikeFormula(rest) ? rest : text
    }

    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `[+-]digits[.digits][e[+-]digits]`, a decimal comma allowed: what spreadsheets read as a number, not a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) { scalars.removeFirst(); count += 1 }
            return count
        }
        if let first = scalars.first, first == "+" || first == "-" { scalars.removeFirst() }
        guard digits() > 0 else { return false }
        if let first = scalars.first, first == "." || first == "," {
            scalars.removeFirst()
            guard digits() > 0 else { return false }
        }
        if let first = scalars.first, first == "e" || first == "E" {
            scalars.removeFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
