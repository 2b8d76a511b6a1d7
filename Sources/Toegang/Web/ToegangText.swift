import Foundation
import AccessDomain
import Platform

/// The words of the Toegang pages, from `Sources/Toegang/Resources/strings/<language>.json`.
enum ToegangText {
    static let catalogue = StringCatalogue.load(module: "toegang", bundle: .module)

    /// The Toegang words in a language: `text["key"]`, or `text("key", value, …)` for {0}, {1} … in the text.
    static func strings(_ language: SiteLanguage) -> Strings { Strings(catalogue, language) }

    /// A moment in Brussels time in the language of the page: "22 november 2026 om 14:05" (as `DutchDate.dayAndTime`),
    /// "22 November 2026 at 14:05".
    static func dayAndTime(_ date: Date, _ language: SiteLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.day, .month, .year], from: date)
        let t = strings(language)
        let day = "\(parts.day ?? 1) \(t["date.month.\(parts.month ?? 1)"]) \(parts.year ?? 1970)"
        return t("date.dayAndTime", day, DutchDate.time(date))
    }
}

/// The words for the platform's and AccessDomain's codes that the Toegang pages show. A role's label stays Dutch
/// (`Role.label`), as do organisation types (institutional names).
extension Strings {
    func scope(_ scope: TokenScope) -> String { self["scope.\(scope.rawValue)"] }
    func action(_ action: AuditAction) -> String { self["auditAction.\(action.rawValue)"] }
    func mailStatus(_ status: MailStatus) -> String { self["mailStatus.\(status.rawValue)"] }
}
