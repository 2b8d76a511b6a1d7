import Foundation
import KennisDomain
import Vapor

/// The propose/edit form as typed: every field as text (a number field keeps what was typed, so the form can be
/// shown again with it), lists as lines, checkboxes as arrays. `content(kind:)` turns it into an item and says what
/// it could not read, located by the item's field names (the same names `KnowledgeRules` uses).
struct ItemFormValues: Content {
    var kind: String?
    var slug: String?
    var titleNL: String?
    var titleEN: String?
    var summaryNL: String?
    var summaryEN: String?
    var bodyNL: String?
    var bodyEN: String?
    var themes: [String]?
    var cities: [String]?
    var maturityThemes: [String]?
    var workPackages: String?
    var recommendations: String?
    var date: String?
    var publish: String?
    var revision: String?
    // Good practice
    var city: String?
    var contact: String?
    var links: String?
    var problemNL: String?
    var problemEN: String?
    var approachNL: String?
    var approachEN: String?
    var resultsNL: String?
    var resultsEN: String?
    var costsNL: String?
    var costsEN: String?
    // Publication
    var publisher: String?
    var publicationYear: String?
    // Framework contract
    var authority: String?
    var suppliers: String?
    var lots: String?
    var termStart: String?
    var termEnd: String?
    var estimatedValue: String?
    var expertHours: String?
    var experts: String?
    var whoMayJoinNL: String?
    var whoMayJoinEN: String?
    var howToJoinNL: String?
    var howToJoinEN: String?
    // Standard document
    var documentKind: String?
    var versions: String?
    // Network
    var networkKind: String?
    var chair: String?
    var members: [String]?
    var meetings: String?
    // Event
    var starts: String?
    var ends: String?
    var placeNL: String?
    var placeEN: String?
    var capacity: String?
    var registrationUntil: String?

    /// The names the form sends (Dutch, like every form of the site).
    enum CodingKeys: String, CodingKey {
        case kind = "soort", slug = "webadres", titleNL = "titel", titleEN = "titel_en", summaryNL = "samenvatting",
             summaryEN = "samenvatting_en", bodyNL = "tekst", bodyEN = "tekst_en", themes = "onderwerpen", cities = "steden",
             maturityThemes = "maturiteit", workPackages = "werkpakketten", recommendations = "aanbevelingen", date = "datum",
             publish = "publiceren", revision
        case city = "stad", contact, links, problemNL = "probleem", problemEN = "probleem_en", approachNL = "aanpak",
             approachEN = "aanpak_en", resultsNL = "resultaten", resultsEN = "resultaten_en", costsNL = "kosten", costsEN = "kosten_en"
        case publisher = "uitgever", publicationYear = "jaar"
        case authority = "aanbesteder", suppliers = "leveranciers", lots = "percelen", termStart = "looptijd_begin",
             termEnd = "looptijd_einde", estimatedValue = "waarde", expertHours = "experturen", experts = "experten",
             whoMayJoinNL = "wie", whoMayJoinEN = "wie_en", howToJoinNL = "hoe", howToJoinEN = "hoe_en"
        case documentKind = "documentsoort", versions = "versies"
        case networkKind = "netwerksoort", chair = "voorzitter", members = "leden", meetings = "vergaderingen"
        case starts = "begin", ends = "einde", placeNL = "plaats", placeEN = "plaats_en", capacity = "capaciteit",
             registrationUntil = "inschrijven_tot"
    }

    init() {}

