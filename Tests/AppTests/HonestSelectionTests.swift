@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 18, honest selections and metadata: what cannot be followed is said (400 in the API with the reason, a
/// notice on the pages), metadata reads as words, and 'the centrumsteden' is one statistic on every page.
@Suite("Honest selections and metadata")
struct HonestSelectionTests {
    /// The demo's indicator sheets and a few values for Gent (44021) and Leuven (24062), both centrumsteden.
    func withData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            try """
            period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n;v2506_elek_res_injectie
            2020;gemeente2024;44021;1800;190;10
            2021;gemeente2024;44021;2000;200;20
            2021;gemeente2024;24062;500;50;5
            """.write(to: file, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [
                Fixtures.demo("themas.csv"), Fixtures.demo("Indicators.xlsx"), Fixtures.demo("stadsbeeld_indicatoren.csv"), file.path,
            ], into: app)
            try await body(app)
        }
    }

    func get(_ app: Application, _ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.GET, path, headers: headers) { result = $0 }
        return try #require(result)
    }

    func message(_ response: TestingHTTPResponse) throws -> String {
        let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
        return try #require(body["message"] as? String)
    }

    @Test(arguments: TestDatabase.available)
    func apiRefusesWhatItCannotFollow(database: TestDatabase) async throws {
        try await withData(database) { app in
            let data = "/api/v1/data?indicators=v2506_elek_res_cons&level=gemeente2024"
            // a mistyped parameter: named, with the accepted ones; in English when asked
            var response = try await get(app, data + "&perods=2021")
            #expect(response.status == .badRequest)
            #expect(try message(response) == "onbekende parameter 'perods': deze vraag kent indicators, indicator, level, parent, areas, periods, period, format, lang")
            response = try await get(app, data + "&perods=2021&lang=en")
            #expect(try message(response).hasPrefix("unknown parameter 'perods': this request accepts indicators"))
            response = try await get(app, data + "&perods=2021", headers: ["Accept-Language": "en-GB,en;q=0.8"])
            #expect(try message(response).hasPrefix("unknown parameter 'perods'"))
            #expect(try await get(app, "/api/v1/levels?sort=name").status == .badRequest)
            #expect(try await get(app, "/api/v1/indicators/v2506_elek_res_cons?x=1").status == .badRequest)
            #expect(try await get(app, "/api/v1/levels?lang=en").status == .ok)

            // a malformed period is an error; a well-formed period without data is an answer with a notice
            response = try await get(app, data + "&periods=abc")
            #expect(response.status == .badRequest)
            #expect(try message(response).contains("'abc' is geen periode"))
            #expect(try message(try await get(app, data + "&periods=abc&lang=en")).contains("'abc' is not a period"))
            response = try await get(app, data + "&areas=44021&periods=2021,2099")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: "Stadsbeeld-Notice") == "geen gegevens voor periode(n) 2099: de cellen hebben status no_data")
            #expect(try await get(app, data + "&areas=44021&periods=2021").headers.first(name: "Stadsbeeld-Notice") == nil)
            #expect(try await get(app, data + "&periods=2019-2021").status == .ok)

            // a parent that exists but is not above the level; an area of another level; an area outside the parent
            response = try await get(app, data + "&parent=44021")
            #expect(response.status == .badRequest)
            let gent = try message(response)
            #expect(gent.hasPrefix("44021 (Gent) is een gebied van niveau "))
            #expect(gent.contains("geen gebied boven niveau"))
            #expect(try message(try await get(app, data + "&parent=44021&lang=en")).contains("not an area above level"))
            #expect(try await get(app, "/api/v1/levels/gemeente2024/areas?parent=44021").status == .badRequest)
            #expect(try await get(app, data + "&parent=X1234567").status == .notFound)
            response = try await get(app, data + "&areas=2000")
            #expect(response.status == .badRequest)
            #expect(try message(response).contains("hoort bij niveau gewest, niet bij niveau gemeente2024"))
            response = try await get(app, data + "&parent=40000&areas=24062,44021")
            #expect(response.status == .badRequest)
            #expect(try message(response).hasPrefix("gebied 24062 (Leuven) ligt niet binnen "))
            #expect(try await get(app, data + "&parent=40000&areas=44021").status == .ok)
        }
    }

    @Test(arguments: TestDatabase.available)
    func metadataReadsAsWords(database: TestDatabase) async throws {
        try await withData(database) { app in
            func people(_ path: String) async throws -> (name: String, people: [String: Any]) {
                let response = try await get(app, path)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                return (try #require(body["name"] as? String), try #require(body["people"] as? [String: Any]))
            }
            let consumption = try await people("/api/v1/indicators/v2506_elek_res_cons")
            #expect(consumption.people["unit"] as? String == "kWh")
            #expect(consumption.people["source"] as? String == "Fluvius, open data: verbruiksgegevens per statistische sector")
            #expect(consumption.people["sourceURL"] as? String == "https://opendata.fluvius.be/")
            #expect((consumption.people["note"] as? String)?.contains("weten we niet") == true)
            #expect(consumption.people["centrumstedenStatistic"] as? String == "sum")
            #expect(consumption.people["centrumstedenStatisticText"] as? String == "som van de 13 centrumsteden")
            #expect(consumption.people["lastUpdate"] is String)
            let english = try await people("/api/v1/indicators/v2506_elek_res_n?lang=en")
            #expect(english.people["unit"] as? String == "number")
            #expect((english.people["note"] as? String)?.contains("we do not know what it means") == true)
            // the source's wrong name stays as delivered, with the correction beside it
            let injection = try await people("/api/v1/indicators/v2506_elek_res_injectie")
            #expect(injection.name == "Productie elektriciteit niet-residentieel")
            #expect((injection.people["nameCorrection"] as? String)?.contains("gezinnen en bedrijven samen") == true)
            #expect(try await people("/api/v1/indicators/vp2506_elek_res_n").people["centrumstedenStatistic"] as? String == "formula")

            let page = try await get(app, "/indicator/v2506_elek_res_injectie").body.string
            #expect(page.contains("Productie elektriciteit niet-residentieel"))
            #expect(page.contains("Correctie bij de naam"))
            #expect(page.contains("Fluvius, open data: verbruiksgegevens per statistische sector"))
            #expect(page.contains("href=\"https://opendata.fluvius.be/\""))
            #expect(!page.contains("fluvius_opendata"))
            #expect(page.contains("<dd>kWh</dd>"))
            let steekkaart = try await get(app, "/gebied/gemeente2024/44021").body.string
            #expect(steekkaart.contains("Correctie bij de naam"))
            #expect(!steekkaart.contains("fluvius_opendata"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func pagesSayWhatTheyCouldNotFollow(database: TestDatabase) async throws {
        try await withData(database) { app in
            let indicator = try await get(app, "/indicator/v2506_elek_res_cons?level=wijk99&parent=44021&period=1999&classes=x&palette=rood&kleur=1").body.string
            #expect(indicator.contains("Deze keuze kon niet gevolgd worden:"))
            #expect(indicator.contains("De parameter &#39;kleur&#39; kent deze pagina niet") || indicator.contains("De parameter 'kleur' kent deze pagina niet"))
            #expect(indicator.contains("wijk99"))
            #expect(indicator.contains("44021 (Gent) is een gebied van niveau"))
            #expect(indicator.contains("Periode &#39;1999&#39;") || indicator.contains("Periode '1999'"))
            #expect(indicator.contains("klassen kan niet"))
            #expect(indicator.contains("rood"))
            let english = try await get(app, "/indicator/v2506_elek_res_cons?parent=44021&kleur=1&lang=en").body.string
            #expect(english.contains("This choice could not be followed:"))
            #expect(english.contains("not an area above level"))
            #expect(english.contains("does not know the parameter"))
            // what was asked rightly gives no notice
            let plain = try await get(app, "/indicator/v2506_elek_res_cons?level=gemeente2024&period=2021&classes=5&palette=blues&lang=nl").body.string
            #expect(!plain.contains("selection-notices"))

            let benchmark = try await get(app, "/benchmark?i=bestaat_niet&i=v2506_elek_res_cons").body.string
            #expect(benchmark.contains("Deze indicatoren bestaan niet of zijn niet openbaar: bestaat_niet"))
            #expect(try await get(app, "/benchmark?i=bestaat_niet&lang=en").body.string.contains("None of the asked indicators exists"))
            let evolution = try await get(app, "/evolutie?i=bestaat_niet&jaar=2020").body.string
            #expect(evolution.contains("bestaat_niet"))
            #expect(evolution.contains("jaar"))
            let area = try await get(app, "/gebied/gemeente2024/44021?periode=2020&lang=en").body.string
            #expect(area.contains("This page does not know the parameter"))
            #expect(!(try await get(app, "/gebied/gemeente2024/44021").body.string.contains("selection-notices")))
        }
    }

    @Test(arguments: TestDatabase.available)
    func centrumstedenIsOneStatisticOnEveryPage(database: TestDatabase) async throws {
        try await withData(database) { app in
            // the API at the group level: the sum for a count, the formula on the sums for a ratio
            let response = try await get(app, "/api/v1/data?indicators=v2506_elek_res_cons,vp2506_elek_res_n&level=centrumsteden&areas=centrumsteden&periods=2021")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let records = try #require(body["data"] as? [[String: Any]])
            #expect(records.first { $0["indicator"] as? String == "v2506_elek_res_cons" }?["value"] as? Double == 2_500)
            #expect(records.first { $0["indicator"] as? String == "vp2506_elek_res_n" }?["value"] as? Double == 10)

            let sum = "2.500 (som van de 13 centrumsteden)"
            let benchmark = try await get(app, "/benchmark?i=v2506_elek_res_cons").body.string
            #expect(Self.text(benchmark).contains(sum))
            #expect(!benchmark.contains("Mediaan"))
            let steekkaart = try await get(app, "/gebied/gemeente2024/44021").body.string
            #expect(Self.text(steekkaart).contains(sum))
            #expect(!steekkaart.contains("Mediaan"))
            let indicator = try await get(app, "/indicator/v2506_elek_res_cons?level=gemeente2024&parent=centrumsteden:centrumsteden&period=2021").body.string
            #expect(Self.text(indicator).contains("(som van de 13 centrumsteden): 2.500 kWh"))
            // a ratio: the formula on the totals, the same on the three pages
            let ratio = "10,0 (berekend op de totalen van de 13 centrumsteden)"
            #expect(Self.text(try await get(app, "/benchmark?i=vp2506_elek_res_n").body.string).contains(ratio))
            #expect(Self.text(try await get(app, "/gebied/gemeente2024/44021").body.string).contains(ratio))
            #expect(Self.text(try await get(app, "/indicator/vp2506_elek_res_n?parent=centrumsteden:centrumsteden&period=2021").body.string)
                .contains("(berekend op de totalen van de 13 centrumsteden): 10"))
        }
    }

    /// The page's text without tags, spaces collapsed.
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }
}
