import Foundation

/// Money in the leefloon rules: `Decimal` euros, rounded to the cent half away from zero, written with a point and
/// two decimals ("626.74") in data files and JSON.
public enum LeefloonMoney {
    /// The largest amount an input may carry (a guard against nonsense, not a rule of the law).
    public static let maximum: Decimal = 10_000_000

    /// Rounds to the cent, half away from zero (0.005 → 0.01).
    public static func cent(_ value: Decimal) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 2, .plain)
        return result
    }

    /// Parses "1234.5" or "1234.56" (no sign, no thousands separator, at most two decimals); nil otherwise.
    public static func parse(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 16 else { return nil }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isPlainDigit) else { return nil }
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isPlainDigit) else { return nil }
        }
        return Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Parses what a person types in a Dutch form: "1.234,56", "1234,56", "1234.56" or "" (→ 0).
    public static func parseForm(_ text: String) -> Decimal? {
        var cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "€", with: "")
            .replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        if cleaned.isEmpty { return 0 }
        if cleaned.contains(",") {
            cleaned = cleaned.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        }
        return parse(cleaned)
    }

    /// "626.74": two decimals, a point.
    public static func text(_ value: Decimal) -> String {
        let cents = NSDecimalNumber(decimal: cent(value) * 100).int64Value
        let sign = cents < 0 ? "-" : ""
        let magnitude = abs(cents)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// "1.270,51" as Dutch readers write it, "1,270.51" for English readers.
    public static func display(_ value: Decimal, language: String) -> String {
        let plain = text(value)
        let negative = plain.hasPrefix("-")
        let digits = negative ? String(plain.dropFirst()) : plain
        let parts = digits.split(separator: ".")
        var whole = String(parts[0])
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole, at: 0)
        let (thousands, decimal) = language == "en" ? (",", ".") : (".", ",")
        return (negative ? "-" : "") + groups.joined(separator: thousands) + decimal + parts[1]
    }
}

extension Character {
    fileprivate var isPlainDigit: Bool { ("0"..."9").contains(self) }
}

/// A calendar day as the parameter files and the API write it ("2020-01-01"), without time zones.
public struct LeefloonDate: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1,
              day <= LeefloonDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly "YYYY-MM-DD".
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The first day of a month written "YYYY-MM".
    public init?(month text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month, day: 1)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// "YYYY-MM".
    public var monthText: String { String(format: "%04d-%02d", year, month) }

    /// The first day of this day's month.
    public var firstOfMonth: LeefloonDate { LeefloonDate(year: year, month: month, day: 1)! }

    public static func < (lhs: LeefloonDate, rhs: LeefloonDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LeefloonDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date YYYY-MM-DD: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
