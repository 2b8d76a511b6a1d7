import AccessDomain
@testable import App
@testable import Kennis
import KennisDomain
@testable import Platform
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The knowledge item pages on SQLite and PostgreSQL: the home, the lists and the item pages show the seed in Dutch
/// and English; a member proposes a practice that only they and the editors see until an editor publishes it; what
/// a member may not do is refused; hostile Markdown is neutralised; uploads are judged by their content and served
/// with the right headers; a stale edit is refused.
@Suite("Kennis item pages")
struct KnowledgeItemTests {
    static let memberEmail = "lid@gent.be"
    static let editorEmail = "redactie@kenniscentrum.be"

    static func seed(_ app: Application) async throws {
        try await KennisSeed.load(database: app.db, files: app.fileStore)
    }

    static func item(_ app: Application, _ slug: String) async throws -> StoredKnowledge {
        try #require(try await KnowledgeStore(database: app.db).item(slug: slug))
    }

    /// A practice as the propose form sends it.
    static func practiceForm(title: String, body: String = "Gezinnen lenen fietsen voor hun kinderen.",
                             extra: [(String, String)] = []) -> [(String, String)] {
        [("soort", "praktijk"), ("titel", title), ("samenvatting", "Een fietsbibliotheek voor gezinnen."), ("tekst", body),
         ("stad", "gent"), ("onderwerpen[]", "mobiliteit"), ("steden[]", "gent"), ("werkpakketten", "2"), ("datum", "2026-05-04")] + extra
    }

