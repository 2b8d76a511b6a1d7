import Foundation

/// Reads a euro amount as people type it: 1234,5 or 1234.5; thousands separated by points or spaces (1.234.567,89,
/// 1 234 567,89, 1,234,567.89) when that cannot be misread; a minus sign for corrections; an optional € sign.
///
/// Ambiguous text is refused rather than guessed: 1.234 might be one thousand two hundred and thirty-four or one
/// point two three four, so it must be written 1234 or 1,234.
public enum AmountParsing {
    public static func parse(_ text: String) -> Result<Decimal, AmountProblem> {
        var value = TextNormalising.trimmed(text)
        let original = value
        let refuse = { (why: String) in Result<Decimal, AmountProblem>.failure(AmountProblem(reason: "'\(original)' \(why)")) }
        value = value.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
        value = TextNormalising.trimmed(value)
        var negative = false
        if let first = value.first, first == "-" || first == "−" || first == "+" {
            negative = first != "+"
            value = TextNormalising.trimmed(String(value.dropFirst()))
        }
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        let hasSpace = value.contains { spaces.contains($0) }
        value = String(value.map { spaces.contains($0) ? " " : $0 })
        guard !value.isEmpty else { return refuse("is geen bedrag") }
        guard value.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || $0 == " " }) else {
            return refuse("is geen bedrag")
        }
        let commas = value.filter { $0 == "," }.count, points = value.filter { $0 == "." }.count
        var decimal: Character?
        var thousands: Character?
        switch (commas, points) {
        case (0, 0): break
        case (1, 0): decimal = ","
        case (0, 1):
            if hasSpace {
                decimal = "."
            } else if isAmbiguous(value) {
                return refuse("is dubbelzinnig: schrijf het bedrag zonder duizendtallen (1234) of met een decimale komma (1,234)")
            } else {
                decimal = "."
            }
        case (0, _): thousands = "."
        case (_, 0): return refuse("heeft meer dan één decimale komma")
        default:
            guard let lastComma = value.lastIndex(of: ","), let lastPoint = value.lastIndex(of: ".") else {
                return refuse("is geen bedrag")
            }
            (decimal, thousands) = lastComma > lastPoint ? (",", ".") : (".", ",")
            if let decimal, value.filter({ $0 == decimal }).count > 1 {
                return refuse("heeft meer dan één decimaalteken")
            }
        }
        if hasSpace {
            if thousands != nil { return refuse("mengt spaties en punten als duizendtallen") }
            thousands = " "
        }
        let pieces = decimal.map { separator in value.split(separator: separator, omittingEmptySubsequences: false) }
            ?? [Substring(value)]
        let integer = pieces[0], fraction = pieces.count > 1 ? pieces[1] : ""
        guard pieces.count <= 2, !integer.isEmpty, pieces.count == 1 || !fraction.isEmpty,
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return refuse("is geen bedrag") }
        var digits = String(integer)
        if let thousands {
            let groups = integer.split(separator: thousands, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
                return refuse("heeft duizendtallen op de verkeerde plaats")
            }
            digits = groups.joined()
        }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let amount = Decimal(string: digits + (fraction.isEmpty ? "" : "." + fraction),
                                   locale: Locale(identifier: "en_US_POSIX")) else {
            return refuse("is geen bedrag")
        }
        return .success(negative ? -amount : amount)
    }

    /// One point followed by exactly three digits, after a group that could be a thousands group (1 to 3 digits, not
    /// starting with 0): 1.234 and 12.500 are ambiguous, 0.125 and 1234.5 are not.
    private static func isAmbiguous(_ value: String) -> Bool {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts[1].count == 3 && (1...3).contains(parts[0].count) && parts[0].first != "0"
    }
}

/// Why a text is not an amount, in Dutch.
public struct AmountProblem: Error, Sendable, Hashable {
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
