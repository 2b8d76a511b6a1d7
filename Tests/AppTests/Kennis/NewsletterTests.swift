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

/// The newsletter on SQLite and PostgreSQL: subscribing (the same answer for a known address, a bad address located
/// at its field), the confirmation mail whose link confirms (after a button, not on opening), an editor composing,
/// previewing and sending (one outbox message per confirmed subscriber with the List-Unsubscribe headers, a second
/// send refused), the one-click unsubscribe POST without cookie or CSRF token, forged links refused with a page, and
/// the manage pages closed to non-editors.
@Suite("Kennis newsletter")
struct NewsletterTests {
    static func subscriber(_ app: Application, _ email: String) async throws -> StoredSubscriber {
        try #require(try await KnowledgeStore(database: app.db).subscriber(email: email))
    }

    static func newsletterMails(_ app: Application) async throws -> [OutboxMessage] {
        try await MailOutbox.messages(limit: 10_000, on: app.db).filter { $0.module == KnowledgeService.newsletterMailModule }
    }

    /// The site path of the first link in a text that contains `marker`.
    static func link(in text: String, containing marker: String) throws -> String {
        let line = try #require(text.split(separator: "\n").first { $0.contains(marker) })
        let address = try #require(line.range(of: "http")).lowerBound
        return try #require(URL(string: String(line[address...]).trimmingCharacters(in: .whitespaces))).path
    }

    /// A confirmed subscriber, through the service and a correctly signed link.
    static func confirmed(_ app: Application, _ email: String) async throws {
        let service = KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
        try await service.subscribe(email: email, baseURL: "https://stadsbeeld.test")
        let subscriber = try await subscriber(app, email)
        let signer = try await LinkSigner.load(KnowledgeService.signerPurpose, on: app.db)
        try await service.confirm(subscriberID: subscriber.id, signature: signer.sign(KnowledgeService.confirmMessage(subscriber.id, subscriber.email)))
    }

    // MARK: Subscribing

    @Test(arguments: TestDatabase.available)
    func subscribingMailsALinkThatConfirmsAfterTheButton(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            let visitor = Browser(app)
            let home = try await visitor.get("/nieuwsbrief")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("We bewaren alleen je e-mailadres"))
            #expect(home.body.string.contains("/kennis/feeds/nieuws.atom"))

            // A bad address: 400, the message at the field.
            let bad = try await visitor.post("/nieuwsbrief/inschrijven", [("email", "geen adres")])
            #expect(bad.status == .badRequest)
            #expect(bad.body.string.contains("id=\"nieuwsbrief-email-error\" class=\"field-error\">Dit is geen geldig e-mailadres.</p>"))
            #expect(bad.body.string.contains("aria-describedby=\"nieuwsbrief-email-error\""))

            // act
            let asked = try await visitor.post("/nieuwsbrief/inschrijven", [("email", "Lezer@Gent.be")])

            // check
            #expect(asked.status == .ok)
            #expect(asked.body.string.contains("Bekijk je mailbox."))
            #expect(try await Self.subscriber(app, "lezer@gent.be").status == .pending)
            let mail = try #require(try await Self.newsletterMails(app).first { $0.to == ["lezer@gent.be"] })
            #expect(mail.subject == "Bevestig je inschrijving op de nieuwsbrief")
            let confirm = try Self.link(in: mail.text, containing: "/nieuwsbrief/bevestigen/")

            // Opening the link (as a mail scanner would) changes nothing; the button confirms.
            let fromMail = Browser(app)
            let page = try await fromMail.get(confirm)
            #expect(page.status == .ok && page.body.string.contains("Ja, stuur me de nieuwsbrief"))
            #expect(try await Self.subscriber(app, "lezer@gent.be").status == .pending)
            let done = try await fromMail.post(confirm)
            #expect(done.status == .ok && done.body.string.contains("Inschrijving bevestigd"))
            #expect(try await Self.subscriber(app, "lezer@gent.be").status == .confirmed)

            // A known address gets the same answer, and no new mail.
            let before = try await Self.newsletterMails(app).count
            let known = try await visitor.post("/nieuwsbrief/inschrijven", [("email", "lezer@gent.be")])
            #expect(known.status == .ok && known.body.string.contains("Bekijk je mailbox."))
            #expect(try await Self.newsletterMails(app).count == before)

