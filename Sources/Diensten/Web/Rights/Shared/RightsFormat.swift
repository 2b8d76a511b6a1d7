import DienstenDomain
import Foundation
import Platform
import Plot
import SafeMarkdown
import Vapor

/// How the Rechtenverkenner writes dates and LPDC's texts.
enum RightsFormat {
    /// A day in words: "26 augustus 2020" / "26 August 2020".
    static func day(_ date: Date, _ language: SiteLanguage) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .en ? "en_GB" : "nl_BE")
        formatter.timeZone = TimeZone(identifier: "Europe/Brussels")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter.string(from: date)
    }

    /// An LPDC date-time (`2020-08-26T11:40:20.026Z`, or a plain day) as a day in words; as written when unreadable.
    static func day(_ iso: String, _ language: SiteLanguage) -> String {
        guard let date = date(iso) else { return iso }
        return day(date, language)
    }

    static func date(_ iso: String) -> Date? {
        let dayPart = String(iso.prefix(10))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Brussels")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: dayPart)
    }

    /// A plain text of LPDC (a name) for a reader: the text in their language or the Dutch one.
    static func plain(_ text: LanguageText, _ language: SiteLanguage) -> String? {
        text.text(DienstenText.code(language)).map { SafeHTML.plainText($0) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A rich LPDC text (HTML) cleaned to the allow-list; marked Dutch (`lang="nl"`) when an English reader gets the
    /// Dutch text. Empty when there is no text.
    static func rich(_ text: LanguageText, _ language: SiteLanguage, class className: String = "rights-text") -> Node<HTML.BodyContext> {
        guard let value = text.text(DienstenText.code(language)) else { return .empty }
        guard !RightsBrowser.stripTags(value).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return .empty }
        return .div(.attr("class", className), .if(text.isFallback(DienstenText.code(language)), .attr("lang", "nl")),
                    .raw(SafeHTML.clean(value)))
    }

    /// A name, marked Dutch for an English reader who gets the Dutch one.
    static func name<Context: HTML.BodyContext>(_ text: LanguageText, _ language: SiteLanguage, fallback: String) -> Node<Context> {
        let value = plain(text, language) ?? fallback
        return text.isFallback(DienstenText.code(language)) ? .span(.attr("lang", "nl"), .text(value)) : .text(value)
    }
}

/// The 404 pages of the Rechtenverkenner, with a way back to the start.
enum RightsNotFound {
    static func municipality(_ nis: String, _ request: Request) -> Response {
        let t = DienstenText.strings(request.language)
        return page(t["rights.notFound.municipalityTitle"], t("rights.notFound.municipality", String(nis.prefix(40))), request)
    }

    static func right(_ key: String, _ request: Request) -> Response {
        let t = DienstenText.strings(request.language)
        return page(t["rights.notFound.rightTitle"], t("rights.notFound.right", String(key.prefix(80))), request)
    }

    private static func page(_ title: String, _ message: String, _ request: Request) -> Response {
        let t = DienstenText.strings(request.language)
        let site = SiteStrings(request.language)
        return Page(
            title: title,
            breadcrumbs: [(site.home, SitePath.home.path), (t["home.title"], DienstenPath.home.path),
                          (t["rights.home.title"], RightsPath.home.path), (title, nil)],
            content: .group(
                .p(.text(message)),
                .ul(.li(.a(.attr("href", RightsPath.home.path), .text(t["rights.notFound.back"]))),
                    .li(.a(.attr("href", RightsPath.all.path), .text(t["rights.home.allLink"]))))
            ),
            strings: site
        ).response(for: request, status: .notFound)
    }
}

extension RightsFormat {
    /// The first sentences of an LPDC description, as plain text, at most about 220 characters.
    static func summary(_ html: String) -> String {
        let text = SafeHTML.plainText(html).replacingOccurrences(of: "\n", with: " ")
        guard text.count > 220 else { return text }
        let cut = text.prefix(220)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + " …" }
        return String(cut) + " …"
    }

    /// Whether the service has an end date that has passed.
    static func hasEnded(_ service: PublicService, now: Date = Date()) -> Bool {
        guard let end = service.endDate, let date = date(end) else { return false }
        return date < now
    }
}

extension RightsFormat {
    /// An IRI shortened for reading: its host and last segment.
    static func shortIRI(_ iri: String) -> String {
        guard let url = URL(string: iri), let host = url.host else { return iri }
        let last = url.lastPathComponent
        return last.isEmpty || last == "/" ? host : "\(host)/…/\(last)"
    }
}
