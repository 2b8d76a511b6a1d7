import AccessDomain
@testable import App
@testable import Cijfers
@testable import Kennis
@testable import Maturiteit
@testable import Platform
import Foundation
import MaturiteitDomain
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The page of one maturity theme and the cross-links between the pillars, on SQLite and PostgreSQL: the theme with
/// the scores of the published 2024 campaign, its recommendations and work packages and the practices tagged with it;
/// the practice linking back; the search finding the theme; the indicator page listing the practices on its theme.
@Suite("Maturity theme page and cross-links")
struct MaturityThemePageTests {
    static let strategy = "/maturiteit/modellen/klimaatgovernance/themas/strategie"
    static let kortrijk = "/kennis/warmtezoneringsplan-kortrijk"

    /// The rows of the table with the given caption start, as (organisation, badge text).
    static func rows(_ html: String) -> [(String, String)] {
        guard let start = html.range(of: "<caption>Scores op Klimaatstrategie"), let end = html[start.upperBound...].range(of: "</tbody>") else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<tr><th scope=\"row\">").dropFirst().compactMap { row in
            guard let name = row.range(of: "\">").flatMap({ row[$0.upperBound...].split(separator: "<").first }),
                  let badge = row.range(of: "<span class=\"badge\">").flatMap({ row[$0.upperBound...].split(separator: "<").first })
            else { return nil }
            return (String(name), String(badge))
        }
    }

    @Test(arguments: TestDatabase.available)
    func theThemeWithItsScoresPlansAndPractices(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            // act
            let page = try await Browser(app).get(Self.strategy)
            // check
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("<h1>Klimaatstrategie</h1>"))
            #expect(html.contains("Is er een klimaatplan met heldere doelen"))
            // The scores of the 2024 campaign on this theme, as in the campaign's table: Gent 3,5, Turnhout none.
            let rows = Self.rows(html)
            #expect(rows.count == 13)
            #expect(rows.first { $0.0 == "Gent" }?.1 == "3,5")
            #expect(rows.first { $0.0 == "Turnhout" }?.1 == "–")
            #expect(html.contains("<svg") && html.contains("Scores op Klimaatstrategie in"))
            #expect(html.contains("De stippellijn is de mediaan (3)."))
            // Recommendations 1–3 and work packages 1 and 2 are on strategy; recommendation 4 is not.
            #expect(html.contains("Vertaal het klimaatplan in meetbare streefwaarden met termijn en eigenaar"))
            #expect(html.contains("Strategische partnerschappen &amp; Just transition") || html.contains("Strategische partnerschappen & Just transition"))
            #expect(html.contains("Datagedreven klimaatbeleid"))
            let recommendations = try await MaturityStore(database: app.db).recommendations(
                campaignID: try #require(try await MaturityStore(database: app.db).campaign(code: "klimaatgovernance-2024")).id)
            for other in recommendations where other.theme != "strategie" { #expect(!html.contains(">\(other.text)<"), "\(other.number)") }
            // From the knowledge base: the practices tagged with strategy, Kortrijk's among them.
            #expect(html.contains("Uit de kennisbank"))
            #expect(html.contains("href=\"\(Self.kortrijk)\">Warmtezonering als vast onderdeel van het klimaatplan</a>"))
            #expect(!html.contains("⟦"))

            let english = try await Browser(app).get(Self.strategy + "?lang=en").body.string
            #expect(english.contains("From the knowledge base") && english.contains(">Heat zoning as a fixed part of the climate plan</a>"))
            #expect(!english.contains("Uit de kennisbank") && !english.contains("⟦"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func thePracticeLinksBackAndTheSearchFindsTheTheme(database: TestDatabase) async throws {
        try await SearchTestContent.with(database) { app in
            let browser = Browser(app)
            let practice = try await browser.get(Self.kortrijk)
            #expect(practice.status == .ok)
            #expect(practice.body.string.contains("href=\"\(Self.strategy)\""))

            let search = try await browser.get("/zoeken?q=klimaatstrategie").body.string
            #expect(SearchTestContent.hits(search).contains(Self.strategy))
            #expect(search.contains(">Maturiteitsthema"))
            // The campaign page's theme names link to the theme pages.
            let campaign = try await browser.get("/maturiteit/metingen/klimaatgovernance-2024").body.string
            #expect(campaign.contains("<a href=\"\(Self.strategy)\">Klimaatstrategie</a>"))
        }
    }

    @Test func unknownModelsAndThemesAreNotFound() async throws {
        try await withTestApp(.sqlite) { app in
            let browser = Browser(app)
            for path in ["/maturiteit/modellen/klimaatgovernance/themas/bestaat-niet", "/maturiteit/modellen/bestaat-niet/themas/strategie"] {
                let response = try await browser.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.body.string.contains("dit maturiteitsthema bestaat niet") || response.body.string.contains("Dit maturiteitsthema bestaat niet"))
            }
            // Without practices the section says so; a theme of another model without a campaign says that too.
            let empty = try await browser.get(Self.strategy).body.string
            #expect(empty.contains("De kennisbank heeft nog niets over dit thema."))
            let models = try await MaturityStore(database: app.db).latestModels()
            if let other = models.first(where: { $0.model.code != "klimaatgovernance" }), let theme = other.model.themes.first {
                let page = try await browser.get("/maturiteit/modellen/\(other.model.code)/themas/\(theme.code)")
                #expect(page.status == .ok)
                #expect(page.body.string.contains("Er is nog geen gepubliceerde meting met dit thema."))
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func theIndicatorPageShowsThePracticesOnItsTheme(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: figures first, without the knowledge base
            let folder = try Fixtures.temporaryDirectory()
            let data = folder.appendingPathComponent("data.csv")
            try "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;200\n".write(to: data, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [
                Fixtures.demo("themas.csv"), Fixtures.fluvius("Indicators.xlsx"), Fixtures.demo("stadsbeeld_indicatoren.csv"), data.path,
            ], into: app)
            let path = "/indicator/v2506_elek_res_cons"
            let before = try await Browser(app).get(path).body.string
            #expect(!before.contains("Goede praktijken over dit thema"))

            // act: the knowledge base arrives
            try await KennisSeed.load(database: app.db, files: app.fileStore)
            let after = try await Browser(app).get(path).body.string

            // check: the indicator's theme (elektriciteit, under energie) is covered by the topics energie and klimaat
            #expect(after.contains("Goede praktijken over dit thema"))
            #expect(after.contains("href=\"\(Self.kortrijk)\">Warmtezonering als vast onderdeel van het klimaatplan</a>"))
            // a practice on neither topic is not listed, nor is news
            #expect(!after.contains("/kennis/orba-opvolging-bestuursakkoord\""))
            #expect(!after.contains("/kennis/nieuws-"))
            let english = try await Browser(app).get(path + "?lang=en").body.string
            #expect(english.contains("Good practices on this theme") && english.contains(">Heat zoning as a fixed part of the climate plan</a>"))
        }
    }
}
