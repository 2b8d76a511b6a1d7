import Foundation
import KennisDomain
import Platform

/// The words of the Kennis pages, from `Sources/Kennis/Resources/strings/<language>.json` (and `<language>.<part>.json`).
enum KennisText {
    static let catalogue = StringCatalogue.load(module: "kennis", bundle: .module)

    static func strings(_ language: SiteLanguage) -> Strings { Strings(catalogue, language) }

    static func code(_ language: SiteLanguage) -> String { language == .en ? "en" : "nl" }

    /// A text the content gives in both languages.
    static func text(_ text: Bilingual, _ language: SiteLanguage) -> String { text.text(code(language)) }

    static func pair(_ pair: (nl: String, en: String), _ language: SiteLanguage) -> String { language == .en ? pair.en : pair.nl }

    /// An ISO date ("2027-02-11") as people read it: 11 februari 2027 / 11 February 2027.
    static func date(_ iso: String, _ language: SiteLanguage) -> String {
        guard let d = LocalDate.parse(String(iso.prefix(10))) else { return iso }
        return "\(d.day) \(MonthName.of(d.month, language)) \(d.year)"
    }

    /// A Brussels date-time ("2027-02-11T13:30") as "11 februari 2027, 13.30 uur" / "11 February 2027, 13:30".
    static func dateTime(_ text: String, _ language: SiteLanguage) -> String {
        guard let t = LocalDateTime.parse(text) else { return text }
        let time = language == .en ? String(format: "%02d:%02d", t.hour, t.minute) : String(format: "%d.%02d uur", t.hour, t.minute)
        return date(t.date.description, language) + ", " + time
    }

    /// An amount in euro without cents: € 1.250.000 / € 1,250,000.
    static func euro(_ amount: Int, _ language: SiteLanguage) -> String {
        EuroText.whole(Int64(amount), language)
    }

    /// A file size: 1,2 MB / 1.2 MB.
    static func size(_ bytes: Int, _ language: SiteLanguage) -> String {
        let (value, unit): (Double, String) = bytes >= 1_000_000 ? (Double(bytes) / 1_000_000, "MB") : bytes >= 1000 ? (Double(bytes) / 1000, "kB") : (Double(bytes), "bytes")
        let text = unit == "bytes" ? String(bytes) : String(format: "%.1f", value)
        return (language == .en ? text : text.replacingOccurrences(of: ".", with: ",")) + " " + unit
    }
}
