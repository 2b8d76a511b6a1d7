/// Protection against spreadsheet formulas in text cells (CSV injection): a text that a spreadsheet would run as a
/// formula (starting with = + - @, a tab or a carriage return) is written with a leading apostrophe, and the import
/// removes that apostrophe again. Plain numbers such as -5 or +3,5 are left alone, and so is a text that merely starts
/// with an apostrophe ('s-Gravenwezel), so the two directions undo each other exactly.
public enum FormulaGuard {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// True when the text is written with a guard: it starts with a trigger, possibly after apostrophes, and is not a
    /// plain number.
    public static func needsGuard(_ text: String) -> Bool {
        guard let first = text.first, !isPlainNumber(text) else { return false }
        if triggers.contains(first) { return true }
        return first == "'" && needsGuard(String(text.dropFirst()))
    }

    public static func protect(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    public static func unprotect(_ text: String) -> String {
        guard text.first == "'" else { return text }
        let rest = String(text.dropFirst())
        return needsGuard(rest) ? rest : text
    }

    /// An optional sign followed by digits with at most one decimal comma or point.
    static func isPlainNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ",", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: ".", omittingEmptySubsequences: false)
        }
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
