@testable import App
@testable import Cijfers
@testable import Platform
import Foundation
import Testing
import Vapor
import VaporTesting

/// Issue 18: a dashboard is its URL. The address is read and written by one rule (round trip, limits, bad input said
/// in its place), the edit form's buttons give the new address, and the page shows each tile through the indicator
/// page's own figures, or says why it cannot.
@Suite("Dashboard")
struct DashboardTests {
    // MARK: the address

    @Test func tilesRoundTripThroughTheAddress() {
        // setup
        let tiles: [DashboardSpec.Tile] = [
            .init(kind: .kaart, indicator: "v2506_elek_res_n", level: "ggw72024", parent: "gemeente2024:44021", period: "2021"),
            .init(kind: .kerncijfer, indicator: "v2506_elek_res_n", level: "gemeente2024", areas: ["44021", "24062"]),
            .init(kind: .lijn, indicator: "sb_aandeel", level: "gemeente2024", parent: "centrumsteden:centrumsteden"),
            .init(kind: .tabel, indicator: "x", level: "gewest"),
        ]
        let spec = DashboardSpec(title: "Energie in Gent & Leuven", entries: tiles.map { .tile($0) })
        // act
        let url = CijfersPath.dashboard.url(spec.query)
        let read = DashboardSpec.parse(query: String(url.drop { $0 != "?" }.dropFirst()))
        // check
        #expect(read == spec)
        #expect(url == "/dashboard?titel=Energie%20in%20Gent%20%26%20Leuven"
            + "&tegel=kaart~v2506_elek_res_n~ggw72024~gemeente2024:44021~2021"
            + "&tegel=kerncijfer~v2506_elek_res_n~gemeente2024~~laatste~44021,24062"
            + "&tegel=lijn~sb_aandeel~gemeente2024~centrumsteden:centrumsteden"
            + "&tegel=tabel~x~gewest")
        // a form sends spaces as '+'; 'latest' and an empty period are the latest
        #expect(DashboardSpec.parse(query: "titel=Mijn+dashboard&tegel=staaf~a~b~~latest").title == "Mijn dashboard")
        #expect(DashboardSpec.parse(query: "tegel=staaf~a~b~~latest").tiles.first?.period == nil)
        #expect(DashboardSpec.parse(query: "tegel=STAAF~a~b~~").tiles.first == .init(kind: .staaf, indicator: "a", level: "b"))
    }

    @Test func limitsAreSaidNotSilent() {
        // thirteen tiles: twelve kept, the rest said
        let many = (1...13).map { "tegel=tabel~i\($0)~gemeente2024" }.joined(separator: "&")
        var spec = DashboardSpec.parse(query: many)
        #expect(spec.entries.count == DashboardSpec.maximumTiles)
        #expect(spec.tiles.last?.indicator == "i12")
        #expect(spec.notices == [.tooManyTiles(asked: 13)])
        // a title past its limit is cut and said
        spec = DashboardSpec.parse(query: "titel=" + String(repeating: "a", count: 200))
        #expect(spec.title.count == DashboardSpec.maximumTitle)
        #expect(spec.notices == [.titleCut])
        // too many areas in an own group, too long a tile: the tile stays in its place, unreadable, with the reason
        let areas = (1...31).map(String.init).joined(separator: ",")
        spec = DashboardSpec.parse(query: "tegel=staaf~a~b~~~\(areas)&tegel=" + String(repeating: "x", count: 500) + "&tegel=tabel~a~b")
        #expect(spec.entries.count == 3)
        #expect(spec.entries[0] == .unreadable(text: "staaf~a~b~~~\(areas)", reason: .tooManyAreas(31)))
        guard case .unreadable(let text, .tooLong) = spec.entries[1] else { Issue.record("a long tile is refused"); return }
        #expect(text.count == DashboardSpec.maximumTileText)
        #expect(spec.tiles == [.init(kind: .tabel, indicator: "a", level: "b")])
    }

    @Test func badInputBecomesEntriesNeverErrors() {
        let spec = DashboardSpec.parse(query: "tegel=taart~a~b&tegel=kaart~a&tegel=kaart~~b&tegel=%ZZ&tegel=&x=1&tegel=kaart~a~b~c~d~e~f")
        #expect(spec.entries == [
            .unreadable(text: "taart~a~b", reason: .unknownKind("taart")),
            .unreadable(text: "kaart~a", reason: .badFields),
            .unreadable(text: "kaart~~b", reason: .badFields),
            .unreadable(text: "%ZZ", reason: .unknownKind("%ZZ")),
            .unreadable(text: "kaart~a~b~c~d~e~f", reason: .badFields),
        ])
        // an unreadable tile keeps its text in the address, so removing it is the analyst's choice
        #expect(spec.query.filter { $0.0 == "tegel" }.count == 5)
        #expect(DashboardSpec.parse(query: nil) == DashboardSpec())
    }

    @Test func editActionsGiveTheNewDashboard() {
        // setup
        let spec = DashboardSpec.parse(query: "tegel=tabel~a~gewest&tegel=tabel~b~gewest&tegel=tabel~c~gewest")
        func order(_ spec: DashboardSpec) -> [String] { spec.tiles.map(\.indicator) }
        // act, check
        #expect(order(DashboardEdit.up(1).applied(to: spec, newTile: "")) == ["b", "a", "c"])
        #expect(order(DashboardEdit.down(1).applied(to: spec, newTile: "")) == ["a", "c", "b"])
        #expect(order(DashboardEdit.remove(0).applied(to: spec, newTile: "")) == ["b", "c"])
        #expect(order(DashboardEdit.up(0).applied(to: spec, newTile: "")) == ["a", "b", "c"])
        #expect(order(DashboardEdit.down(2).applied(to: spec, newTile: "")) == ["a", "b", "c"])
        #expect(order(DashboardEdit.remove(9).applied(to: spec, newTile: "")) == ["a", "b", "c"])
        let pairs = [("nieuw-soort", "kerncijfer"), ("nieuw-indicator", "d"), ("nieuw-niveau", "gemeente2024"),
                     ("nieuw-binnen", ""), ("nieuw-periode", ""), ("nieuw-gebieden", "44021 24062;~11002")]
        let added = DashboardEdit.add.applied(to: spec, newTile: DashboardEdit.newTile(pairs.map { (name: $0.0, value: $0.1) }))
        #expect(added.tiles.last == .init(kind: .kerncijfer, indicator: "d", level: "gemeente2024", areas: ["44021", "24062", "11002"]))
        // the buttons' words read back; unknown ones are nil (the page says so)
        for action in [DashboardEdit.apply, .add, .remove(2), .up(1), .down(0)] { #expect(DashboardEdit(action.text) == action) }
        #expect(DashboardEdit("op-x") == nil)
        #expect(DashboardEdit("weg-0") != nil)
        // a full dashboard adds nothing
        let full = DashboardSpec.parse(query: (1...12).map { "tegel=tabel~i\($0)~gewest" }.joined(separator: "&"))
        #expect(DashboardEdit.add.applied(to: full, newTile: "tabel~z~gewest").entries.count == 12)
    }

    // MARK: the page

    /// The explorer's test data (the 13 centrumsteden in 2020 and 2021, the wijken of Gent in 2021), one app per
    /// database, a dashboard of several tiles read as a visitor gets it.
    @Test(arguments: TestDatabase.available)
    func dashboardShowsTilesAndSaysWhatItCannot(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await ExplorerPathTests.load(app)
            let tiles = [
                "tabel~v2506_elek_res_cons~gemeente2024~centrumsteden:centrumsteden~2021",
                "staaf~v2506_elek_res_cons~ggw72024~gemeente2024:44021",
                "lijn~v2506_elek_res_cons~gemeente2024~~laatste~44021,24062",
                "kerncijfer~v2506_elek_res_cons~gemeente2024~~2020~44021",
                "kaart~v2506_elek_res_cons~ggw72024~gemeente2024:44021",
                "tabel~bestaat_niet~gemeente2024",
                "tabel~v2506_elek_res_cons~gemeente2024~~2099~44021",
                "tabel~v2506_elek_res_cons~wijkjes",
                "taart~v2506_elek_res_cons~gemeente2024",
            ]
            let query = "titel=%3Cscript%3Ealert(1)%3C%2Fscript%3E&" + tiles.map { "tegel=" + $0 }.joined(separator: "&")
            // act
            let html = try await ExplorerPathTests.page(app, "/dashboard?" + query)
            // check: the hostile title escaped, in the page title and the share box
            ExplorerPathTests.lacks(html, "<script>alert")
            ExplorerPathTests.has(html, "&lt;script&gt;alert(1)&lt;/script&gt;")
            // each tile has its heading, in order
            let headings = html.components(separatedBy: "<h2 id=\"tegel-").dropFirst().map { String($0.prefix(while: { $0 != "<" })) }
            #expect(headings.count == tiles.count)
            #expect(headings.first?.hasPrefix("1-kop\">Tabel: ") == true)
            // the table of the 13 centrumsteden in 2021, the bars of the wijken of Gent, the evolution of an own group
            ExplorerPathTests.has(html, "id=\"tegel-1-tabel\"")
            ExplorerPathTests.has(html, "gemeente binnen De 13 Vlaamse centrumsteden, 2021")
            ExplorerPathTests.has(html, "id=\"tegel-2-staaf\"")
            ExplorerPathTests.has(html, "tabindex=\"0\"")
            ExplorerPathTests.has(html, "id=\"tegel-3-lijn\"")
            ExplorerPathTests.has(html, "eigen groep (gemeente): Gent, Leuven, 2021")
            // a key figure of 2020 for Gent (1000 + 4 × 10 in the test data), with Vlaanderen beside it
            ExplorerPathTests.has(html, "class=\"key-figures\"")
            ExplorerPathTests.has(html, "Periode 2020")
            // what cannot be shown is said in its place, with the reason
            ExplorerPathTests.has(html, "Voor dit niveau zijn er geen kaartvormen")
            ExplorerPathTests.has(html, "Indicator 'bestaat_niet' bestaat niet of is niet toegankelijk voor jou")
            ExplorerPathTests.has(html, "Periode '2099' heeft geen cijfers voor deze selectie; perioden met cijfers: 2020, 2021")
            ExplorerPathTests.has(html, "Gebiedsniveau 'wijkjes' bestaat niet")
            ExplorerPathTests.has(html, "Soort 'taart' bestaat niet")
            #expect(html.components(separatedBy: "class=\"notice tile-notice\"").count - 1 == 5)
            // each shown tile downloads its selection as CSV through the data API
            ExplorerPathTests.has(html, "/api/v1/data?indicators=v2506_elek_res_cons&amp;level=gemeente2024&amp;parent=centrumsteden:centrumsteden&amp;periods=2021&amp;format=csv")
            ExplorerPathTests.has(html, "areas=44021,24062&amp;format=csv")
            // the share box holds the whole address
            ExplorerPathTests.has(html, "id=\"dashboard-adres\"")
            ExplorerPathTests.has(html, "tegel=kaart~v2506_elek_res_cons~ggw72024~gemeente2024:44021")

            // too many tiles, an unknown parameter, in English
            let many = (1...14).map { _ in "tegel=kerncijfer~v2506_elek_res_cons~gemeente2024~~~44021" }.joined(separator: "&")
            let english = try await ExplorerPathTests.page(app, "/dashboard?lang=en&perods=1&" + many)
            ExplorerPathTests.has(english, "14 tiles were asked; a dashboard has at most 12: you see the first 12.")
            ExplorerPathTests.has(english, "perods")
            #expect(english.components(separatedBy: "class=\"dash-tile ").count - 1 == 12)
            ExplorerPathTests.lacks(english, "⟦")

            // the edit mode: the form, a button per change; a button answers with the new address
            let editing = try await ExplorerPathTests.page(app, "/dashboard?bewerk=1&" + tiles.prefix(2).map { "tegel=" + $0 }.joined(separator: "&"))
            ExplorerPathTests.has(editing, "name=\"actie\" value=\"neer-1\"")
            ExplorerPathTests.has(editing, "name=\"actie\" value=\"toevoegen\"")
            ExplorerPathTests.has(editing, "<label for=\"nieuw-indicator\">")
            try await app.testing().test(.GET, "/dashboard?bewerk=1&tegel=tabel~a~gewest&tegel=tabel~b~gewest&actie=neer-1") { response in
                #expect(response.status == .seeOther)
                #expect(response.headers.first(name: .location) == "/dashboard?tegel=tabel~b~gewest&tegel=tabel~a~gewest&bewerk=1#bewerk-tegel-2")
            }
            try await app.testing().test(.GET, "/dashboard?bewerk=1&titel=A&actie=toevoegen&nieuw-soort=staaf&nieuw-indicator=v2506_elek_res_cons"
                                           + "&nieuw-niveau=gemeente2024&nieuw-binnen=centrumsteden:centrumsteden&nieuw-periode=&nieuw-gebieden=") { response in
                #expect(response.headers.first(name: .location)
                    == "/dashboard?titel=A&tegel=staaf~v2506_elek_res_cons~gemeente2024~centrumsteden:centrumsteden&bewerk=1#tegel-1")
            }
            // an empty dashboard opens in the edit mode; an unknown button changes nothing and says so
            ExplorerPathTests.has(try await ExplorerPathTests.page(app, "/dashboard"), "id=\"nieuw-soort\"")
            ExplorerPathTests.has(try await ExplorerPathTests.page(app, "/dashboard?actie=sloop"), "De knop 'sloop' kent deze pagina niet")

            // the indicator page offers its selection as a dashboard tile
            let indicator = try await ExplorerPathTests.page(app, "/indicator/v2506_elek_res_cons?level=ggw72024&parent=gemeente2024:44021")
            ExplorerPathTests.has(indicator, "/dashboard?titel=")
            ExplorerPathTests.has(indicator, "tegel=staaf~v2506_elek_res_cons~ggw72024~gemeente2024:44021&amp;bewerk=1")
        }
    }

    /// Restricted figures follow the viewer's catalog: an anonymous visitor's tile says it cannot be shown, and the
    /// figures appear nowhere on the page.
    @Test(arguments: TestDatabase.available)
    func restrictedTilesAreNoticesForVisitors(database: TestDatabase) async throws {
        try await RestrictedDataTests().withRestrictedData(database) { app in
            let html = try await ExplorerPathTests.page(app, "/dashboard?tegel=tabel~\(RestrictedDataTests.hidden)~gemeente2024"
                + "&tegel=kerncijfer~\(RestrictedDataTests.hiddenAtGemeente)~gemeente2024~~~44021")
            ExplorerPathTests.has(html, "bestaat niet of is niet toegankelijk voor jou")
            for value in RestrictedDataTests.secretValues { ExplorerPathTests.lacks(html, value) }
            #expect(html.components(separatedBy: "class=\"notice tile-notice\"").count - 1 == 2)
        }
    }

    // MARK: appending and the chooser (issue 18)

    /// The select with `id` on the page: its HTML up to its end.
    static func select(_ html: String, id: String) -> String {
        guard let start = html.range(of: "<select id=\"\(id)\"") else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</select>")?.upperBound ?? rest.endIndex)])
    }

    @Test(arguments: TestDatabase.available)
    func indicatorPageAppendsToTheDashboardBeingComposed(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: a dashboard of two tiles in its edit mode; its chooser links to the indicator page, carrying it
            try await ExplorerPathTests.load(app)
            let two = "titel=Twee&tegel=tabel~v2506_elek_res_cons~gemeente2024&tegel=kerncijfer~v2506_elek_res_cons~gemeente2024~~~44021"
            let editing = try await ExplorerPathTests.page(app, "/dashboard?bewerk=1&" + two)
            let link = try #require(editing.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
                .first { $0.hasPrefix("/indicator/v2506_elek_res_cons?") && $0.contains("dashboard=") })
                .replacingOccurrences(of: "&amp;", with: "&")
            let carried = try #require(link.components(separatedBy: "dashboard=").last)
            // act: the indicator page at the wijken of Gent, as its own form sends it (the dashboard kept in a hidden field)
            let indicator = try await ExplorerPathTests.page(
                app, "/indicator/v2506_elek_res_cons?level=ggw72024&parent=gemeente2024:44021&dashboard=" + carried)
            // check: it says which dashboard, appends to it, and keeps it in its form
            ExplorerPathTests.has(indicator, "Je stelt het dashboard ‘Twee’ samen (2 van 12 tegels).")
            ExplorerPathTests.has(indicator, "<input type=\"hidden\" name=\"dashboard\" value=\"titel=Twee&amp;tegel=tabel~")
            ExplorerPathTests.lacks(indicator, "Onbekende parameter")
            // the city picker ("Kies een stad") keeps it too, so choosing another city does not lose the dashboard
            let picker = try #require(indicator.range(of: "class=\"selector city-picker\""))
            let pickerForm = indicator[picker.lowerBound...].prefix { _ in true }
            let pickerEnd = try #require(pickerForm.range(of: "</form>"))
            #expect(pickerForm[..<pickerEnd.lowerBound].contains("<input type=\"hidden\" name=\"dashboard\" value=\"titel=Twee&amp;tegel=tabel~"))
            // (the existing tiles as the dashboard writes them: an own group's latest period is spelled out)
            let appended = "/dashboard?" + two.replacingOccurrences(of: "~~~44021", with: "~~laatste~44021")
                + "&tegel=staaf~v2506_elek_res_cons~ggw72024~gemeente2024:44021&bewerk=1"
            ExplorerPathTests.has(indicator, "href=\"" + appended.replacingOccurrences(of: "&", with: "&amp;") + "#tegel-3\"")
            // the dashboard it leads to keeps its tiles, in order, and adds the new one last
            let result = try await ExplorerPathTests.page(app, appended)
            let headings = result.components(separatedBy: "<h2 id=\"tegel-").dropFirst().map { String($0.prefix(while: { $0 != "<" })) }
            #expect(headings.count == 3)
            #expect(headings.map { String($0.drop { $0 != ">" }.dropFirst().prefix { $0 != ":" }) } == ["Tabel", "Kerncijfer", "Staafdiagram"])

            // a full dashboard: the 13th tile is refused with a message, the way back and a new dashboard offered
            let twelve = (1...12).map { _ in "tegel=kerncijfer~v2506_elek_res_cons~gemeente2024~~~44021" }.joined(separator: "&")
            let full = try await ExplorerPathTests.page(
                app, "/indicator/v2506_elek_res_cons?dashboard=" + PathEscaping.query("titel=Vol&" + twelve))
            ExplorerPathTests.has(full, "Het dashboard ‘Vol’ heeft al 12 tegels, het maximum")
            ExplorerPathTests.lacks(full, "Voeg deze figuren toe aan het dashboard")
            ExplorerPathTests.has(full, "Terug naar het dashboard zonder toe te voegen")
            try await app.testing().test(.GET, "/dashboard?bewerk=1&\(twelve)&actie=toevoegen&nieuw-soort=tabel&nieuw-indicator=v2506_elek_res_cons"
                                           + "&nieuw-niveau=gemeente2024") { response in
                let location = response.headers.first(name: .location) ?? ""
                #expect(location.components(separatedBy: "tegel=").count - 1 == 12)
            }
            ExplorerPathTests.has(try await ExplorerPathTests.page(app, "/dashboard?bewerk=1&" + twelve),
                                  "Dit dashboard heeft het maximum van 12 tegels")
            // without a dashboard in the address, the page starts a new one, as before
            let plain = try await ExplorerPathTests.page(app, "/indicator/v2506_elek_res_cons")
            ExplorerPathTests.lacks(plain, "name=\"dashboard\"")
            ExplorerPathTests.has(plain, "Toevoegen aan dashboard")
        }
    }

    @Test(arguments: TestDatabase.available)
    func chooserOffersOnlyLevelsWithFiguresAndAreasAboveTheLevel(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: v2506_elek_res_n has figures for the gemeenten (and the levels above), none for the wijken
            try await ExplorerPathTests.load(app)
            let choice = "&nieuw-soort=staaf&nieuw-indicator=v2506_elek_res_n&nieuw-niveau=ggw72024&nieuw-binnen=gemeente2024:44021"
                + "&nieuw-periode=&nieuw-gebieden=44021,99999"
            // act: "kies" keeps the dashboard and the choice in the address
            var location = ""
            try await app.testing().test(.GET, "/dashboard?bewerk=1&tegel=tabel~v2506_elek_res_cons~gemeente2024&actie=kies" + choice) { response in
                #expect(response.status == .seeOther)
                location = response.headers.first(name: .location) ?? ""
            }
            #expect(location.hasPrefix("/dashboard?tegel=tabel~v2506_elek_res_cons~gemeente2024&bewerk=1&nieuw-soort=staaf"))
            #expect(location.hasSuffix("#nieuwe-tegel"))
            let page = try await ExplorerPathTests.page(app, String(location.prefix { $0 != "#" }))
            // check: only the levels with figures, the wijken not among them, and said why
            let levels = Self.select(page, id: "nieuw-niveau")
            #expect(levels.contains("value=\"gemeente2024\" selected=\"selected\""))
            #expect(!levels.contains("value=\"ggw72024\""))
            ExplorerPathTests.has(page, "heeft geen cijfers op het niveau Wijk; kies een van: ")
            // the areas to narrow to lie above the gemeenten: Gent is no longer one, and that is said too
            let parents = Self.select(page, id: "nieuw-binnen")
            #expect(!parents.contains("value=\"gemeente2024:"))
            #expect(parents.contains("value=\"provincie2024:"))
            ExplorerPathTests.has(page, "‘gemeente2024:44021’ ligt niet boven het niveau gemeente")
            // an own group with a code that is no gemeente is named; the typed choice is kept
            ExplorerPathTests.has(page, "99999")
            ExplorerPathTests.has(page, "value=\"44021,99999\"")
            #expect(Self.select(page, id: "nieuw-soort").contains("value=\"staaf\" selected=\"selected\""))
            // at the wijken, for an indicator with wijk figures, the gemeenten are the areas to narrow to
            let wijken = try await ExplorerPathTests.page(app, "/dashboard?bewerk=1&tegel=staaf~v2506_elek_res_cons~ggw72024~gemeente2024:44021")
            #expect(Self.select(wijken, id: "nieuw-niveau").contains("value=\"ggw72024\" selected=\"selected\""))
            #expect(Self.select(wijken, id: "nieuw-binnen").contains("value=\"gemeente2024:44021\" selected=\"selected\""))
            ExplorerPathTests.lacks(wijken, "ligt niet boven")
        }
    }
}