    /// The form filled with an item, for editing.
    init(_ c: KnowledgeContent, revision: Int?) {
        let d = c.details
        kind = c.kind.rawValue
        slug = c.slug
        (titleNL, titleEN) = (c.title.nl, c.title.en)
        (summaryNL, summaryEN) = (c.summary.nl, c.summary.en)
        (bodyNL, bodyEN) = (c.body.nl, c.body.en)
        themes = c.themes
        cities = c.cities
        maturityThemes = c.maturityThemes
        workPackages = c.workPackages.map(String.init).joined(separator: ", ")
        recommendations = c.recommendations.map(String.init).joined(separator: ", ")
        date = c.date
        self.revision = revision.map(String.init)
        city = d.city
        contact = d.contact
        links = d.links.map { "\($0.title) | \($0.url)" }.joined(separator: "\n")
        (problemNL, problemEN) = (d.problem.nl, d.problem.en)
        (approachNL, approachEN) = (d.approach.nl, d.approach.en)
        (resultsNL, resultsEN) = (d.results.nl, d.results.en)
        (costsNL, costsEN) = (d.costs.nl, d.costs.en)
        publisher = d.publisher
        publicationYear = d.publicationYear.map(String.init)
        authority = d.authority
        suppliers = d.suppliers.joined(separator: "\n")
        lots = d.lots.joined(separator: "\n")
        termStart = d.termStart
        termEnd = d.termEnd
        estimatedValue = d.estimatedValue.map(String.init)
        expertHours = d.expertHours.map(String.init)
        experts = d.experts.joined(separator: "\n")
        (whoMayJoinNL, whoMayJoinEN) = (d.whoMayJoin.nl, d.whoMayJoin.en)
        (howToJoinNL, howToJoinEN) = (d.howToJoin.nl, d.howToJoin.en)
        documentKind = d.documentKind
        versions = d.versions.map { [$0.version, $0.date, $0.note.nl, $0.note.en].joined(separator: " | ") }.joined(separator: "\n")
        networkKind = d.networkKind
        chair = d.chair
        members = d.members
        meetings = d.meetings.map { [$0.date, $0.place, $0.summary.nl, $0.summary.en].joined(separator: " | ") }.joined(separator: "\n")
        starts = d.starts
        ends = d.ends
        (placeNL, placeEN) = (d.place.nl, d.place.en)
        capacity = d.capacity.map(String.init)
        registrationUntil = d.registrationUntil
    }

