import AccessDomain
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Testing
import Vapor
import VaporTesting

/// Dutch first, English complete: every catalogue holds every key in both languages, every page renders in both
/// without a raw key, and a language once chosen is kept.
@Suite("Localisation")
struct LocalisationTests {
    /// The platform's catalogue and every pillar's.
    static var catalogues: [StringCatalogue] {
        [SiteStrings.catalogue] + Pillars.all.compactMap(\.strings)
    }

    @Test func everyCatalogueHoldsEveryKeyInBothLanguages() {
        // check: the same keys in Dutch and English, none empty
        let problems = Self.catalogues.flatMap(\.problems)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // every pillar that has pages has a catalogue with words in it
        #expect(Set(Self.catalogues.map(\.module)) == ["platform", "toegang", "cijfers", "maturiteit", "plannen", "kennis", "diensten"])
        for catalogue in Self.catalogues {
            #expect((catalogue.texts[.nl]?.count ?? 0) >= 20, "\(catalogue.module)")
        }
    }

    @Test func aMissingKeyShowsItselfInsteadOfFallingBack() {
        let strings = Strings(SiteStrings.catalogue, .en)
        #expect(strings["bestaat.niet"] == "⟦bestaat.niet⟧")
        #expect(strings("form.problemsMany", "3") == "That did not work, for 3 reasons:")
    }

    @Test func aChosenLanguageIsKeptInACookie() async throws {
        try await withTestApp(.sqlite) { app in
            // act: choose English once
            let browser = Browser(app)
            let chosen = try await browser.get("/aanmelden?lang=en")
            // check: the page is English and the choice is remembered
            #expect(chosen.body.string.contains("<html lang=\"en\""))
            #expect(chosen.headers[.setCookie].contains { $0.hasPrefix("taal=en") })
            let next = try await browser.get("/maturiteit")
            #expect(next.body.string.contains("<html lang=\"en\""))
            // the frame offers the other language for this very page
            #expect(next.body.string.contains("href=\"/maturiteit?lang=nl\""))
            // act: back to Dutch
            _ = try await browser.get("/?lang=nl")
            #expect(try await browser.get("/maturiteit").body.string.contains("<html lang=\"nl\""))
        }
    }

    @Test func noPageRendersARawKeyInEitherLanguage() async throws {
        try await withTestApp(.sqlite) { app in
            // setup: figures, and a platform admin who may open every page
            let (admin, visitor) = try await RouteValues.everyPageWorld(app)
            let routes = app.routes.all.filter { $0.method == .GET }
            var problems: [String] = []
            var pages = 0
            for route in routes {
                let path = "/" + RouteValues.segments(route.path).joined(separator: "/")
                for language in ["nl", "en"] {
                    for (who, browser) in [("visitor", visitor), ("admin", admin)] {
                        // act
                        let response = try await browser.get(path + "?lang=" + language)
                        guard response.headers.contentType?.subType == "html" else { continue }
                        pages += 1
                        // check
                        let body = response.body.string
                        if body.contains("⟦") { problems.append("\(who) \(path) (\(language)): \(Self.rawKeys(in: body))") }
                        if !body.contains("<html lang=\"\(language)\"") { problems.append("\(who) \(path): not in \(language)") }
                    }
                }
            }
            #expect(pages > 60)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    static func rawKeys(in body: String) -> [String] {
        body.components(separatedBy: "⟦").dropFirst().compactMap { $0.components(separatedBy: "⟧").first }
    }
}
