import AccessDomain
@testable import App
import Foundation
@testable import Kennis
import KennisDomain
@testable import Platform
import SQLKit
import Testing
import Vapor
import VaporTesting
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Events on SQLite and PostgreSQL: registering up to the cap and then on the waiting list, the signed cancel link
/// moving the first on the waiting list up (with a mail to them), forged links refused with a page (never a 500),
/// the editors' list and its formula-safe CSV, and the iCalendar files and Atom feeds (content types, and they parse).
@Suite("Kennis events")
struct EventTests {
    static let slug = "testdag-kleine-zaal"

    /// A published event with two seats, far enough ahead that registration is open.
    @discardableResult
    static func smallEvent(_ app: Application, slug: String = slug, publish: Bool = true) async throws -> StoredKnowledge {
        var details = KnowledgeDetails()
        details.starts = "2030-03-05T10:00"
        details.ends = "2030-03-05T12:30"
        details.place = Bilingual(nl: "Leuven, zaal 1", en: "Leuven, room 1")
        details.capacity = 2
        details.registrationUntil = "2030-03-01"
        let content = KnowledgeContent(
            kind: .evenement, slug: slug, title: Bilingual(nl: "Testdag in een kleine zaal", en: "Test day in a small room"),
            summary: Bilingual(nl: "Een dag om te testen.", en: "A day to test."), body: Bilingual(nl: "Programma volgt."),
            details: details)
        let service = KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
        try await service.create(content, by: .commandLine, publish: publish)
        return try #require(try await KnowledgeStore(database: app.db).item(slug: slug))
    }

    static func statuses(_ app: Application, _ event: StoredKnowledge) async throws -> [String: RegistrationStatus] {
        Dictionary(uniqueKeysWithValues: try await KnowledgeStore(database: app.db).registrations(itemID: event.id).map { ($0.email, $0.status) })
    }

    static func mails(_ app: Application, to address: String) async throws -> [OutboxMessage] {
        try await MailOutbox.messages(limit: 1000, on: app.db).filter { $0.to.contains(address) && $0.module == KnowledgeService.eventMailModule }
    }

    /// The site path of the first link in a mail's text that contains `marker`.
    static func link(in text: String, containing marker: String) throws -> String {
        let line = try #require(text.split(separator: "\n").first { $0.contains(marker) })
        let address = try #require(line.range(of: "http")).lowerBound
        let url = try #require(URL(string: String(line[address...]).trimmingCharacters(in: .whitespaces)))
        return url.path
    }

    /// A visitor with the CSRF cookie and token of a page with a form.
    static func visitor(_ app: Application) async throws -> Browser {
        let browser = Browser(app)
        try await browser.get("/nieuwsbrief")
        #expect(browser.csrf != nil)
        return browser
    }

    static func register(_ browser: Browser, _ name: String, _ email: String, slug: String = slug) async throws -> TestingHTTPResponse {
        try await browser.post("/kennis/\(slug)/inschrijven", [("name", name), ("email", email), ("organisation", "Stad Gent")])
    }

    // MARK: Registering

