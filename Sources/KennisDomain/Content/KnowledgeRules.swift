import Foundation

/// A problem with one field of an item, said in both languages.
public struct KnowledgeProblem: Sendable, Hashable {
    public let field: String
    public let nl: String
    public let en: String

    public init(field: String, nl: String, en: String) {
        self.field = field
        self.nl = nl
        self.en = en
    }
}

/// A shared topic that content is tagged with, and the Cijfers themes it covers.
public struct KnowledgeTopic: Sendable, Hashable, Codable {
    public let code: String
    public let name: Bilingual
    public let cijfersThemes: [String]

    public init(code: String, name: Bilingual, cijfersThemes: [String]) {
        self.code = code
        self.name = name
        self.cijfersThemes = cijfersThemes
    }
}

/// What an item must hold before it is saved: the checks every form, import and seed file goes through.
public struct KnowledgeRules: Sendable {
    public let topics: Set<String>
    public let cities: Set<String>
    public let maturityThemes: Set<String>

    public static let maximumTitle = 200
    public static let maximumSummary = 600
    public static let maximumBody = 100_000

    public init(topics: Set<String>, cities: Set<String>, maturityThemes: Set<String>) {
        self.topics = topics
        self.cities = cities
        self.maturityThemes = maturityThemes
    }

    /// A slug: lowercase letters, digits and single hyphens, 3–80 characters.
    public static func slugProblem(_ slug: String) -> String? {
        if slug.count < 3 || slug.count > 80 { return "tussen 3 en 80 tekens" }
        let ok = slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !ok { return "alleen kleine letters, cijfers en koppeltekens" }
        if slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--") { return "geen koppelteken aan het begin, het einde of twee na elkaar" }
        return nil
    }

