@testable import App
@testable import Diensten
import DienstenDomain
import Foundation
@testable import Platform
import Testing
import Vapor
import VaporTesting

/// The pages of the Rechtenverkenner on the demo catalogue: the start with the place finder, a municipality's
/// rights with facets and search, the whole catalogue, a right's page; both languages; 404s; hostile LPDC text.
@Suite("Rights: the Rechtenverkenner pages")
struct RightsPagesTests {
    static func loadDemo(_ app: Application) async throws {
        let folder = try #require(RightsDemo.folder)
        _ = try await RightsImporter(app: app).run(source: folder.path, full: true)
    }

    static func html(_ browser: Browser, _ path: String, status: HTTPStatus = .ok) async throws -> String {
        let response = try await browser.get(path)
        #expect(response.status == status, "\(path): \(response.status)")
        let html = response.body.string
        #expect(!html.contains("⟦"), "a missing text on \(path)")
        return html
    }

    // MARK: Start

    @Test(arguments: TestDatabase.available)
    func theStartFindsAMunicipalityByPostcodeOrNameAndSaysWhatItCannotFind(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.loadDemo(app)
            let visitor = Browser(app)

            var html = try await Self.html(visitor, "/rechten")
            #expect(html.contains("De catalogus bevat 22 rechten."))
            #expect(html.contains("name=\"plaats\"") && html.contains("<details"))
            #expect(html.contains("href=\"/rechten/gemeente/44021\"") && html.contains("href=\"/rechten/alle\""))

            // One match: straight to the municipality.
            for typed in ["9000", "Gent", "gent", "Sint-Denijs-Westrem", "44021"] {
                let response = try await visitor.get("/rechten?plaats=\(typed)")
                #expect(response.status == .seeOther, "\(typed)")
                #expect(response.headers.first(name: .location) == "/rechten/gemeente/44021", "\(typed)")
            }
            let wilrijk = try await visitor.get("/rechten?plaats=wilrijk")
            #expect(wilrijk.headers.first(name: .location) == "/rechten/gemeente/11002")

            // Ambiguous: a list to choose from.
            html = try await Self.html(visitor, "/rechten?plaats=gen")
            #expect(html.contains("Meer dan één gemeente past bij ‘gen’"))
            #expect(html.contains("href=\"/rechten/gemeente/71016\"") && html.contains("href=\"/rechten/gemeente/44021\""))

            // Nothing: said, with suggestions.
            html = try await Self.html(visitor, "/rechten?plaats=Gnet")
            #expect(html.contains("We vinden geen gemeente voor ‘Gnet’.") && html.contains("href=\"/rechten/gemeente/44021\""))
            html = try await Self.html(visitor, "/rechten?plaats=9999")
            #expect(html.contains("We kennen de postcode 9999 niet."))

            html = try await Self.html(visitor, "/rechten?lang=en&plaats=Gnet")
            #expect(html.contains("We cannot find a municipality for ‘Gnet’.") && html.contains("The catalogue holds 22 rights."))
        }
    }

    // MARK: A municipality

    @Test(arguments: TestDatabase.available)
    func aMunicipalityShowsItsLocalRightsFirstWithFacetsAndSearch(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.loadDemo(app)
            let visitor = Browser(app)

            var html = try await Self.html(visitor, "/rechten/gemeente/44021")
            #expect(html.contains("Rechten in Gent"))
            #expect(html.contains("Verwarmingstoelage in Gent") && html.contains("Leefloon"))
            // Another city's local rights are not shown.
            #expect(!html.contains("Leuvense energiepremie") && !html.contains("Verwarmingstoelage in Kortrijk"))
            let local = try #require(html.range(of: "Rechten van de gemeente"))
            let flemish = try #require(html.range(of: "Vlaamse rechten"))
            let federal = try #require(html.range(of: "Federale rechten"))
            #expect(local.lowerBound < flemish.lowerBound && flemish.lowerBound < federal.lowerBound)
            #expect(html.contains("href=\"/rechten/recht/demo-gent-verwarmingstoelage?gemeente=44021\""))
            #expect(html.contains("15 rechten."))
            // Counts per facet value.
            #expect(html.contains("Onderwijs en wetenschap (3)"))

            // A theme.
            html = try await Self.html(visitor, "/rechten/gemeente/44021?thema=OnderwijsWetenschap")
            #expect(html.contains("Schooltoeslag") && !html.contains(">Leefloon<"))
            #expect(html.contains("3 van de 15 rechten passen bij uw keuze."))
            // A target group, a life event and a government.
            html = try await Self.html(visitor, "/rechten/gemeente/44021?gebeurtenis=studeren")
            #expect(html.contains("Studietoelage voor hoger onderwijs") && !html.contains(">Leefloon<"))
            html = try await Self.html(visitor, "/rechten/gemeente/44021?bestuur=lokaal&doelgroep=Burger")
            #expect(html.contains("1 van de 15 rechten") && html.contains("Verwarmingstoelage in Gent"))
            // The search folds case and accents and finds words by their start.
            html = try await Self.html(visitor, "/rechten/gemeente/44021?q=HUURPRÉM")
            #expect(html.contains("Vlaamse huurpremie") && !html.contains(">Leefloon<"))

            // An unknown value is said and that filter left out.
            html = try await Self.html(visitor, "/rechten/gemeente/44021?thema=Ruimtevaart&gebeurtenis=loterij")
            #expect(html.contains("Het thema ‘Ruimtevaart’ bestaat niet; alle thema&#39;s worden getoond.")
                || html.contains("Het thema ‘Ruimtevaart’ bestaat niet; alle thema's worden getoond."))
            #expect(html.contains("De levensgebeurtenis ‘loterij’ bestaat niet"))
            #expect(html.contains("15 rechten."))

            html = try await Self.html(visitor, "/rechten/gemeente/44021?lang=en&thema=Ruimtevaart")
            #expect(html.contains("Rights in Gent") && html.contains("Heating allowance in Ghent"))
            #expect(html.contains("The theme ‘Ruimtevaart’ does not exist; all themes are shown."))

            // The whole catalogue holds every city's local rights.
            html = try await Self.html(visitor, "/rechten/alle?lang=nl")
            #expect(html.contains("Leuvense energiepremie voor huurders") && html.contains("Verwarmingstoelage in Kortrijk"))
            #expect(html.contains("22 rechten."))
        }
    }

    @Test(arguments: TestDatabase.available)
    func anUnknownMunicipalityOrRightIsANotFoundPageWithAWayBack(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.loadDemo(app)
            let visitor = Browser(app)
            var html = try await Self.html(visitor, "/rechten/gemeente/99999", status: .notFound)
            #expect(html.contains("Er is geen gemeente met de code ‘99999’") && html.contains("href=\"/rechten\""))
            html = try await Self.html(visitor, "/rechten/gemeente/%3Cb%3E", status: .notFound)
            #expect(html.contains("&lt;b&gt;") && !html.contains("<b>"))
            html = try await Self.html(visitor, "/rechten/recht/bestaat-niet?lang=en", status: .notFound)
            #expect(html.contains("There is no right ‘bestaat-niet’ in the catalogue.") && html.contains("href=\"/rechten\""))
        }
    }

    // MARK: A right

    @Test(arguments: TestDatabase.available)
    func aRightShowsEverythingTheCatalogueHolds(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.loadDemo(app)
            let visitor = Browser(app)

            // A concept with its conditions, evidence, procedure, legal basis and local versions.
            var html = try await Self.html(visitor, "/rechten/recht/demo-verwarmingstoelage?gemeente=44021")
            #expect(html.contains("<h1>Verwarmingstoelage</h1>") || html.contains(">Verwarmingstoelage</h1>"))
            #expect(html.contains("Voorwaarden") && html.contains("Factuur of leveringsbon") && html.contains("Hoe aanvragen"))
            #expect(html.contains("Programmawet van 22 december 2008") && html.contains("href=\"https://www.verwarmingsfonds.be\""))
            #expect(html.contains("Lokale versies") && html.contains("href=\"/rechten/recht/demo-gent-verwarmingstoelage?gemeente=44021\""))
            #expect(html.contains("href=\"/rechten/recht/demo-kortrijk-verwarmingstoelage?gemeente=44021\"") && html.contains("(uw gemeente)"))
            #expect(html.contains("Productnummer") && html.contains("900109") && html.contains("In alle gemeenten"))
            #expect(html.contains("href=\"/rechten/screening?recht=demo-verwarmingstoelage\""))
            #expect(html.contains("href=\"/rechten/gemeente/44021\""))

            // An instance: where it applies, its contact point and the concept it derives from.
            html = try await Self.html(visitor, "/rechten/recht/demo-gent-verwarmingstoelage")
            #expect(html.contains("Loketstraat 1, 9000 Gent") && html.contains("ma-vr 9.00-12.00"))
            #expect(html.contains("Afgeleid van") && html.contains("href=\"/rechten/recht/demo-verwarmingstoelage\""))
            #expect(html.contains("<dd>Gent</dd>"))

            // English, and the Dutch text marked where there is no English.
            html = try await Self.html(visitor, "/rechten/recht/demo-verwarmingstoelage?lang=en")
            #expect(html.contains("Heating allowance") && html.contains("Conditions") && html.contains("Local versions"))
            #expect(!html.contains("you are reading the Dutch text"))
            html = try await Self.html(visitor, "/rechten/recht/demo-brugge-sport-kansentarief?lang=en")
            #expect(html.contains("you are reading the Dutch text") && html.contains("lang=\"nl\""))
            #expect(html.contains("Sporten aan kansentarief in Brugge"))

            // An unknown municipality in the address is said and left out.
            html = try await Self.html(visitor, "/rechten/recht/demo-leefloon?gemeente=12&lang=nl")
            #expect(html.contains("De gemeente ‘12’ bestaat niet; ze wordt niet gebruikt."))
        }
    }

    @Test(arguments: TestDatabase.available)
    func theFixtureCatalogueShowsToo(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await RightsImporter(app: app).run(source: RightsImportTests.fixtures.path)
            let visitor = Browser(app)
            let html = try await Self.html(visitor, "/rechten/recht/\(RightsImportTests.akte)")
            // The HTML of the description is cleaned, not escaped as text and not passed raw.
            #expect(html.contains("<p>De akte van Belgische nationaliteit wordt toegekend"))
            #expect(html.contains("<ul><li>"))
            let gent = try await Self.html(visitor, "/rechten/gemeente/44021")
            #expect(gent.contains("Minimalistische instantie updatet") && gent.contains("Essentiële instantie"))
        }
    }

    // MARK: Hostile text

    @Test(arguments: TestDatabase.available)
    func hostileCatalogueTextIsEscapedOrCleaned(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let folder = try Fixtures.temporaryDirectory()
            let page: [String: Any] = [
                "@id": "http://hostile/doc/conceptsnapshot?pageNumber=0",
                "view": ["@id": "http://hostile/doc/conceptsnapshot?pageNumber=0", "@type": "Node", "relation": [] as [Any]],
                "member": [[
                    "@id": "http://hostile/id/conceptsnapshot/1", "@type": ["ConceptSnapshot"],
                    "isVersionOf": "http://hostile/id/concept/kwaad", "generatedAtTime": "2025-01-01T00:00:00Z",
                    "naam": ["nl": "<script>alert('naam')</script>Kwaad recht"],
                    "beschrijving": ["nl": "<p onclick=\"x()\">Tekst<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">klik</a></p><script>alert(3)</script>"],
                    "zoektermen": ["nl": ["<b>vet</b>"]],
                    "websites": [["@type": "Website", "order": 0, "naam": ["nl": "<i>site</i>"], "url": "javascript:alert(4)"]],
                    "themas": ["<svg onload=alert(5)>"],
                    "gearchiveerd": false,
                ]],
            ]
            try JSONSerialization.data(withJSONObject: page).write(to: folder.appendingPathComponent("page.json"))
            _ = try await RightsImporter(app: app).run(source: folder.path, full: true)
            let visitor = Browser(app)
            for path in ["/rechten/recht/kwaad", "/rechten/alle", "/rechten/alle?thema=%3Csvg%20onload%3Dalert(5)%3E", "/rechten/alle?q=%3Cscript%3E"] {
                let html = try await Self.html(visitor, path)
                #expect(!html.contains("<script>alert"), "\(path)")
                #expect(!html.contains("onerror") && !html.contains("onclick") && !html.contains("javascript:"), "\(path)")
                #expect(!html.contains("<svg"), "\(path)")
            }
            let html = try await Self.html(visitor, "/rechten/recht/kwaad")
            #expect(html.contains("Kwaad recht") && html.contains("<p>Tekst"))
        }
    }

    // MARK: Search

    @Test(arguments: TestDatabase.available)
    func everyRightIsASearchDocument(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Self.loadDemo(app)
            let documents = try #require(try await RightsSearch.documents(app, on: app.db))
            #expect(documents.count == 22)
            let leefloon = try #require(documents.first { $0.key == "diensten:recht:demo-leefloon" })
            #expect(leefloon.path == "/rechten/recht/demo-leefloon" && leefloon.kind == "recht")
            #expect(leefloon.title.nl == "Leefloon" && leefloon.title.en == "Social integration income (leefloon)")
            #expect(leefloon.body.contains("maandelijks inkomen") && !leefloon.body.contains("<p>"))
            let gent = try #require(documents.first { $0.key == "diensten:recht:demo-gent-verwarmingstoelage" })
            #expect(gent.summary.nl == "Lokaal · Gent")
            // The site search finds them.
            try await app.refreshSearch()
            let html = try await Self.html(Browser(app), "/zoeken?q=verwarmingstoelage")
            #expect(html.contains("href=\"/rechten/recht/demo-verwarmingstoelage\""))
            // The kind is the pillar's own (Pillar.searchKinds): named on the hits and accepted as a filter.
            #expect(html.contains("<p class=\"search-kind\">Recht"))
            let onlyRights = try await Self.html(Browser(app), "/zoeken?q=verwarmingstoelage&soort=recht")
            #expect(!onlyRights.contains("bestaat niet") && onlyRights.contains("href=\"/rechten/recht/demo-verwarmingstoelage\""))
            let english = try await Self.html(Browser(app), "/zoeken?q=verwarmingstoelage&soort=recht&lang=en")
            #expect(english.contains("<p class=\"search-kind\">Right"))
        }
    }
}
