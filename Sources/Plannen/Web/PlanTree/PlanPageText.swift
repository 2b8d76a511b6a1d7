import Foundation
import Platform
import PlannenDomain

/// Small pieces of text the plan tree and the item page write the same way: days, amounts, percentages, level names.
enum PlanPageText {
    /// 18 december 2025 / 18 December 2025.
    static func day(_ date: PlanDate, _ language: SiteLanguage) -> String {
        "\(date.day) \(MonthName.of(date.month, language)) \(date.year)"
    }

    /// A moment as a day in Brussels time.
    static func day(_ date: Date, _ language: SiteLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        guard let day = PlanDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) else { return "" }
        return Self.day(day, language)
    }

    /// Today in Brussels, for overdue milestones.
    static func today() -> PlanDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: Date())
        return PlanDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? PlanDate(year: 2026, month: 1, day: 1)!
    }

    /// 66,7 % / 66.7 %.
    static func percent(_ value: Double?, _ language: SiteLanguage, digits: Int = 1) -> String {
        guard let value else { return "–" }
        return PlannenText.number(value, digits: digits, language) + " %"
    }

    /// "acties" / "actions", or the singular for one.
    static func levelCount(_ level: PlanLevel, _ count: Int, _ t: Strings) -> String {
        count == 1 ? t["level.\(level.rawValue)"] : t["tree.levels.\(level.rawValue)"]
    }

    /// The version's name in the language: Meerjarenplan / Meerjarenplanaanpassing 2.
    static func version(_ version: StoredVersion, _ language: SiteLanguage) -> String {
        PlannenText.text(version.label, language)
    }

    /// The start and end of an item: "1 januari 2026 – 31 december 2029", or what is known of them.
    static func period(_ start: PlanDate?, _ end: PlanDate?, _ language: SiteLanguage, unknown: String) -> String {
        switch (start, end) {
        case (nil, nil): unknown
        case (let start?, nil): day(start, language) + " –"
        case (nil, let end?): "– " + day(end, language)
        case (let start?, let end?): day(start, language) + " – " + day(end, language)
        }
    }

    /// The name of a budget kind, direction or stage in the language.
    static func soort(_ soort: BudgetSoort, _ t: Strings) -> String { t["tree.budget.\(soort.rawValue)"] }
    static func richting(_ richting: BudgetRichting, _ t: Strings) -> String { t["tree.budget.\(richting.rawValue)"] }
    static func fase(_ fase: BudgetFase, _ t: Strings) -> String { t["tree.budget.\(fase.rawValue)"] }

    /// The krediet for uitgaven of exploitatie and investering together: what the tree shows as an item's budget.
    static let creditFilters = [
        BudgetFilter(soort: .exploitatie, richting: .uitgave, fase: .krediet),
        BudgetFilter(soort: .investering, richting: .uitgave, fase: .krediet),
    ]

    static func credit(_ code: String, _ budget: BudgetTotals) -> (total: Decimal, yearly: [Int: Decimal]) {
        var total: Decimal = 0
        var yearly: [Int: Decimal] = [:]
        for filter in creditFilters {
            total += budget.total(of: code, filter)
            for (year, amount) in budget.yearly(of: code, filter) { yearly[year, default: 0] += amount }
        }
        return (total, yearly)
    }

    /// A number typed in a form: 22,5 or 22.5, thousands with points or spaces when that cannot be misread.
    static func number(_ text: String) -> Double? {
        guard case .success(let value) = AmountParsing.parse(text) else { return nil }
        return NSDecimalNumber(decimal: value).doubleValue
    }

    /// Only http(s) addresses become links.
    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && URL(string: text)?.host != nil
    }
}

extension PlanPageText {
    /// A number with thousands grouped: 2.130.000.000 and 22,5 in Dutch; 2,130,000,000 and 22.5 in English.
    static func grouped(_ value: Double, decimals: Int, _ language: SiteLanguage) -> String {
        let dutch = NumberText.format(value, decimals: decimals)
        guard language == .en else { return dutch }
        return String(dutch.map { $0 == "." ? "," : ($0 == "," ? "." : $0) })
    }

    /// Decimals that show a series well: none for whole numbers, two for small values, else one.
    static func decimals(_ values: [Double]) -> Int {
        if values.allSatisfy({ $0 == $0.rounded() }) { return 0 }
        return (values.map(abs).max() ?? 0) < 10 ? 2 : 1
    }
}