    /// A slug made from a title: accents dropped, words joined by hyphens.
    public static func slug(from title: String) -> String {
        let folded = title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_BE")).lowercased()
        var out = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    public func problems(_ item: KnowledgeContent) -> [KnowledgeProblem] {
        var out: [KnowledgeProblem] = []
        func add(_ field: String, _ nl: String, _ en: String) { out.append(KnowledgeProblem(field: field, nl: nl, en: en)) }
        if let p = Self.slugProblem(item.slug) { add("slug", "Het webadres (slug) is ongeldig: \(p).", "The web address (slug) is invalid.") }
        let title = item.title.nl.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { add("title", "Geef een titel.", "Give a title.") }
        if item.title.nl.count > Self.maximumTitle || item.title.en.count > Self.maximumTitle {
            add("title", "De titel is langer dan \(Self.maximumTitle) tekens.", "The title is longer than \(Self.maximumTitle) characters.")
        }
        if item.summary.nl.count > Self.maximumSummary || item.summary.en.count > Self.maximumSummary {
            add("summary", "De samenvatting is langer dan \(Self.maximumSummary) tekens.", "The summary is longer than \(Self.maximumSummary) characters.")
        }
        if item.body.nl.count > Self.maximumBody || item.body.en.count > Self.maximumBody {
            add("body", "De tekst is langer dan \(Self.maximumBody) tekens.", "The text is longer than \(Self.maximumBody) characters.")
        }
        for theme in item.themes where !topics.contains(theme) {
            add("themes", "Onderwerp '\(theme)' bestaat niet.", "Topic '\(theme)' does not exist.")
        }
        for city in item.cities where !cities.contains(city) {
            add("cities", "Organisatie '\(city)' bestaat niet.", "Organisation '\(city)' does not exist.")
        }
        for theme in item.maturityThemes where !maturityThemes.contains(theme) {
            add("maturityThemes", "Maturiteitsthema '\(theme)' bestaat niet.", "Maturity theme '\(theme)' does not exist.")
        }
        for number in item.workPackages where !(1...7).contains(number) {
            add("workPackages", "Werkpakket \(number) bestaat niet (1–7).", "Work package \(number) does not exist (1–7).")
        }
        for number in item.recommendations where !(1...10).contains(number) {
            add("recommendations", "Aanbeveling \(number) bestaat niet (1–10).", "Recommendation \(number) does not exist (1–10).")
        }
        if let date = item.date, LocalDate.parse(date) == nil {
            add("date", "Datum '\(date)' is geen datum (jjjj-mm-dd).", "Date '\(date)' is not a date (yyyy-mm-dd).")
        }
        for link in item.details.links where !Self.isWebAddress(link.url) {
            add("links", "Link '\(link.url)' is geen http- of https-adres.", "Link '\(link.url)' is not an http or https address.")
        }
        let d = item.details
        switch item.kind {
        case .praktijk:
            if let city = d.city, !city.isEmpty {
                if !cities.contains(city) { add("city", "Stad '\(city)' bestaat niet.", "City '\(city)' does not exist.") }
            } else {
                add("city", "Zeg welke stad dit deed.", "Say which city did this.")
            }
        case .raamcontract:
            if (d.authority ?? "").isEmpty { add("authority", "Geef de aanbestedende overheid.", "Give the contracting authority.") }
            dateProblems(d.termStart, "termStart", &out)
            dateProblems(d.termEnd, "termEnd", &out)
            if let s = d.termStart.flatMap(LocalDate.parse), let e = d.termEnd.flatMap(LocalDate.parse), e < s {
                add("termEnd", "Het einde van de looptijd ligt voor het begin.", "The end of the term is before its start.")
            }
            if let v = d.estimatedValue, v < 0 { add("estimatedValue", "De geraamde waarde is negatief.", "The estimated value is negative.") }
            if let h = d.expertHours, h < 0 { add("expertHours", "Het aantal uren is negatief.", "The number of hours is negative.") }
        case .evenement:
            guard let starts = d.starts.flatMap(LocalDateTime.parse) else {
                add("starts", "Geef het begin als jjjj-mm-ddTuu:mm.", "Give the start as yyyy-mm-ddThh:mm.")
                break
            }
            if let endText = d.ends {
                if let ends = LocalDateTime.parse(endText) {
                    if ends <= starts { add("ends", "Het einde ligt niet na het begin.", "The end is not after the start.") }
                } else {
                    add("ends", "Geef het einde als jjjj-mm-ddTuu:mm.", "Give the end as yyyy-mm-ddThh:mm.")
                }
            }
            if let c = d.capacity, c < 1 { add("capacity", "Het maximum aantal deelnemers is minstens 1.", "The maximum number of participants is at least 1.") }
            dateProblems(d.registrationUntil, "registrationUntil", &out)
            if d.place.nl.isEmpty { add("place", "Zeg waar het doorgaat.", "Say where it takes place.") }
        case .netwerk:
            if let kind = d.networkKind, !["lerend-netwerk", "werkgroep"].contains(kind) {
                add("networkKind", "Soort '\(kind)' bestaat niet (lerend-netwerk of werkgroep).", "Kind '\(kind)' does not exist.")
            }
            for member in d.members where !cities.contains(member) {
                add("members", "Organisatie '\(member)' bestaat niet.", "Organisation '\(member)' does not exist.")
            }
            for meeting in d.meetings where LocalDate.parse(meeting.date) == nil {
                add("meetings", "Vergaderdatum '\(meeting.date)' is geen datum.", "Meeting date '\(meeting.date)' is not a date.")
            }
        case .modeldocument:
            for version in d.versions where LocalDate.parse(version.date) == nil {
                add("versions", "Versiedatum '\(version.date)' is geen datum.", "Version date '\(version.date)' is not a date.")
            }
        case .publicatie, .nieuws:
            break
        }
        return out
    }

    private func dateProblems(_ text: String?, _ field: String, _ out: inout [KnowledgeProblem]) {
        guard let text, !text.isEmpty else { return }
        if LocalDate.parse(text) == nil {
            out.append(KnowledgeProblem(field: field, nl: "'\(text)' is geen datum (jjjj-mm-dd).", en: "'\(text)' is not a date (yyyy-mm-dd)."))
        }
    }

    /// An absolute http(s) address with a host.
    public static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              let host = url.host, !host.isEmpty else { return false }
        return true
    }
}

/// A calendar date without a time zone ("2027-02-11").
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1, day <= LocalDate.days(in: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func parse(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    static func days(in month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}

/// A date and time on the wall clock in Brussels ("2027-02-11T13:30").
public struct LocalDateTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let date: LocalDate
    public let hour: Int
    public let minute: Int

    public static func parse(_ text: String) -> LocalDateTime? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate.parse(String(parts[0])) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time[0].count == 2, time[1].count == 2, let h = Int(time[0]), let m = Int(time[1]),
              (0...23).contains(h), (0...59).contains(m) else { return nil }
        return LocalDateTime(date: date, hour: h, minute: m)
    }

    /// The moment this wall-clock time is in Brussels.
    public var instant: Date? {
        var components = DateComponents()
        components.year = date.year
        components.month = date.month
        components.day = date.day
        components.hour = hour
        components.minute = minute
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt
        return calendar.date(from: components)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { (a.date, a.hour, a.minute) < (b.date, b.hour, b.minute) }
    public var description: String { "\(date)T" + String(format: "%02d:%02d", hour, minute) }
}
