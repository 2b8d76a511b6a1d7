import Foundation
import Platform

/// A date as the Cijfers pages write it, in the visitor's language: "22 november 2026" or "22 November 2026"
/// (Dutch: the same text as `DutchDate.format`).
enum DateText {
    static func format(_ date: Date, _ language: SiteLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        let month = min(max(parts.month ?? 1, 1), 12)
        let name = CijfersText.strings(language)[month < 10 ? "date.month.0\(month)" : "date.month.\(month)"]
        return "\(parts.day ?? 1) \(name) \(parts.year ?? 1970)"
    }
}
