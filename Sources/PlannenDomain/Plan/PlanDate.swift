/// A calendar day without a time zone, as plans and reporting periods use them. Written as ISO yyyy-mm-dd; read from
/// yyyy-mm-dd, dd-mm-yyyy or dd/mm/yyyy.
public struct PlanDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (31 April, 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...PlanDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads 2026-03-01, 01-03-2026 or 01/03/2026 (day first, as in Flanders). Nil for anything else.
    public static func parse(_ text: String) -> PlanDate? {
        let value = TextNormalising.trimmed(text)
        let parts: [Substring]
        let isoOrder: Bool
        if value.contains("/") {
            parts = value.split(separator: "/", omittingEmptySubsequences: false)
            isoOrder = false
        } else {
            parts = value.split(separator: "-", omittingEmptySubsequences: false)
            isoOrder = parts.first?.count == 4
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            return nil
        }
        let (yearText, dayText) = isoOrder ? (parts[0], parts[2]) : (parts[2], parts[0])
        guard yearText.count == 4, dayText.count <= 2, parts[1].count <= 2,
              let year = Int(yearText), let month = Int(parts[1]), let day = Int(dayText) else { return nil }
        return PlanDate(year: year, month: month, day: day)
    }

    /// yyyy-mm-dd.
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public var description: String { iso }

    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PlanDate.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "geen datum: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
