import AccessDomain
@testable import App
@testable import Cijfers
@testable import Kennis
import KennisDomain
@testable import Platform
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The content the search and cross-link tests run on: the Cijfers demo subset (small geography, the theme tree,
/// Fluvius' indicator sheet with Stadsbeeld's themes, a few values), the maturity models and the 2024 campaign (from
/// the migrations) and the 31 items of the Kennis seed with their PDFs.
enum SearchTestContent {
    static func load(into app: Application) async throws {
        let folder = try Fixtures.temporaryDirectory()
        let data = folder.appendingPathComponent("data.csv")
        var text = "period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n\n"
        text += "2020;gemeente2024;44021;100;10\n2021;gemeente2024;44021;200;20\n2021;gemeente2024;24062;50;15\n"
        try text.write(to: data, atomically: true, encoding: .utf8)
        try await TestData.load(TestData.smallGeography + [
            Fixtures.demo("themas.csv"), Fixtures.fluvius("Indicators.xlsx"), Fixtures.demo("stadsbeeld_indicatoren.csv"), data.path,
        ], into: app)
        try await KennisSeed.load(database: app.db, files: app.fileStore)
    }

    static func with(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            try await load(into: app)
            try await body(app)
        }
    }

    /// The addresses of the hits on a search page, in order.
    static func hits(_ html: String) -> [String] {
        guard let start = html.range(of: "<ol class=\"search-hits\""), let end = html[start.upperBound...].range(of: "</ol>") else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<h3><a href=\"").dropFirst().compactMap { part in
            part.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    static func seed() throws -> [SeedFile] { try KennisSeed.files() }
}

/// The site-wide search page (`/zoeken`) on SQLite and PostgreSQL: Dutch stemming and PDF text through the page,
/// facets that count and filter, unknown filter values said, concepts only for who may see them, the same hits on
/// both databases, the old Cijfers behaviours, and the API of the knowledge base.
@Suite("Site search")
struct SiteSearchTests {
    static let kortrijk = "/kennis/warmtezoneringsplan-kortrijk"

    // MARK: Words

    @Test(arguments: TestDatabase.available)
    func aWordOnlyInAPDFFindsItsPractice(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            // setup: the word is in the practice's PDF, not in its text
            let practice = try #require(try SearchTestContent.seed().first { $0.content.slug == "warmtezoneringsplan-kortrijk" })
            #expect(!practice.content.body.nl.lowercased().contains("restwarmte"))
            #expect(practice.pdf?.text.contains("restwarmtebronnen") == true)
            // act
            let response = try await Browser(app).get("/zoeken?q=restwarmtebron")
            // check
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(SearchTestContent.hits(html) == [Self.kortrijk])
            #expect(html.contains("<mark>restwarmtebronnen</mark>"))
            #expect(html.contains("Zoekresultaten voor ‘restwarmtebron’"))
            #expect(html.contains("1 resultaat"))
            #expect(!html.contains("⟦"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func anotherFormOfAWordFindsTheText(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            // The seed writes only "warmtenet" and "netbeheerder"; the plural forms find them through the stemmer.
            let text = try SearchTestContent.seed().map { $0.content.body.nl + " " + ($0.pdf?.text ?? "") + " " + $0.content.details.costs.nl }
                .joined(separator: " ")
            #expect(!text.contains("warmtenetten") && !text.contains("netbeheerders"))
            let browser = Browser(app)
            for query in ["warmtenetten", "netbeheerders", "Warmtenet"] {
                let html = try await browser.get("/zoeken?q=\(query)").body.string
                #expect(SearchTestContent.hits(html).contains(Self.kortrijk), "\(query)")
            }
            // A word that is nowhere finds nothing, and the page says what to do.
            let none = try await browser.get("/zoeken?q=zwembadrenovatie").body.string
            #expect(SearchTestContent.hits(none).isEmpty)
            #expect(none.contains("Niets gevonden.") && none.contains("Kijk de spelling na"))
        }
    }

    // MARK: Facets

    @Test(arguments: TestDatabase.available)
    func facetsCountAndFilter(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            // setup: what the seed holds, counted from its files
            let seed = try SearchTestContent.seed().map(\.content)
            let practices = seed.filter { $0.kind == .praktijk }
            let news = seed.filter { $0.kind == .nieuws }
            let climatePractices = practices.filter { $0.themes.contains("klimaat") }
            let kortrijkPractices = practices.filter { $0.cities.contains("kortrijk") || $0.details.city == "kortrijk" }
            #expect(practices.count > 5 && climatePractices.count < practices.count && !news.isEmpty)
            let browser = Browser(app)

            // act: only practices
            let html = try await browser.get("/zoeken?soort=praktijk").body.string
            // check: the count, the hits, and the kind facet counting the other kinds too (a link adds the kind)
            #expect(html.contains("\(practices.count) resultaten"))
            #expect(Set(SearchTestContent.hits(html)) == Set(practices.map { "/kennis/\($0.slug)" }))
            #expect(html.contains("href=\"/zoeken?soort=praktijk&amp;soort=nieuws\">Nieuws<span class=\"count\"> (\(news.count))</span>"))
            #expect(html.contains("Soort: Goede praktijk"))
            #expect(html.contains("aria-current=\"true\""))

            // The theme facet narrows to the practices on climate; its link keeps the kind.
            #expect(html.contains("href=\"/zoeken?soort=praktijk&amp;thema=klimaat\">Klimaat<span class=\"count\"> (\(climatePractices.count))</span>"))
            let climate = try await browser.get("/zoeken?soort=praktijk&thema=klimaat").body.string
            #expect(climate.contains("\(climatePractices.count) resultaten"))
            #expect(Set(SearchTestContent.hits(climate)) == Set(climatePractices.map { "/kennis/\($0.slug)" }))

            // City and year.
            let city = try await browser.get("/zoeken?soort=praktijk&stad=kortrijk").body.string
            #expect(Set(SearchTestContent.hits(city)) == Set(kortrijkPractices.map { "/kennis/\($0.slug)" }))
            #expect(city.contains("Stad of organisatie: Stad Kortrijk"))
            let year = try await browser.get("/zoeken?soort=praktijk&jaar=2024").body.string
            let expected2024 = practices.filter { ($0.date ?? "").hasPrefix("2024") }.map { "/kennis/\($0.slug)" }
            #expect(!expected2024.isEmpty)
            #expect(Set(SearchTestContent.hits(year)) == Set(expected2024))

            // Two kinds at once, and words with a filter.
            let two = try await browser.get("/zoeken?soort=praktijk&soort=nieuws").body.string
            #expect(two.contains("\(practices.count + news.count) resultaten"))
            let words = try await browser.get("/zoeken?q=restwarmtebron&soort=nieuws").body.string
            #expect(words.contains("Niets gevonden met deze filters"))
            #expect(words.contains("href=\"/zoeken?q=restwarmtebron\">Alle filters verwijderen</a>"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func unknownFilterValuesAreSaid(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            let browser = Browser(app)
            let response = try await browser.get("/zoeken?q=klimaat&soort=bestaatniet&soort=praktijk&jaar=twintig&thema=%3Cb%3E&stad=atlantis&pagina=-3")
            #expect(response.status == .ok)
            let html = response.body.string
            #expect(html.contains("De soort ‘bestaatniet’ bestaat niet."))
            #expect(html.contains("‘twintig’ is geen jaartal."))
            #expect(html.contains("Het thema ‘&lt;b&gt;’ bestaat niet."))
            #expect(html.contains("De stad of organisatie ‘atlantis’ bestaat niet."))
            #expect(html.contains("Pagina ‘-3’ bestaat niet."))
            // The known filter still works.
            #expect(!SearchTestContent.hits(html).isEmpty)
            #expect(SearchTestContent.hits(html).allSatisfy { $0.hasPrefix("/kennis/") })

            let english = try await browser.get("/zoeken?q=klimaat&soort=bestaatniet&lang=en").body.string
            #expect(english.contains("The kind ‘bestaatniet’ does not exist."))
            #expect(!english.contains("⟦"))
        }
    }

    // MARK: Who finds what

    @Test(arguments: TestDatabase.available)
    func aConceptIsFoundOnlyByWhoMaySeeIt(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            // setup: a member of Gent proposes a practice (a concept)
            let author = try await Accounts.create(app, "auteur@gent.be", organisation: "gent", role: .viewer)
            let gent = try await Accounts.organisation(app, "gent")
            var details = KnowledgeDetails()
            details.city = "gent"
            let content = KnowledgeContent(
                kind: .praktijk, slug: "kwartelkoning-in-de-stad", title: Bilingual(nl: "Kwartelkoning in de stad"),
                summary: Bilingual(nl: "Een voorstel over weidevogels."), body: Bilingual(nl: "De kwartelkoning broedt in hooiland."),
                themes: ["klimaat"], cities: ["gent"], details: details)
            let service = KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
            try await service.create(content, by: KennisActor(audit: .commandLine, userID: author.id, organisationID: gent.id, isEditor: false))
            let path = "/zoeken?q=kwartelkoning"

            // check: a visitor and another member of Gent find nothing
            let visitor = try await Browser(app).get(path).body.string
            #expect(SearchTestContent.hits(visitor).isEmpty)
            #expect(!visitor.contains("Kwartelkoning in de stad"))
            let colleague = try await Accounts.signedIn(app, "collega@gent.be", organisation: "gent", role: .viewer)
            #expect(SearchTestContent.hits(try await colleague.get(path).body.string).isEmpty)

            // the author and a Kenniscentrum editor do
            let authorBrowser = Browser(app)
            #expect(try await authorBrowser.signIn("auteur@gent.be", Accounts.password).status == .seeOther)
            #expect(SearchTestContent.hits(try await authorBrowser.get(path).body.string) == ["/kennis/kwartelkoning-in-de-stad"])
            let editor = try await Accounts.signedIn(app, "redactie@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            #expect(SearchTestContent.hits(try await editor.get(path).body.string) == ["/kennis/kwartelkoning-in-de-stad"])
        }
    }

    @Test(arguments: TestDatabase.available)
    func anIndicatorReservedForAGroupIsFoundOnlyByItsMembers(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            // setup: the residential consumption is reserved for a group with Gent
            let path = "/zoeken?q=consumptie+elektriciteit+residentieel"
            let indicator = "/indicator/v2506_elek_res_cons"
            #expect(SearchTestContent.hits(try await Browser(app).get(path).body.string).contains(indicator))
            let service = AccessGroupService(database: app.db)
            let group = try await service.create(code: "energie-detail", name: "Energie in detail", description: "", by: .commandLine)
            let gent = try await Accounts.organisation(app, "gent")
            try await service.update(id: group.id, members: [gent.id!], restrictions: [("v2506_elek_res_cons", nil)], by: .commandLine)
            // act: what the access group page does after a change
            try await app.catalogStore.reload(from: app.db)
            // check
            let visitor = try await Browser(app).get(path).body.string
            #expect(!SearchTestContent.hits(visitor).contains(indicator))
            #expect(!visitor.contains("v2506_elek_res_cons"))
            let leuven = try await Accounts.signedIn(app, "lies@leuven.be", organisation: "leuven", role: .viewer)
            #expect(!SearchTestContent.hits(try await leuven.get(path).body.string).contains(indicator))
            let member = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .viewer)
            #expect(SearchTestContent.hits(try await member.get(path).body.string).contains(indicator))
        }
    }

    // MARK: The same on both databases

    /// Expected hit addresses (as a set: the order is each database's own relevance score) for a few queries.
    static let expected: [(query: String, hits: Set<String>)] = [
        ("restwarmtebron", ["/kennis/warmtezoneringsplan-kortrijk"]),
        ("warmtezoneringsplan", ["/kennis/warmtezoneringsplan-kortrijk"]),
        ("kortrijk warmtenet", ["/kennis/warmtezoneringsplan-kortrijk"]),
        // The theme's own page, and the two practices whose text names the theme.
        ("klimaatstrategie", ["/maturiteit/modellen/klimaatgovernance/themas/strategie", "/kennis/klimaatteam-ritme-roeselare",
                              "/kennis/warmtezoneringsplan-kortrijk"]),
        ("consumptie elektriciteit", ["/indicator/v2506_elek_res_cons", "/indicator/v2506_elek_nietres_cons",
                                      "/indicator/vp2506_elek_res_n", "/indicator/vp2506_elek_nietres_n"]),
    ]

    @Test(arguments: TestDatabase.available)
    func theSameQueriesFindTheSameDocuments(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            let browser = Browser(app)
            for (query, hits) in Self.expected {
                let html = try await browser.get("/zoeken?q=\(query.replacingOccurrences(of: " ", with: "+"))").body.string
                #expect(Set(SearchTestContent.hits(html)) == hits, "\(query) on \(database)")
            }
        }
    }

    // MARK: Cijfers' old search

    @Test(arguments: TestDatabase.available)
    func areasAndIndicatorsAreFoundAsBefore(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            let browser = Browser(app)
            let gent = try await browser.get("/zoeken?q=gent").body.string
            #expect(SearchTestContent.hits(gent).contains("/gebied/gemeente2024/44021"))
            #expect(gent.contains(">Gebied"))
            let electricity = try await browser.get("/zoeken?q=elektriciteit").body.string
            #expect(electricity.contains(">Consumptie elektriciteit per residentiële klant</a>"))
            #expect(SearchTestContent.hits(electricity).contains("/indicator/v2506_elek_res_cons"))
        }
    }

    // MARK: The page itself

    @Test(arguments: TestDatabase.available)
    func anIndicatorAndAnAreaTogetherLeadToTheFigures(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            let browser = Browser(app)
            // No document holds both words; the page offers the indicators the other word finds, for Gent.
            for query in ["elektriciteit+gent", "Gent+elektriciteit", "stroom+gent"] {
                let html = try await browser.get("/zoeken?q=\(query)").body.string
                #expect(html.contains("Cijfers voor Gent"), "\(query)")
                // Which electricity indicators rank first differs between the databases; each link is one of them.
                let links = html.components(separatedBy: "<a href=\"/indicator/").dropFirst().map { $0.prefix { $0 != "\"" } }
                let offered = links.filter { $0.hasSuffix("?level=gemeente2024") }
                #expect(!offered.isEmpty, "\(query)")
                // (sb_injectie_per_aansluiting: electricity fed into the grid per connection, named so in its definition)
                #expect(offered.allSatisfy { $0.contains("elek") || $0.contains("energie") || $0.contains("injectie") },
                        "\(query): \(offered)")
                #expect(html.contains("elektriciteit residentieel in Gent"), "\(query)")
            }
            // One word, or a place alone, or a word that finds no indicator: no such list.
            for query in ["elektriciteit", "gent", "zwembadrenovatie+gent"] {
                let html = try await browser.get("/zoeken?q=\(query)").body.string
                #expect(!html.contains("search-combinations"), "\(query)")
            }
            let english = try await browser.get("/zoeken?q=elektriciteit+gent&lang=en").body.string
            #expect(english.contains("Figures for Gent"))
        }
    }

    @Test func anEmptySearchExplainsAndTheEnglishPageUsesEnglishTitles() async throws {
        try await SearchTestContent.with(.sqlite) { app in
            let browser = Browser(app)
            let empty = try await browser.get("/zoeken").body.string
            #expect(empty.contains("<title>Zoeken — Stadsbeeld</title>"))
            #expect(empty.contains("Zoek in alle delen van Stadsbeeld tegelijk"))
            #expect(!empty.contains("search-hits") && !empty.contains("class=\"search-results\""))

            let english = try await browser.get("/zoeken?q=warmtezonering&lang=en").body.string
            #expect(english.contains(">Heat zoning as a fixed part of the climate plan</a>"))
            #expect(!english.contains(">Warmtezonering als vast onderdeel van het klimaatplan</a>"))
            #expect(english.contains(">Good practice"))
            #expect(!english.contains("⟦"))
        }
    }

    @Test func pagesAndWhatTheVisitorTypedAreSafe() async throws {
        try await SearchTestContent.with(.sqlite) { app in
            let browser = Browser(app)
            // More than a page of areas: paging links keep the filter.
            let first = try await browser.get("/zoeken?soort=gebied").body.string
            #expect(first.contains("Resultaten 1 tot 25 van"))
            #expect(first.contains("href=\"/zoeken?soort=gebied&amp;pagina=2\" rel=\"next\""))
            let second = try await browser.get("/zoeken?soort=gebied&pagina=2").body.string
            #expect(second.contains("Resultaten 26 tot 50 van"))
            #expect(second.contains("<ol class=\"search-hits\" start=\"26\">"))
            #expect(Set(SearchTestContent.hits(first)).isDisjoint(with: SearchTestContent.hits(second)))
            let beyond = try await browser.get("/zoeken?soort=gebied&pagina=399").body.string
            #expect(beyond.contains("Op deze pagina staan geen resultaten meer."))

            // What was typed is escaped, in the title, the field and the notices.
            let hostile = try await browser.get("/zoeken?q=%3Cscript%3Ealert(1)%3C/script%3E+%22%3E").body.string
            #expect(!hostile.contains("<script>alert"))
            #expect(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func aLongQueryIsCutAndToldSo() async throws {
        // The address limit keeps 20,000 words from arriving; the rule itself holds for any length.
        let huge = (0..<20_000).map { "w\($0)" }.joined(separator: " ")
        let search = SiteSearchRequest.read([("q", huge)], knownTheme: { _ in true }, knownCity: { _ in true })
        #expect(search.query.count == SiteSearchRequest.maximumQueryLength)
        #expect(search.terms.words.count == SiteSearchRequest.maximumWords)
        #expect(search.notices.count == 2)
        #expect(search.notices.first == .shortened(limit: 200))

        let stopWords = SiteSearchRequest.read([("q", "de fiets van het jaar")], knownTheme: { _ in true }, knownCity: { _ in true })
        #expect(stopWords.terms.words.map(\.folded) == ["fiets", "jaar"])
        #expect(stopWords.notices == [.stopWords(["de", "van", "het"])])
        let model = SiteSearchPageModel.make(
            stopWords, result: IndexResult(total: 0, hits: [], kinds: [], themes: [], cities: [], years: []),
            names: .init(themes: [:], cities: [:]), language: .nl)
        #expect(model.page().document().render().contains("Niet gezocht op woorden die in bijna elke tekst staan: ‘de’, ‘van’, ‘het’."))
    }

    @Test func thePageFromAHandMadeResultInBothLanguages() {
        // setup: a result as the index gives it, with one hit of each pillar
        func hit(_ key: String, _ kind: String, _ nl: String, _ en: String, _ path: String, _ body: String, _ year: Int?) -> IndexHit {
            IndexHit(key: key, kind: kind, title: LocalizedText(nl: nl, en: en), summary: LocalizedText(nl: "", en: ""), path: path,
                     body: body, year: year)
        }
        let result = IndexResult(
            total: 4,
            hits: [
                hit("kennis:a", "praktijk", "Warmte in Kortrijk", "Heat in Kortrijk", "/kennis/a", "Een plan voor warmtenetten in elke wijk.", 2025),
                hit("cijfers:indicator:x", "indicator", "Verbruik", "Verbruik", "/indicator/x", "x", nil),
                hit("plannen:p", "planitem", "Warmteplan", "Warmteplan", "/plannen/p", "", nil),
                hit("maturiteit:m:s", "maturiteitsthema", "Klimaatstrategie", "Klimaatstrategie", "/maturiteit/m", "", nil),
            ],
            kinds: [FacetCount(value: "praktijk", count: 1), FacetCount(value: "gebied", count: 1)],
            themes: [FacetCount(value: "klimaat", count: 1), FacetCount(value: "onbekend_thema", count: 1)],
            cities: [FacetCount(value: "kortrijk", count: 1)], years: [FacetCount(value: "2025", count: 1)])
        let search = SiteSearchRequest.read([("q", "warmtenet"), ("soort", "praktijk")], knownTheme: { _ in true }, knownCity: { _ in true })
        // the other pillars' kinds are named by the pillars themselves (Pillar.searchKinds)
        let names = SiteSearchPageModel.Names(themes: ["klimaat": ("Klimaat", "Climate")], cities: ["kortrijk": "Stad Kortrijk"],
                                              otherKinds: PillarList(Pillars.all).searchKinds)
        // act
        let dutch = SiteSearchPageModel.make(search, result: result, names: names, language: .nl).page().document().render()
        let english = SiteSearchPageModel.make(search, result: result, names: names, language: .en).page().document().render()
        // check
        #expect(dutch.contains("<h1>Zoekresultaten voor ‘warmtenet’</h1>"))
        #expect(dutch.contains("Een plan voor <mark>warmtenetten</mark> in elke wijk."))
        #expect(dutch.contains(">Warmte in Kortrijk</a>") && english.contains(">Heat in Kortrijk</a>"))
        for (nl, en) in [("Goede praktijk", "Good practice"), ("Gebied", "Area"), ("Planitem", "Plan item"),
                         ("Maturiteitsthema", "Maturity theme"), ("Klimaat", "Climate"), ("Verfijnen", "Narrow down")] {
            #expect(dutch.contains(">\(nl)"), "\(nl)")
            #expect(english.contains(">\(en)") && !english.contains(">\(nl)<"), "\(en)")
        }
        #expect(dutch.contains("Goede praktijk · 2025"))
        #expect(dutch.contains(">onbekend_thema<"))
        #expect(dutch.contains(">Stad Kortrijk<"))
        #expect(dutch.contains("href=\"/zoeken?q=warmtenet&amp;soort=praktijk&amp;thema=klimaat\""))
        #expect(dutch.contains("href=\"/zoeken?q=warmtenet\""))
        #expect(!dutch.contains("⟦") && !english.contains("⟦"))
        #expect(english.contains("<html lang=\"en\">"))
    }

    // MARK: The API

    @Test(arguments: TestDatabase.available)
    func theAPIListsPublishedItemsAndOne(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            let seed = try SearchTestContent.seed().map(\.content)
            try await app.testing().test(.GET, "/api/v1/kennis?soort=praktijk&thema=klimaat") { response async throws in
                #expect(response.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let items = try #require(body["items"] as? [[String: Any]])
                let expected = seed.filter { $0.kind == .praktijk && $0.themes.contains("klimaat") }.map(\.slug)
                #expect(body["count"] as? Int == expected.count)
                #expect(Set(items.compactMap { $0["slug"] as? String }) == Set(expected))
                let kortrijk = try #require(items.first { $0["slug"] as? String == "warmtezoneringsplan-kortrijk" })
                #expect((kortrijk["title"] as? [String: Any])?["en"] as? String == "Heat zoning as a fixed part of the climate plan")
                let files = try #require(kortrijk["files"] as? [[String: Any]])
                #expect(files.first?["mediaType"] as? String == "application/pdf")
                #expect((files.first?["url"] as? String)?.hasSuffix("/warmtezoneringsplan-kortrijk.pdf") == true)
                #expect((kortrijk["url"] as? String)?.hasSuffix("/kennis/warmtezoneringsplan-kortrijk") == true)
            }
            try await app.testing().test(.GET, "/api/v1/kennis/warmtezoneringsplan-kortrijk") { response async throws in
                #expect(response.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect((body["body"] as? [String: Any])?["nl"] as? String ?? "" == seed.first { $0.slug == "warmtezoneringsplan-kortrijk" }?.body.nl)
                #expect((body["details"] as? [String: Any])?["city"] as? String == "kortrijk")
                #expect(body["maturityThemes"] as? [String] == ["strategie", "aanpak"])
            }
            // A concept, an unknown item and an unknown kind.
            var details = KnowledgeDetails()
            details.city = "gent"
            let service = KnowledgeService(database: app.db, files: app.fileStore, rules: try await KennisCatalog.rules(on: app.db))
            try await service.create(KnowledgeContent(kind: .praktijk, slug: "nog-een-concept", title: Bilingual(nl: "Nog een concept"), details: details),
                                     by: .commandLine)
            for path in ["/api/v1/kennis/nog-een-concept", "/api/v1/kennis/bestaat-niet"] {
                try await app.testing().test(.GET, path) { response async throws in
                    #expect(response.status == .notFound)
                    #expect(response.headers.contentType == .json)
                    #expect(response.body.string.contains("\"error\":true"))
                }
            }
            try await app.testing().test(.GET, "/api/v1/kennis") { response async throws in
                #expect(!response.body.string.contains("nog-een-concept"))
            }
            try await app.testing().test(.GET, "/api/v1/kennis?soort=taart") { response async throws in
                #expect(response.status == .badRequest)
                #expect(response.body.string.contains("soort 'taart' bestaat niet"))
            }
            // A published item without English says so with an explicit null, as the schema promises.
            try await service.create(KnowledgeContent(kind: .praktijk, slug: "alleen-nederlands", title: Bilingual(nl: "Alleen Nederlands"),
                                                      summary: Bilingual(nl: "Kort."), body: Bilingual(nl: "Tekst."), details: details),
                                     by: .commandLine, publish: true)
            try await app.testing().test(.GET, "/api/v1/kennis/alleen-nederlands") { response async throws in
                #expect(response.status == .ok)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let title = try #require(body["title"] as? [String: Any])
                #expect(title["nl"] as? String == "Alleen Nederlands")
                #expect(title.keys.contains("en") && title["en"] is NSNull)
            }
        }
    }
}