    @Test(arguments: TestDatabase.available)
    func registrationFillsTheSeatsThenTheWaitingList(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            let event = try await Self.smallEvent(app)
            let visitor = try await Self.visitor(app)

            // act: three people for two seats
            let first = try await Self.register(visitor, "An Peeters", "an@gent.be")
            let second = try await Self.register(visitor, "Bram Claes", "bram@gent.be")
            let third = try await Self.register(visitor, "Cato Janssens", "cato@gent.be")

            // check
            #expect(first.status == .ok && second.status == .ok && third.status == .ok)
            #expect(first.body.string.contains("Je bent ingeschreven. We stuurden een bevestiging naar an@gent.be."))
            #expect(third.body.string.contains("Je staat op de wachtlijst"))
            #expect(third.body.string.contains("Het evenement is volzet."))
            #expect(!third.body.string.contains("⟦"))
            let statuses = try await Self.statuses(app, event)
            #expect(statuses == ["an@gent.be": .ingeschreven, "bram@gent.be": .ingeschreven, "cato@gent.be": .wachtlijst])
            #expect(try await Self.mails(app, to: "cato@gent.be").first?.subject == "Wachtlijst: Testdag in een kleine zaal")
            #expect(try await Self.mails(app, to: "an@gent.be").first?.subject == "Inschrijving: Testdag in een kleine zaal")

            // The same address twice, and an English visitor's problems, located at their fields.
            let again = try await Self.register(visitor, "An Peeters", "AN@gent.be")
            #expect(again.status == .badRequest)
            #expect(again.body.string.contains("Dit e-mailadres is al ingeschreven (ingeschreven)."))
            let english = try await visitor.post("/kennis/\(Self.slug)/inschrijven?lang=en", [("name", ""), ("email", "not-an-address")])
            #expect(english.status == .badRequest)
            let html = english.body.string
            #expect(html.contains("id=\"inschrijving-naam-error\" class=\"field-error\">Give your name (at most 120 characters).</p>"))
            #expect(html.contains("id=\"inschrijving-email-error\" class=\"field-error\">This is not a valid e-mail address.</p>"))
            #expect(html.contains("aria-invalid=\"true\""))
            #expect(html.contains("value=\"not-an-address\""))
            #expect(!html.contains("⟦"))
            #expect(try await Self.statuses(app, event).count == 3)

            // No CSRF token: refused before anything happens.
            let forged = try await visitor.post("/kennis/\(Self.slug)/inschrijven", [("name", "D"), ("email", "d@gent.be")], csrf: "")
            #expect(forged.status == .forbidden)
            // Not an event, or not published: nothing to register for.
            try await Self.smallEvent(app, slug: "testdag-concept", publish: false)
            #expect(try await Self.register(visitor, "Dirk", "dirk@gent.be", slug: "testdag-concept").status == .notFound)
            #expect(try await Self.register(visitor, "Dirk", "dirk@gent.be", slug: "bestaat-niet").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func cancellingWithTheSignedLinkMovesTheFirstWaitingUp(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: two seats taken, two waiting
            let event = try await Self.smallEvent(app)
            let visitor = try await Self.visitor(app)
            for (name, email) in [("An", "an@gent.be"), ("Bram", "bram@gent.be"), ("Cato", "cato@gent.be"), ("Dirk", "dirk@gent.be")] {
                #expect(try await Self.register(visitor, name, email).status == .ok)
            }
            let mail = try #require(try await Self.mails(app, to: "an@gent.be").first)
            let cancel = try Self.link(in: mail.text, containing: "/kennis/inschrijving/")

            // act: An opens the link from the mail in another browser, then presses the button
            let fromMail = Browser(app)
            let page = try await fromMail.get(cancel)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Annuleer mijn inschrijving"))
            #expect(page.body.string.contains("Inschrijving van An (an@gent.be): ingeschreven."))
            #expect(try await Self.statuses(app, event)["an@gent.be"] == .ingeschreven, "opening the link changes nothing")
            let done = try await fromMail.post(cancel)

            // check
            #expect(done.status == .ok)
            #expect(done.body.string.contains("Je inschrijving is geannuleerd."))
            let statuses = try await Self.statuses(app, event)
            #expect(statuses == ["an@gent.be": .geannuleerd, "bram@gent.be": .ingeschreven, "cato@gent.be": .ingeschreven, "dirk@gent.be": .wachtlijst])
            let promoted = try await Self.mails(app, to: "cato@gent.be")
            #expect(promoted.count == 2)
            #expect(promoted.contains { $0.subject == "Inschrijving: Testdag in een kleine zaal" && $0.text.contains("Er kwam een plaats vrij") })
            #expect(try await Self.mails(app, to: "dirk@gent.be").count == 1)

            // The link again: already cancelled, nobody else moves.
            let twice = try await fromMail.post(cancel)
            #expect(twice.status == .ok && twice.body.string.contains("Deze inschrijving was al geannuleerd."))
            #expect(try await Self.statuses(app, event)["dirk@gent.be"] == .wachtlijst)

            // Forged or broken links: a page with the reason, never a 500.
            let id = cancel.split(separator: "/")[2]
            for path in ["/kennis/inschrijving/\(id)/00112233445566778899aabbccddeeff", "/kennis/inschrijving/999999/abc",
                         "/kennis/inschrijving/niet-een-getal/abc"] {
                let forged = try await fromMail.get(path)
                #expect(forged.status == .badRequest, "\(path)")
                #expect(forged.body.string.contains("Deze link om te annuleren klopt niet."))
                #expect(try await fromMail.post(path).status == .badRequest)
            }
            #expect(try await Self.statuses(app, event)["bram@gent.be"] == .ingeschreven)
        }
    }

    // MARK: The editors' list

    @Test(arguments: TestDatabase.available)
    func theRegistrationsAreForEditorsWithAFormulaSafeCSV(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            _ = try await Self.smallEvent(app)
            let visitor = try await Self.visitor(app)
            _ = try await Self.register(visitor, "=HYPERLINK(\"https://evil.example\")", "an@gent.be")
            _ = try await Self.register(visitor, "Bram", "bram@gent.be")
            _ = try await Self.register(visitor, "Cato", "cato@gent.be")
            let editor = try await Accounts.signedIn(app, "redactie@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            let member = try await Accounts.signedIn(app, "lid@gent.be", organisation: "gent", role: .organisationAdmin)

            // act
            let page = try await editor.get("/kennis/\(Self.slug)/inschrijvingen")
            let csv = try await editor.get("/kennis/\(Self.slug)/inschrijvingen.csv")

            // check
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Ingeschreven: 2") && html.contains("Op de wachtlijst: 1") && html.contains("Geannuleerd: 0"))
            #expect(html.contains("Plaatsen: 2, nog vrij: 0"))
            #expect(html.contains("=HYPERLINK(&quot;https://evil.example&quot;)") || html.contains("=HYPERLINK(\"https://evil.example\")"))
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.headers.first(name: .contentDisposition)?.contains("inschrijvingen-\(Self.slug).csv") == true)
            let lines = csv.body.string.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first == "naam;organisatie;e-mail;status;ingeschreven_op")
            #expect(lines.count == 4)
            #expect(lines[1].hasPrefix("\"'=HYPERLINK(\"\"https://evil.example\"\")\";Stad Gent;an@gent.be;ingeschreven;"))
            #expect(lines[3].contains(";cato@gent.be;wachtlijst;"))

            // A visitor is sent to sign in first.
            let anonymous = try await Browser(app).get("/kennis/\(Self.slug)/inschrijvingen")
            #expect(anonymous.status == .seeOther && anonymous.headers.first(name: .location)?.hasPrefix("/aanmelden") == true)
            #expect(try await member.get("/kennis/\(Self.slug)/inschrijvingen").status == .forbidden)
            #expect(try await member.get("/kennis/\(Self.slug)/inschrijvingen.csv").status == .forbidden)
            #expect(try await editor.get("/kennis/bestaat-niet/inschrijvingen").status == .notFound)
        }
    }

    // MARK: Calendars and feeds

    @Test(arguments: TestDatabase.available)
    func theCalendarsAndFeedsParseWithTheirContentTypes(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the seed (news, practices, events) and our own event
            try await KennisSeed.load(database: app.db, files: app.fileStore)
            _ = try await Self.smallEvent(app)
            try await Self.smallEvent(app, slug: "testdag-concept", publish: false)
            let visitor = Browser(app)

            // One event
            let one = try await visitor.get("/kennis/\(Self.slug)/agenda.ics")
            #expect(one.status == .ok)
            #expect(one.headers.first(name: .contentType) == "text/calendar; charset=utf-8")
            let ics = one.body.string
            #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
            let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("SUMMARY:Testdag in een kleine zaal"))
            #expect(unfolded.contains("DTSTART;TZID=Europe/Brussels:20300305T100000"))
            #expect(unfolded.contains("DTEND;TZID=Europe/Brussels:20300305T123000"))
            #expect(unfolded.contains("LOCATION:Leuven\\, zaal 1"))
            #expect(unfolded.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })

            // All published events: the seed's three and ours, not the concept
            let all = try await visitor.get("/kennis/agenda/evenementen.ics")
            #expect(all.status == .ok)
            #expect(all.headers.first(name: .contentType) == "text/calendar; charset=utf-8")
            let allText = all.body.string.replacingOccurrences(of: "\r\n ", with: "")
            #expect(allText.components(separatedBy: "BEGIN:VEVENT").count == 5)
            #expect(allText.contains("Werkdag") && !allText.contains("testdag-concept"))

            #expect(try await visitor.get("/kennis/testdag-concept/agenda.ics").status == .notFound)
            #expect(try await visitor.get("/kennis/werkgroep-gdpr/agenda.ics").status == .notFound)

            // Feeds
            for (feed, kind) in [("nieuws.atom", KnowledgeKind.nieuws), ("praktijken.atom", .praktijk), ("evenementen.atom", .evenement)] {
                let response = try await visitor.get("/kennis/feeds/\(feed)")
                #expect(response.status == .ok)
                #expect(response.headers.first(name: .contentType) == "application/atom+xml; charset=utf-8")
                let parsed = try #require(AtomSummary.parse(response.body.string), "\(feed) does not parse")
                let published = try await KnowledgeStore(database: app.db).latestPublished(kinds: [kind], limit: 30)
                #expect(parsed.entryTitles.count == published.count)
                #expect(Set(parsed.entryTitles) == Set(published.map(\.content.title.nl)))
                #expect(parsed.links.allSatisfy { $0.hasPrefix("http://") || $0.hasPrefix("https://") })
                #expect(parsed.links.contains { $0.hasSuffix("/kennis/feeds/\(feed)") })
            }
            let english = try #require(AtomSummary.parse(try await visitor.get("/kennis/feeds/evenementen.atom?lang=en").body.string))
            #expect(english.entryTitles.contains("Test day in a small room"))
            #expect(try await visitor.get("/kennis/feeds/alles.atom").status == .notFound)
        }
    }
}

/// What the tests read from an Atom document, with Foundation's XML parser.
final class AtomSummary: NSObject, XMLParserDelegate {
    var entryTitles: [String] = []
    var links: [String] = []
    private var inEntry = false
    private var text = ""

    static func parse(_ xml: String) -> AtomSummary? {
        let summary = AtomSummary()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = summary
        return parser.parse() ? summary : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        text = ""
        if name == "entry" { inEntry = true }
        if name == "link", let href = attributes["href"] { links.append(href) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "entry" { inEntry = false }
        if name == "title", inEntry { entryTitles.append(text) }
    }
}
