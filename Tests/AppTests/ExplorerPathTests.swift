@testable import App
@testable import Cijfers
@testable import Platform
import CijfersDomain
import Foundation
import Testing
import Vapor
import VaporTesting

/// The straight paths of the Cijfers explorer (issue 18), on the real geography down to the wijken of Gent:
/// the city picker, steekkaart ↔ wijken, own groups, the table of several indicators × areas × years and the
/// indexed evolution. One app per database; every check reads the page a visitor gets.
@Suite("Explorer paths")
struct ExplorerPathTests {
    static let cities = ["41002", "11002", "31005", "71016", "44021", "71022", "34022", "24062", "12025", "35013",
                         "36015", "46021", "13040"]

    /// Two indicators for the 13 centrumsteden (2020, 2021) and one for the wijken of Gent.
    static func load(_ app: Application) async throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("paden.csv")
        var rows = ["period;geolevel;geoitem;v2506_elek_res_cons;v2506_elek_res_n"]
        for (index, city) in cities.enumerated() {
            rows.append("2020;gemeente2024;\(city);\(1_000 + index * 10);\(index + 5)")
            rows.append("2021;gemeente2024;\(city);\(1_100 + index * 20);\(index + 6)")
        }
        let wijken = try String(contentsOfFile: Fixtures.repositoryRoot.appendingPathComponent("Tests/AppTests/Fixtures/gent-wijken.csv").path, encoding: .utf8)
        try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        try await TestData.load(TestData.smallGeography + [
            Fixtures.geography("ggw72024.xlsx"), Fixtures.geography("ggw72024_gemeente2024.xlsx"),
            Fixtures.demo("themas.csv"), Fixtures.fluvius("Indicators.xlsx"), Fixtures.demo("stadsbeeld_indicatoren.csv"), file.path,
        ], into: app)
        let wijkFile = file.deletingLastPathComponent().appendingPathComponent("wijken.csv")
        try wijken.write(to: wijkFile, atomically: true, encoding: .utf8)
        try await TestData.load([wijkFile.path], into: app)
    }

    static func page(_ app: Application, _ path: String) async throws -> String {
        var html = ""
        try await app.testing().test(.GET, path) { response async throws in
            #expect(response.status == .ok, "\(path): \(response.status)")
            html = response.body.string
        }
        return html
    }

    /// A page holds a piece of text; a failure names the text, not the whole page.
    static func has(_ html: String, _ needle: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = html.contains(needle)
        #expect(found, "not on the page: \(needle)", sourceLocation: sourceLocation)
    }

    static func lacks(_ html: String, _ needle: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = html.contains(needle)
        #expect(!found, "on the page: \(needle)", sourceLocation: sourceLocation)
    }

    /// One app per database (loading the wijken takes a while), both walks on it.
    @Test(arguments: TestDatabase.available)
    func explorerPaths(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.load(app)
            try await Self.straightPaths(app)
            try await Self.evolutionAndTable(app)
        }
    }

    static func straightPaths(_ app: Application) async throws {
        do {

            // The home page: one form from a city's name to its wijken.
            let home = try await Self.page(app, "/")
            Self.has(home, #"<form method="get" action="/wijkrapport" class="selector city-picker">"#)
            Self.has(home, #"<option value="44021">Gent</option>"#)
            Self.has(home, #"<optgroup label="Andere gemeenten">"#)
            let report = try await Self.page(app, "/wijkrapport?stad=44021&indicators=v2506_elek_res_cons")
            Self.has(report, "Binnenstad")

            // The indicator page: the same picker goes to this indicator at wijk level within the city.
            let indicator = try await Self.page(app, "/indicator/v2506_elek_res_cons")
            Self.has(indicator, #"<input type="hidden" name="level" value="ggw72024"/>"#)
            Self.has(indicator, #"<option value="gemeente2024:44021">Gent</option>"#)
            let wijken = try await Self.page(app, "/indicator/v2506_elek_res_cons?level=ggw72024&parent=gemeente2024:44021")
            Self.has(wijken, ">Binnenstad (Gent)</a>")
            Self.has(wijken, #"<option value="gemeente2024:44021" selected="selected">Gent</option>"#)
            Self.lacks(wijken, "Bruynenbaert")

            // Steekkaart ↔ wijken.
            let gent = try await Self.page(app, "/gebied/gemeente2024/44021")
            Self.has(gent, #"<a href="/wijkrapport?stad=44021">Wijken van Gent</a>"#)
            let binnenstad = try await Self.page(app, "/gebied/ggw72024/440211")
            Self.has(binnenstad, #"<a href="/gebied/gemeente2024/44021">Terug naar Gent</a>"#)
            Self.has(binnenstad, #"<a href="/wijkrapport?stad=44021">Wijken van Gent</a>"#)
            // Every gemeente whose wijken are in the geography links to them.
            let leuven = try await Self.page(app, "/gebied/gemeente2024/24062")
            Self.has(leuven, "Wijken van Leuven")
        }
    }

    static func evolutionAndTable(_ app: Application) async throws {
        do {

            // All 13 centrumsteden and Vlaanderen: 14 lines, none dropped, chosen with checkboxes.
            let all = try await Self.page(app, "/evolutie?indicators=v2506_elek_res_cons&areas=\(Self.cities.joined(separator: ","))")
            let rows = all.components(separatedBy: #"<tr><th scope="row">"#).count - 1
            #expect(rows == 14)
            Self.lacks(all, "multiple")
            for city in Self.cities { Self.has(all, #"name="g" value="\#(city)" checked="checked""#) }
            Self.lacks(all, "path-notices")

            // An area that is not in the level is named, not dropped silently; the index view starts at 100.
            let index = try await Self.page(app, "/evolutie?indicators=v2506_elek_res_cons&areas=44021,24062,00000&view=index&group=Mijn+steden")
            Self.has(index, "00000")
            Self.has(index, "path-notices")
            Self.has(index, "Basisjaar (= 100)")
            let gent = try #require(Self.cities.firstIndex(of: "44021"))
            let expected = Double(1_100 + gent * 20) / Double(1_000 + gent * 10) * 100
            Self.has(index, "<th scope=\"row\">Gent</th><td>2020</td><td class=\"num\">100,0</td><td class=\"num\">\(NumberText.format(expected, decimals: 1))</td>")
            Self.has(index, "<strong>Mijn steden</strong>")
            Self.has(index, #"<a href="/evolutie?indicators=v2506_elek_res_cons"#)
            Self.has(index, "view=index")

            // The table: two indicators × an own group × two years; what cannot be shown is said.
            let table = try await Self.page(app, "/tabel?indicators=v2506_elek_res_cons,v2506_elek_res_n,bestaat_niet&level=gemeente2024&areas=44021,24062,00000&periods=2020,2021,2030&group=Mijn+selectie")
            Self.has(table, "<h2>Mijn selectie</h2>")
            Self.has(table, "bestaat_niet")
            Self.has(table, "00000")
            Self.has(table, "Voor deze jaren zijn er geen cijfers: 2030.")
            Self.has(table, #"<div class="table-scroll" tabindex="0" role="region" aria-labelledby="tabel-titel">"#)
            Self.has(table, "Gemiddelde (ongewogen) van de selectie")
            Self.has(table, "Mediaan van de selectie")
            Self.has(table, #"class="bars""#)
            Self.has(table, "areas=44021,24062")
            let leuven = try #require(Self.cities.firstIndex(of: "24062"))
            let mean = Double(1_000 + gent * 10 + 1_000 + leuven * 10) / 2
            Self.has(table, "<td class=\"num\">\(NumberText.format(mean, decimals: 0))</td>")
            // Rows in the order chosen, periods as columns per indicator.
            let gentRow = try #require(table.range(of: ">Gent</a></th>"))
            let leuvenRow = try #require(table.range(of: ">Leuven</a></th>"))
            #expect(gentRow.lowerBound < leuvenRow.lowerBound)
            #expect(table.components(separatedBy: #"<th scope="col" class="num">2021</th>"#).count - 1 == 2)
        }
    }
}

/// The table page and the indexed evolution on hand-made models, in Dutch and English (whole-page snapshots, no
/// missing key, no Dutch words left on the English page). Record new snapshots with SNAPSHOT_RECORD=1.
@Suite("Explorer path pages")
struct ExplorerPathPageTests {
    typealias Fixed = CijfersPageSnapshotTests

    @Test func ownGroupTable() {
        check("table-own-group", title: "Tabel: indicatoren × gebieden × jaren",
              notInEnglish: ["Niet alles wat je vroeg", "bestaan niet op het niveau", "Gemiddelde (ongewogen) van de selectie",
                             "Mediaan van de selectie", "Som van de selectie", "Geteld", "2 van 3", "Kopieer of bewaar deze link", "Jaren"]) { language in
            let t = CijfersText.strings(language)
            return TablePageModel(
                indicators: [Fixed.electricity, Fixed.share], level: "gemeente2024", levelName: "Gemeente", parent: nil, parentName: nil,
                areas: [Fixed.gent, Fixed.leuven, Fixed.antwerpen],
                columns: [.init(indicator: Fixed.electricity.code, period: "2020"), .init(indicator: Fixed.electricity.code, period: "2021"),
                          .init(indicator: Fixed.share.code, period: "2021")],
                values: ["44021": [Fixed.electricity.code: ["2020": .ok(3_100), "2021": .ok(3_120)], Fixed.share.code: ["2021": .ok(12.5)]],
                         "24062": [Fixed.electricity.code: ["2020": .ok(2_800), "2021": .suppressed], Fixed.share.code: ["2021": .ok(10)]],
                         "11002": [Fixed.electricity.code: ["2020": .ok(3_500), "2021": .ok(3_512)]]],
                ownGroup: true, groupName: "Mijn selectie",
                notices: [t("paths.areasNotInLevel", "00000", "gemeente")],
                indicatorChoices: [(Fixed.electricity.code, Fixed.electricity.name, true), (Fixed.share.code, Fixed.share.name, true)],
                levelChoices: [("gemeente2024", "Gemeente"), ("ggw72024", "Wijk")], parentChoices: [("centrumsteden:centrumsteden", "Centrumsteden")],
                areaChoices: [(Fixed.antwerpen.code, Fixed.antwerpen.name, true), (Fixed.gent.code, Fixed.gent.name, true),
                              (Fixed.leuven.code, Fixed.leuven.name, true)],
                periodChoices: [("2021", true), ("2020", true)], language: language
            ).page()
        }
    }

    @Test func indexedEvolution() {
        check("evolution-index", title: "Evolutie",
              notInEnglish: ["Basisjaar (= 100)", "index (eerste jaar = 100)", "als index", "geen waarde", "Weergave"]) { language in
            var model = EvolutionPageModel(
                level: "gemeente2024", levelName: "Gemeente", areas: [Fixed.gent, Fixed.leuven],
                blocks: [.init(indicator: Fixed.electricity, periods: ["2019", "2020", "2021"], series: [
                    (Fixed.gent, "Gent", ["2019": .suppressed, "2020": .ok(3_000), "2021": .ok(3_150)]),
                    (Fixed.leuven, "Leuven", ["2020": .noData]),
                ])],
                indicatorChoices: [(Fixed.electricity.code, Fixed.electricity.name, true)],
                areaChoices: [(Fixed.gent.code, Fixed.gent.name, true), (Fixed.leuven.code, Fixed.leuven.name, true)],
                language: language)
            model.view = .index
            model.groupName = "Mijn steden"
            return model.page()
        }
    }
}
