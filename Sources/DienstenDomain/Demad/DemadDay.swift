import Foundation

/// A calendar day as DEMaD measures it (no time, no zone): measurements, intakes and closings are days.
public struct DemadDay: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Exactly "YYYY-MM-DD"; also "DD/MM/YYYY" and "DD-MM-YYYY" as people type them in a spreadsheet.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            self.init(year: y, month: m, day: d)
            return
        }
        let local = trimmed.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        if local.count == 3, (1...2).contains(local[0].count), (1...2).contains(local[1].count), local[2].count == 4,
           let d = Int(local[0]), let m = Int(local[1]), let y = Int(local[2]) {
            self.init(year: y, month: m, day: d)
            return
        }
        return nil
    }

    /// The day of a moment in Brussels.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 2000
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (lhs: DemadDay, rhs: DemadDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day `months` months later; the last day of the month when that month is shorter (31 Aug + 6 → 28/29 Feb).
    public func adding(months: Int) -> DemadDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return DemadDay(year: newYear, month: newMonth, day: min(day, Self.days(inMonth: newMonth, year: newYear))) ?? self
    }

    /// The quarter this day falls in.
    public var quarter: DemadQuarter { DemadQuarter(year: year, quarter: (month - 1) / 3 + 1) }
}

/// A calendar quarter ("2026-K3" in Dutch, "2026-Q3" in English).
public struct DemadQuarter: Comparable, Hashable, Sendable {
    public let year: Int
    public let quarter: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.quarter = quarter
    }

    public static func < (lhs: DemadQuarter, rhs: DemadQuarter) -> Bool { (lhs.year, lhs.quarter) < (rhs.year, rhs.quarter) }

    /// The last day of the quarter.
    public var lastDay: DemadDay {
        let month = quarter * 3
        return DemadDay(year: year, month: month, day: DemadDay.days(inMonth: month, year: year))!
    }

    public var next: DemadQuarter { quarter == 4 ? DemadQuarter(year: year + 1, quarter: 1) : DemadQuarter(year: year, quarter: quarter + 1) }

    public func label(_ language: String) -> String { "\(year)-\(language == "en" ? "Q" : "K")\(quarter)" }

    /// Every quarter from `first` to `last`, both included (empty when last < first).
    public static func range(_ first: DemadQuarter, _ last: DemadQuarter) -> [DemadQuarter] {
        var quarters: [DemadQuarter] = []
        var current = first
        while current <= last && quarters.count < 400 {
            quarters.append(current)
            current = current.next
        }
        return quarters
    }
}