    /// A multipart body as a browser sends it: text fields and one file with its declared type.
    static func upload(_ browser: Browser, _ path: String, _ fields: [(String, String)], file: (name: String, type: String, data: Data))
        async throws -> TestingHTTPResponse {
        let boundary = "----kennis-test-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields + [(CSRF_FIELD, browser.csrf ?? "")] {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"\(file.name)\"\r\nContent-Type: \(file.type)\r\n\r\n".utf8))
        body.append(file.data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await browser.send(.POST, path, contentType: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(data: body))
    }

    // MARK: Reading

    @Test(arguments: TestDatabase.available)
    func theHomeTheListsAndTheItemPagesShowTheSeedInBothLanguages(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.seed(app)
            let visitor = Browser(app)

            // The home: the newest news, practices, contracts and networks, and links to every list.
            let home = try await visitor.get("/kennis")
            #expect(home.status == .ok)
            var html = home.body.string
            #expect(html.contains("Laatste nieuws") && html.contains("Komende evenementen"))
            let newestNews = try await KnowledgeStore(database: app.db).latestPublished(kinds: [.nieuws], limit: 50)
                .sorted { $0.shownDate > $1.shownDate }
            #expect(html.contains(HTMLEscaping.escape(newestNews[0].content.title.nl)))
            #expect(!html.contains(HTMLEscaping.escape(newestNews[3].content.title.nl)))
            #expect(html.contains("href=\"/kennis/emissie-inventaris-dashboard-antwerpen\""))
            #expect(html.contains("href=\"/kennis/soort/raamcontract\"") && html.contains("href=\"/nieuwsbrief\""))
            #expect(html.contains("action=\"/zoeken\""))
            // Nothing to propose for an anonymous visitor.
            #expect(!html.contains("href=\"/kennis/nieuw\""))
            #expect(!html.contains("⟦"))
            let english = try await visitor.get("/kennis?lang=en")
            #expect(english.body.string.contains("Latest news") && english.body.string.contains(HTMLEscaping.escape(newestNews[0].content.title.en)))
            #expect(!english.body.string.contains("⟦"))

            // A list: newest first, a filter on a topic, an unknown value said on the page.
            let list = try await visitor.get("/kennis/soort/praktijk?lang=nl")
            #expect(list.status == .ok)
            html = list.body.string
            #expect(html.contains("10 items."))
            let antwerpen = try #require(html.range(of: "emissie-inventaris-dashboard-antwerpen"))
            let roeselare = try #require(html.range(of: "klimaatteam-ritme-roeselare"))
            #expect(antwerpen.lowerBound < roeselare.lowerBound)
            let filtered = try await visitor.get("/kennis/soort/praktijk?lang=nl&stad=kortrijk&thema=bestaat-niet&jaar=twintig")
            html = filtered.body.string
            #expect(filtered.status == .ok)
            #expect(html.contains("Onderwerp ‘bestaat-niet’ bestaat niet; getoond: alle onderwerpen."))
            #expect(html.contains("Jaar ‘twintig’ is geen jaar; getoond: alle jaren."))
            #expect(html.contains("warmtezoneringsplan-kortrijk") && !html.contains("hemelwater-droogteplan-gent"))
            let englishList = try await visitor.get("/kennis/soort/praktijk?lang=en&stad=nergens")
            #expect(englishList.body.string.contains("City or organisation ‘nergens’ does not exist; shown: all cities."))
            #expect(!englishList.body.string.contains("⟦"))
            #expect(try await visitor.get("/kennis/soort/onbekend").status == .notFound)

            // An item page: its facts, its kind's block, its file, its connections.
            let practice = try await visitor.get("/kennis/warmtezoneringsplan-kortrijk?lang=nl")
            #expect(practice.status == .ok)
            html = practice.body.string
            #expect(html.contains("Warmtezonering als vast onderdeel van het klimaatplan"))
            #expect(html.contains("<h2>Wat is hier bijzonder?</h2>"))
            #expect(html.contains("Het probleem") && html.contains("Klimaatteam, Stad Kortrijk"))
            #expect(html.contains("href=\"/kennis/soort/praktijk?thema=klimaat\""))
            let file = try #require(try await Self.item(app, "warmtezoneringsplan-kortrijk").files.first)
            #expect(html.contains("href=\"/kennis/warmtezoneringsplan-kortrijk/bestanden/\(file.id)/warmtezoneringsplan-kortrijk.pdf\""))
            #expect(html.contains("Verbonden met") && html.contains("href=\"/maturiteit/modellen/klimaatgovernance/themas/strategie\""))
            #expect(html.contains("Werkpakket 1"))
            // No manage section for a visitor, no status badge for a published item.
            #expect(!html.contains("kennis-manage") && !html.contains("kennis-status-"))
            #expect(!html.contains("⟦"))
            let englishItem = try await visitor.get("/kennis/warmtezoneringsplan-kortrijk?lang=en")
            #expect(englishItem.body.string.contains("Heat zoning as a fixed part of the climate plan"))
            #expect(englishItem.body.string.contains("Connected with") && !englishItem.body.string.contains("⟦"))

            // The other kinds' blocks.
            html = try await visitor.get("/kennis/raamcontract-expertenpool-klimaat?lang=nl").body.string
            #expect(html.contains("Aanbestedende overheid") && html.contains("€\u{00A0}800.000") && html.contains("4000 uur"))
            #expect(try await visitor.get("/kennis/raamcontract-expertenpool-klimaat?lang=en").body.string.contains("€\u{00A0}800,000"))
            html = try await visitor.get("/kennis/werkgroep-gdpr?lang=nl").body.string
            #expect(html.contains("Werkgroep") && html.contains("Vergaderingen") && html.contains("Ervaringen met de NIS2-registratie"))
            html = try await visitor.get("/kennis/model-verwerkersovereenkomst").body.string
            #expect(html.contains("Versies"))
            let event = try await Self.item(app, "werkdag-klimaatfinanciering-2027")
            html = try await visitor.get("/kennis/werkdag-klimaatfinanciering-2027?lang=nl").body.string
            #expect(html.contains("href=\"/kennis/werkdag-klimaatfinanciering-2027/agenda.ics\"") && html.contains("Nog vrij"))
            let open = RegistrationRules.isOpen(registrationUntil: event.content.details.registrationUntil.flatMap(LocalDate.parse),
                                                starts: event.content.details.starts.flatMap(LocalDateTime.parse), today: KnowledgeDates.today())
            #expect(html.contains("action=\"/kennis/werkdag-klimaatfinanciering-2027/inschrijven\"") == open)
            #expect(!html.contains("⟦"))
            #expect(try await visitor.get("/kennis/werkdag-klimaatfinanciering-2027?lang=en").body.string.contains("Places left"))

            #expect(try await visitor.get("/kennis/bestaat-niet").status == .notFound)
        }
    }

    // MARK: Proposing and the workflow

    @Test(arguments: TestDatabase.available)
    func aMemberProposesAPracticeThatOnlyTheyAndTheEditorsSeeUntilItIsPublished(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let member = try await Accounts.signedIn(app, Self.memberEmail, organisation: "gent", role: .viewer)
            let editor = try await Accounts.signedIn(app, Self.editorEmail, organisation: "kenniscentrum", role: .editor)
            let anonymous = Browser(app)

            // The form: a member gets the practice form only, without the publish box.
            let form = try await member.get("/kennis/nieuw?soort=raamcontract")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Als lid van een stad stel je een goede praktijk voor"))
            #expect(form.body.string.contains("name=\"stad\"") && !form.body.string.contains("name=\"aanbesteder\""))
            #expect(!form.body.string.contains("name=\"publiceren\""))
            // An editor chooses the kind first; then the kind's fields.
            #expect(try await editor.get("/kennis/nieuw").body.string.contains("name=\"soort\""))
            let contractForm = try await editor.get("/kennis/nieuw?soort=raamcontract").body.string
            #expect(contractForm.contains("name=\"aanbesteder\"") && contractForm.contains("name=\"publiceren\""))
            #expect(try await editor.get("/kennis/nieuw?soort=iets").body.string.contains("Soort ‘iets’ bestaat niet."))

            // A problem: the form again (400), refilled, the message at its field.
            let refused = try await member.post("/kennis/nieuw", Self.practiceForm(title: "", extra: [("werkpakketten", "2, negen")]))
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Geef een titel.") && refused.body.string.contains("‘negen’ is geen getal"))
            #expect(refused.body.string.contains("id=\"f-titel-fout\"") && refused.body.string.contains("aria-invalid=\"true\""))
            #expect(refused.body.string.contains("Gezinnen lenen fietsen voor hun kinderen."))
            let reserved = try await member.post("/kennis/nieuw", Self.practiceForm(title: "Nieuw", extra: [("webadres", "nieuw")]))
            #expect(reserved.status == .badRequest && reserved.body.string.contains("is voorbehouden"))

            // Proposed: a concept, shown to its author, not found by anyone else.
            let created = try await member.post("/kennis/nieuw", Self.practiceForm(title: "Fietsbibliotheek voor gezinnen"))
            #expect(created.status == .seeOther)
            #expect(created.headers.first(name: .location) == "/kennis/fietsbibliotheek-voor-gezinnen?gelukt=aangemaakt")
            var item = try await Self.item(app, "fietsbibliotheek-voor-gezinnen")
            #expect(item.status == .concept && item.content.details.city == "gent" && item.content.workPackages == [2])
            let own = try await member.get("/kennis/fietsbibliotheek-voor-gezinnen?gelukt=aangemaakt")
            #expect(own.status == .ok)
            #expect(own.body.string.contains("Het item is bewaard.") && own.body.string.contains("kennis-status-concept"))
            #expect(own.body.string.contains("value=\"indienen\"") && !own.body.string.contains("value=\"publiceren\""))
            #expect(own.headers.first(name: .cacheControl)?.contains("private") == true)
            #expect(try await anonymous.get("/kennis/fietsbibliotheek-voor-gezinnen").status == .notFound)
            let other = try await Accounts.signedIn(app, "ander@antwerpen.be", organisation: "antwerpen", role: .editor)
            #expect(try await other.get("/kennis/fietsbibliotheek-voor-gezinnen").status == .notFound)
            #expect(!(try await anonymous.get("/kennis/soort/praktijk").body.string.contains("fietsbibliotheek")))

            // The member may not publish, nor make a contract.
            let publish = try await member.post("/kennis/fietsbibliotheek-voor-gezinnen/stap", [("stap", "publiceren")])
            #expect(publish.status == .forbidden)
            #expect(publish.body.string.contains("Alleen een redacteur van het Kenniscentrum kan dit."))
            #expect(try await Self.item(app, "fietsbibliotheek-voor-gezinnen").status == .concept)
            let contract = try await member.post("/kennis/nieuw", [("soort", "raamcontract"), ("titel", "Een contract"), ("aanbesteder", "Stad Gent")])
            #expect(contract.status == .forbidden)
            #expect(try await KnowledgeStore(database: app.db).item(slug: "een-contract") == nil)

            // Submitted: in the editors' queue and in the member's own list.
            #expect(try await member.post("/kennis/fietsbibliotheek-voor-gezinnen/stap", [("stap", "indienen")]).status == .seeOther)
            #expect(try await Self.item(app, "fietsbibliotheek-voor-gezinnen").status == .review)
            let queue = try await editor.get("/kennis/nazicht")
            #expect(queue.status == .ok && queue.body.string.contains("Fietsbibliotheek voor gezinnen"))
            #expect(try await editor.get("/kennis").body.string.contains("Nazicht: 1 ter nazicht"))
            #expect(try await member.get("/kennis/nazicht").body.string.contains("Ter nazicht"))
            #expect(try await anonymous.get("/kennis/nazicht").status == .seeOther)

            // Sending back needs a note; the author sees it.
            let noNote = try await editor.post("/kennis/fietsbibliotheek-voor-gezinnen/stap", [("stap", "terugsturen"), ("notitie", " ")])
            #expect(noNote.status == .badRequest && noNote.body.string.contains("Zeg de auteur wat er nog moet veranderen."))
            #expect(try await editor.post("/kennis/fietsbibliotheek-voor-gezinnen/stap",
                                          [("stap", "terugsturen"), ("notitie", "Voeg de kosten toe.")]).status == .seeOther)
            let sentBack = try await member.get("/kennis/fietsbibliotheek-voor-gezinnen").body.string
            #expect(sentBack.contains("Opmerking van de redactie") && sentBack.contains("Voeg de kosten toe."))
            #expect(try await member.get("/kennis/nazicht").body.string.contains("Voeg de kosten toe."))

            // Submitted again and published by the editor: now everyone sees it.
            #expect(try await member.post("/kennis/fietsbibliotheek-voor-gezinnen/stap", [("stap", "indienen")]).status == .seeOther)
            let published = try await editor.post("/kennis/fietsbibliotheek-voor-gezinnen/stap", [("stap", "publiceren")])
            #expect(published.status == .seeOther)
            item = try await Self.item(app, "fietsbibliotheek-voor-gezinnen")
            #expect(item.status == .gepubliceerd)
            let page = try await anonymous.get("/kennis/fietsbibliotheek-voor-gezinnen")
            #expect(page.status == .ok && page.body.string.contains("Fietsbibliotheek voor gezinnen"))
            #expect(!page.body.string.contains("kennis-manage"))
            #expect(try await anonymous.get("/kennis/soort/praktijk").body.string.contains("fietsbibliotheek-voor-gezinnen"))
            // Published, the author may no longer edit; the editor may.
            #expect(try await member.get("/kennis/fietsbibliotheek-voor-gezinnen/bewerken").status == .forbidden)
            #expect(try await editor.get("/kennis/fietsbibliotheek-voor-gezinnen/bewerken").status == .ok)
        }
    }

    @Test(arguments: TestDatabase.available)
    func hostileMarkdownAndTitlesAreNeutralised(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let member = try await Accounts.signedIn(app, Self.memberEmail, organisation: "gent", role: .viewer)
            try await member.get("/kennis/nieuw")
            let body = """
                # Kop

                <script>alert('x')</script>

                [klik](javascript:alert(1)) en [ook](JaVaScRiPt:alert(2)) en <a href="javascript:alert(3)">hier</a>

                <img src=x onerror=alert(4)>

                "><svg onload=alert(5)>
                """
            let created = try await member.post("/kennis/nieuw", Self.practiceForm(
                title: "Test <b>vet</b> \"><script>alert(6)</script>", body: body,
                extra: [("webadres", "vijandige-tekst"), ("links", "Gevaar | javascript:alert(7)")]))
            // The link is not a web address: refused at its field.
            #expect(created.status == .badRequest && created.body.string.contains("is geen http- of https-adres"))
            let saved = try await member.post("/kennis/nieuw", Self.practiceForm(
                title: "Test <b>vet</b> \"><script>alert(6)</script>", body: body, extra: [("webadres", "vijandige-tekst")]))
            #expect(saved.status == .seeOther)
            let html = try await member.get("/kennis/vijandige-tekst").body.string
            #expect(html.contains("<h2>Kop</h2>"))
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x") && !html.contains("<svg"))
            // Not a link anywhere: what remains of the raw HTML is text (`&lt;a href=…`), never a tag.
            #expect(html.range(of: #"<[^>]*href="\s*javascript"#, options: [.regularExpression, .caseInsensitive]) == nil)
            #expect(html.contains(">klik</a>") == false && html.contains("klik en ook en"))
            #expect(!html.contains("<b>vet</b>") && html.contains("Test &lt;b&gt;vet&lt;/b&gt;"))
            // The edit form shows the Markdown as text in the textarea, escaped.
            let edit = try await member.get("/kennis/vijandige-tekst/bewerken").body.string
            #expect(!edit.contains("<script>alert") && edit.contains("&lt;script&gt;alert"))
        }
    }

    // MARK: Files

    @Test(arguments: TestDatabase.available)
    func uploadsAreJudgedByTheirContentAndServedWithTheRightHeaders(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let member = try await Accounts.signedIn(app, Self.memberEmail, organisation: "gent", role: .viewer)
            #expect(try await member.post("/kennis/nieuw", Self.practiceForm(title: "Fietsbibliotheek voor gezinnen")).status == .seeOther)
            let path = "/kennis/fietsbibliotheek-voor-gezinnen"
            try await member.get(path)

            // HTML named .pdf: refused with the reason, the item page again (400).
            let html = Data("<html><body><script>alert(1)</script></body></html>".utf8)
            let fake = try await Self.upload(member, path + "/bestanden", [("titel", "Nota")], file: ("nota.pdf", "application/pdf", html))
            #expect(fake.status == .badRequest)
            #expect(fake.body.string.contains("geen PDF"))
            #expect(fake.body.string.contains("value=\"Nota\""))
            #expect(try await Self.item(app, "fietsbibliotheek-voor-gezinnen").files.isEmpty)

            // A real PDF: kept, listed, downloaded inline with its type, never sniffed, private while not published.
            let pdf = SimplePDF.document(title: "Werkwijze fietsbibliotheek", paragraphs: ["Een korte nota over de aanpak, met één voorbeeld."])
            let ok = try await Self.upload(member, path + "/bestanden", [("titel", "Werkwijze"), ("versie", "v1")],
                                           file: ("werkwijze é.pdf", "application/octet-stream", pdf))
            #expect(ok.status == .seeOther)
            let file = try #require(try await Self.item(app, "fietsbibliotheek-voor-gezinnen").files.first)
            #expect(file.mediaType == "application/pdf" && file.versionLabel == "v1" && file.size == pdf.count)
            let page = try await member.get(path)
            let link = KennisPath.file("fietsbibliotheek-voor-gezinnen", file: file.id, name: file.name).path
            #expect(page.body.string.contains("href=\"\(link)\"") && page.body.string.contains("Werkwijze"))
            let download = try await member.get(link)
            #expect(download.status == .ok)
            #expect(download.headers.contentType?.description == "application/pdf")
            let disposition = try #require(download.headers.first(name: .contentDisposition))
            #expect(disposition.hasPrefix("inline; filename=\""))
            #expect(disposition.contains("filename*=UTF-8''werkwijze%20%C3%A9.pdf") || disposition.contains("filename*=UTF-8''"))
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(download.headers.first(name: .cacheControl)?.contains("private") == true)
            #expect(Data(download.body.readableBytesView) == pdf)
            // Not for others while the item is a concept; nor a file of another item.
            #expect(try await Browser(app).get(link).status == .notFound)
            #expect(try await member.get("/kennis/fietsbibliotheek-voor-gezinnen/bestanden/\(file.id + 999)/x.pdf").status == .notFound)

            // A text file is saved, not shown.
            let csv = try await Self.upload(member, path + "/bestanden", [], file: ("cijfers.csv", "text/csv", Data("jaar;aantal\n2025;12\n".utf8)))
            #expect(csv.status == .seeOther)
            let csvFile = try #require(try await Self.item(app, "fietsbibliotheek-voor-gezinnen").files.first { $0.name.hasSuffix(".csv") })
            let csvDownload = try await member.get(KennisPath.file("fietsbibliotheek-voor-gezinnen", file: csvFile.id, name: csvFile.name).path)
            #expect(csvDownload.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)

            // Removing a file.
            #expect(try await member.post(path + "/bestanden/\(csvFile.id)/verwijderen").status == .seeOther)
            #expect(try await Self.item(app, "fietsbibliotheek-voor-gezinnen").files.count == 1)

            // Someone who may not edit the item cannot upload to it.
            let other = try await Accounts.signedIn(app, "ander@antwerpen.be", organisation: "antwerpen", role: .editor)
            let refused = try await Self.upload(other, path + "/bestanden", [], file: ("x.pdf", "application/pdf", pdf))
            #expect(refused.status == .notFound)
        }
    }

    // MARK: Editing

    @Test(arguments: TestDatabase.available)
    func aStaleEditIsRefusedRatherThanOverwritingAnothersChange(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.seed(app)
            let editor = try await Accounts.signedIn(app, Self.editorEmail, organisation: "kenniscentrum", role: .editor)
            let path = "/kennis/raamcontract-expertenpool-klimaat"
            let form = try await editor.get(path + "/bewerken")
            #expect(form.status == .ok)
            let page = form.body.string
            #expect(page.contains("name=\"revision\" value=\"1\"") && page.contains("Voorbeeldstad (fictieve aankoopcentrale)"))
            #expect(page.contains("name=\"waarde\" value=\"800000\""))
            let item = try await Self.item(app, "raamcontract-expertenpool-klimaat")
            // What the form sends back unchanged, with one change.
            var fields = ItemFormValues(item.content, revision: item.revision)
            fields.titleNL = "Raamcontract expertenpool klimaat (gewijzigd)"
            let encoded = try URLEncodedFormEncoder().encode(fields)
            let pairs = encoded.split(separator: "&").map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                return (parts[0].replacingOccurrences(of: "+", with: " "), parts.count > 1 ? parts[1].replacingOccurrences(of: "+", with: " ") : "")
            }
            let first = try await editor.post(path + "/bewerken", pairs)
            #expect(first.status == .seeOther)
            #expect(try await Self.item(app, "raamcontract-expertenpool-klimaat").revision == 2)

            // The same form (revision 1) again: refused, nothing overwritten.
            let stale = try await editor.post(path + "/bewerken", pairs.map { $0.0 == "titel" ? ($0.0, "Oude titel") : $0 })
            #expect(stale.status == .badRequest)
            #expect(stale.body.string.contains("Iemand anders heeft dit item intussen bewaard."))
            #expect(stale.body.string.contains("value=\"Oude titel\""))
            let now = try await Self.item(app, "raamcontract-expertenpool-klimaat")
            #expect(now.content.title.nl == "Raamcontract expertenpool klimaat (gewijzigd)" && now.revision == 2)
            #expect(now.content.details.estimatedValue == 800000 && now.content.details.lots.count == 3)

            // Bad input in a number field: the form again with the message at the field.
            let bad = try await editor.post(path + "/bewerken", pairs.map { $0.0 == "waarde" ? ($0.0, "veel") : ($0.0 == "revision" ? ($0.0, "2") : $0) })
            #expect(bad.status == .badRequest && bad.body.string.contains("Geraamde waarde: ‘veel’ is geen geheel getal."))
            #expect(bad.body.string.contains("id=\"f-waarde-fout\""))
        }
    }
}