    /// The item this form describes, and what could not be read (numbers, lines). The slug comes from the title
    /// when none is given.
    func content(kind: KnowledgeKind) -> (KnowledgeContent, [KnowledgeProblem]) {
        var problems: [KnowledgeProblem] = []
        func text(_ value: String?) -> String { (value ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ value: String?) -> String? { let v = text(value); return v.isEmpty ? nil : v }
        func bilingual(_ nl: String?, _ en: String?) -> Bilingual { Bilingual(nl: text(nl), en: text(en)) }
        func lines(_ value: String?) -> [String] {
            text(value).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func number(_ value: String?, _ field: String, _ nl: String, _ en: String) -> Int? {
            guard let raw = optional(value) else { return nil }
            let digits = raw.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
                .replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "€", with: "")
            guard let n = Int(digits) else {
                problems.append(KnowledgeProblem(field: field, nl: "\(nl): ‘\(raw)’ is geen geheel getal.", en: "\(en): ‘\(raw)’ is not a whole number."))
                return nil
            }
            return n
        }
        func numbers(_ value: String?, _ field: String, _ nl: String, _ en: String) -> [Int] {
            text(value).split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" }).compactMap { part in
                guard let n = Int(part) else {
                    problems.append(KnowledgeProblem(field: field, nl: "\(nl): ‘\(part)’ is geen getal.", en: "\(en): ‘\(part)’ is not a number."))
                    return nil
                }
                return n
            }
        }
        func cells(_ line: String) -> [String] { line.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) } }

        var d = KnowledgeDetails()
        switch kind {
        case .praktijk:
            d.city = optional(city)
            d.contact = optional(contact)
            d.links = lines(links).compactMap { line in
                let parts = cells(line)
                if parts.count == 1 { return KnowledgeLink(title: "", url: parts[0]) }
                guard parts.count == 2 else {
                    problems.append(KnowledgeProblem(field: "links", nl: "Link ‘\(line)’: schrijf ‘titel | adres’.", en: "Link ‘\(line)’: write ‘title | address’."))
                    return nil
                }
                return KnowledgeLink(title: parts[0], url: parts[1])
            }
            d.problem = bilingual(problemNL, problemEN)
            d.approach = bilingual(approachNL, approachEN)
            d.results = bilingual(resultsNL, resultsEN)
            d.costs = bilingual(costsNL, costsEN)
        case .publicatie:
            d.publisher = optional(publisher)
            d.publicationYear = number(publicationYear, "publicationYear", "Jaar", "Year")
        case .raamcontract:
            d.authority = optional(authority)
            d.suppliers = lines(suppliers)
            d.lots = lines(lots)
            d.termStart = optional(termStart)
            d.termEnd = optional(termEnd)
            d.estimatedValue = number(estimatedValue, "estimatedValue", "Geraamde waarde", "Estimated value")
            d.expertHours = number(expertHours, "expertHours", "Uren", "Hours")
            d.experts = lines(experts)
            d.whoMayJoin = bilingual(whoMayJoinNL, whoMayJoinEN)
            d.howToJoin = bilingual(howToJoinNL, howToJoinEN)
        case .modeldocument:
            d.documentKind = optional(documentKind)
            d.versions = lines(versions).compactMap { line in
                let parts = cells(line)
                guard parts.count >= 3, parts.count <= 4 else {
                    problems.append(KnowledgeProblem(field: "versions", nl: "Versie ‘\(line)’: schrijf ‘versie | datum | nota’.",
                                                     en: "Version ‘\(line)’: write ‘version | date | note’."))
                    return nil
                }
                return DocumentVersion(version: parts[0], date: parts[1], note: Bilingual(nl: parts[2], en: parts.count == 4 ? parts[3] : ""))
            }
        case .netwerk:
            d.networkKind = optional(networkKind)
            d.chair = optional(chair)
            d.members = members ?? []
            d.meetings = lines(meetings).compactMap { line in
                let parts = cells(line)
                guard parts.count >= 3, parts.count <= 4 else {
                    problems.append(KnowledgeProblem(field: "meetings", nl: "Vergadering ‘\(line)’: schrijf ‘datum | plaats | verslag’.",
                                                     en: "Meeting ‘\(line)’: write ‘date | place | minutes’."))
                    return nil
                }
                return NetworkMeeting(date: parts[0], place: parts[1], summary: Bilingual(nl: parts[2], en: parts.count == 4 ? parts[3] : ""))
            }
        case .evenement:
            d.starts = optional(starts).map(Self.minutes)
            d.ends = optional(ends).map(Self.minutes)
            d.place = bilingual(placeNL, placeEN)
            d.capacity = number(capacity, "capacity", "Maximum aantal deelnemers", "Maximum number of participants")
            d.registrationUntil = optional(registrationUntil)
        case .nieuws:
            break
        }
        let title = bilingual(titleNL, titleEN)
        let given = text(slug).lowercased()
        let content = KnowledgeContent(
            kind: kind, slug: given.isEmpty ? KnowledgeRules.slug(from: title.nl) : given, title: title,
            summary: bilingual(summaryNL, summaryEN), body: bilingual(bodyNL, bodyEN),
            themes: themes ?? [], cities: cities ?? [], maturityThemes: maturityThemes ?? [],
            workPackages: numbers(workPackages, "workPackages", "Werkpakketten", "Work packages"),
            recommendations: numbers(recommendations, "recommendations", "Aanbevelingen", "Recommendations"),
            date: optional(date), details: d)
        return (content, problems)
    }

    /// A browser's `datetime-local` may send seconds ("2027-02-11T13:30:00"); the item keeps minutes.
    static func minutes(_ text: String) -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[2].count == 2 && parts[2].allSatisfy(\.isNumber) ? parts[0] + ":" + parts[1] : text
    }
}