            // Forged links: a page with the reason, never a 500.
            let id = confirm.split(separator: "/")[2]
            for path in ["/nieuwsbrief/bevestigen/\(id)/00112233445566778899aabbccddeeff", "/nieuwsbrief/bevestigen/x/y",
                         "/nieuwsbrief/uitschrijven/\(id)/00112233445566778899aabbccddeeff", "/nieuwsbrief/uitschrijven/424242/abc"] {
                let forged = try await fromMail.get(path)
                #expect(forged.status == .badRequest, "\(path)")
                #expect(forged.body.string.contains("Deze link klopt niet of is onvolledig."))
                #expect(try await fromMail.post(path).status == .badRequest)
            }
            #expect(try await Self.subscriber(app, "lezer@gent.be").status == .confirmed)
            // The confirm link is not an unsubscribe link.
            #expect(try await Browser(app).post(confirm.replacingOccurrences(of: "bevestigen", with: "uitschrijven"), csrf: "").status == .badRequest)
        }
    }

    // MARK: Composing and sending

    @Test(arguments: TestDatabase.available)
    func anEditorComposesAndSendsOnceToEachConfirmedSubscriber(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: the seed, two confirmed subscribers and one who never confirmed
            try await KennisSeed.load(database: app.db, files: app.fileStore)
            try await Self.confirmed(app, "een@gent.be")
            try await Self.confirmed(app, "twee@leuven.be")
            let service = KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
            try await service.subscribe(email: "wacht@brugge.be", baseURL: "https://stadsbeeld.test")
            let editor = try await Accounts.signedIn(app, "redactie@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)

            let manage = try await editor.get("/nieuwsbrief/beheer")
            #expect(manage.status == .ok)
            #expect(manage.body.string.contains("Bevestigde abonnees die een nieuwsbrief krijgen: 2."))
            #expect(manage.body.string.contains("name=\"items[]\" value=\"nieuws-kennisbank-online\""))
            #expect(!manage.body.string.contains("⟦"))

            // Refused: no subject, no items, located at their fields.
            let refused = try await editor.post("/nieuwsbrief/beheer/nieuw", [("subject", " "), ("intro", "x")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("id=\"nieuwsbrief-onderwerp-error\" class=\"field-error\">Geef een onderwerp (hoogstens 200 tekens).</p>"))
            #expect(refused.body.string.contains("id=\"nieuwsbrief-items-error\" class=\"field-error\">Kies minstens één item.</p>"))
            #expect(try await KnowledgeStore(database: app.db).newsletters().isEmpty)

            // act: compose
            let intro = "Welkom bij **nummer één**.\n\n<script>alert(1)</script>"
            let created = try await editor.post("/nieuwsbrief/beheer/nieuw", [
                ("subject", "Nieuws uit de kennisbank"), ("intro", intro),
                ("items[]", "nieuws-kennisbank-online"), ("items[]", "werkdag-klimaatfinanciering-2027"),
            ])
            #expect(created.status == .seeOther)
            #expect(created.headers.first(name: .location) == "/nieuwsbrief/beheer/1?gelukt=aangemaakt")
            let edit = try await editor.get("/nieuwsbrief/beheer/1?gelukt=aangemaakt")
            #expect(edit.status == .ok)
            let html = edit.body.string
            #expect(html.contains("Het ontwerp is gemaakt."))
            #expect(html.contains("■ De kennisbank van Stadsbeeld is online (Nieuws)"))
            #expect(html.contains("&lt;h1&gt;Nieuws uit de kennisbank&lt;/h1&gt;"), "the HTML preview is shown as source")
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(html.contains("Ja, verstuur deze nieuwsbrief nu (bevestigde abonnees: 2)"))

            // A draft is the editors' preview only.
            #expect(try await Browser(app).get("/nieuwsbrief/nummer/1").status == .notFound)
            let preview = try await editor.get("/nieuwsbrief/nummer/1")
            #expect(preview.status == .ok && preview.body.string.contains("<strong>nummer één</strong>"))
            #expect(!preview.body.string.contains("<script>alert(1)</script>"))

            // Saving a change.
            let saved = try await editor.post("/nieuwsbrief/beheer/1", [
                ("subject", "Nieuws uit de kennisbank (december)"), ("intro", intro), ("items[]", "nieuws-kennisbank-online"),
            ])
            #expect(saved.status == .seeOther)
            #expect(try await KnowledgeStore(database: app.db).newsletter(number: 1)?.itemSlugs == ["nieuws-kennisbank-online"])

            // Sending needs the box ticked.
            let unticked = try await editor.post("/nieuwsbrief/beheer/1/versturen")
            #expect(unticked.status == .badRequest)
            #expect(unticked.body.string.contains("Vink aan dat je de nieuwsbrief nu wilt versturen."))
            #expect(try await Self.newsletterMails(app).filter { $0.subject.hasPrefix("Nieuws uit") }.isEmpty)

            // act: send
            let sent = try await editor.post("/nieuwsbrief/beheer/1/versturen", [("confirm", "ja")])

            // check
            #expect(sent.status == .ok)
            #expect(sent.body.string.contains("staat klaar om te versturen (abonnees: 2)"))
            let messages = try await Self.newsletterMails(app).filter { $0.subject == "Nieuws uit de kennisbank (december)" }
            #expect(messages.count == 2)
            #expect(Set(messages.flatMap(\.to)) == ["een@gent.be", "twee@leuven.be"])
            for message in messages {
                let unsubscribe = try #require(message.headers.first { $0.name == "List-Unsubscribe" }?.value)
                #expect(unsubscribe.hasPrefix("<http") && unsubscribe.contains("/nieuwsbrief/uitschrijven/") && unsubscribe.hasSuffix(">"))
                #expect(message.headers.contains(MailHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
                #expect(message.html?.contains("<script>") == false)
            }

            // A second send is refused.
            let again = try await editor.post("/nieuwsbrief/beheer/1/versturen", [("confirm", "ja")])
            #expect(again.status == .badRequest)
            #expect(again.body.string.contains("Deze nieuwsbrief is al verstuurd."))
            #expect(try await Self.newsletterMails(app).filter { $0.subject == "Nieuws uit de kennisbank (december)" }.count == 2)
            #expect(try await editor.post("/nieuwsbrief/beheer/1", [("subject", "Anders"), ("items[]", "nieuws-kennisbank-online")]).status == .badRequest)

            // Now it is public: the issue page and the archive.
            let visitor = Browser(app)
            let issue = try await visitor.get("/nieuwsbrief/nummer/1")
            #expect(issue.status == .ok && issue.body.string.contains("De kennisbank van Stadsbeeld is online"))
            #expect(try await visitor.get("/nieuwsbrief").body.string.contains("Nummer 1: Nieuws uit de kennisbank (december)"))
            let english = try await visitor.get("/nieuwsbrief/nummer/1?lang=en")
            #expect(english.body.string.contains("The Stadsbeeld knowledge base is online") && !english.body.string.contains("⟦"))

            // act: the one-click unsubscribe of a mail program: a POST with no cookie and no CSRF token
            let message = try #require(messages.first { $0.to == ["een@gent.be"] })
            let header = try #require(message.headers.first { $0.name == "List-Unsubscribe" }?.value)
            let path = try #require(URL(string: String(header.dropFirst().dropLast()))).path
            let response = try await app.testing().sendRequest(
                .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"], body: ByteBuffer(string: "List-Unsubscribe=One-Click"))

            // check
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Uitgeschreven"))
            #expect(try await Self.subscriber(app, "een@gent.be").status == .unsubscribed)
            #expect(try await Self.subscriber(app, "twee@leuven.be").status == .confirmed)
            // The link in the text does the same with a page and a button.
            #expect(try Self.link(in: message.text, containing: "/nieuwsbrief/uitschrijven/") == path)
            #expect(try await Browser(app).get(path).body.string.contains("Uitgeschreven"))
        }
    }

    // MARK: Access

    @Test(arguments: TestDatabase.available)
    func theManagePagesAreForEditorsOnly(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let member = try await Accounts.signedIn(app, "lid@gent.be", organisation: "gent", role: .organisationAdmin)
            let viewer = try await Accounts.signedIn(app, "lezer@kenniscentrum.be", organisation: "kenniscentrum", role: .viewer)
            let anonymous = Browser(app)
            try await anonymous.get("/nieuwsbrief")
            for browser in [member, viewer] {
                #expect(try await browser.get("/nieuwsbrief/beheer").status == .forbidden)
                #expect(try await browser.get("/nieuwsbrief/beheer/1").status == .forbidden)
                #expect(try await browser.post("/nieuwsbrief/beheer/nieuw", [("subject", "x")]).status == .forbidden)
                #expect(try await browser.post("/nieuwsbrief/beheer/1/versturen", [("confirm", "ja")]).status == .forbidden)
            }
            // A visitor is sent to sign in first; a POST is refused.
            let signIn = try await anonymous.get("/nieuwsbrief/beheer")
            #expect(signIn.status == .seeOther && signIn.headers.first(name: .location)?.hasPrefix("/aanmelden") == true)
            #expect(try await anonymous.post("/nieuwsbrief/beheer/nieuw", [("subject", "x")]).status == .unauthorized)
            #expect(try await KnowledgeStore(database: app.db).newsletters().isEmpty)
            // Unknown issues are 404 for everyone, editors too.
            let editor = try await Accounts.signedIn(app, "redactie@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            #expect(try await editor.get("/nieuwsbrief/beheer/7").status == .notFound)
            #expect(try await editor.get("/nieuwsbrief/nummer/zeven").status == .notFound)
            #expect(try await anonymous.get("/nieuwsbrief/nummer/7").status == .notFound)
        }
    }
}
