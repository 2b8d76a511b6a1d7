import AccessDomain
@testable import App
@testable import Platform
@testable import Plannen
import Foundation
import PlannenDomain
import Testing
import Vapor
import VaporTesting

/// The overview pages of the Plannen pillar on SQLite and PostgreSQL: the plans home, the college's dashboard, the
/// council report, the public view and the comparison between cities. The demo plan of Voorbeeldstad is published;
/// Gent has an unpublished plan that nobody outside Gent may see or find named anywhere; Leuven has a small
/// published plan, so the comparison has two cities.
@Suite("Plannen overview")
struct PlanOverviewTests {
    static let demo = "/plannen/voorbeeldstad/mjp-2026-2031"
    static let gentPlan = "/plannen/gent/mjp-gent-geheim"
    static let gentName = "Geheim ontwerpplan Gent"

    // MARK: World

    /// The demo, an unpublished plan of Gent and a published plan of Leuven.
    static func world(_ app: Application) async throws {
        _ = try await PlannenDemo.load(into: app.db)
        try await importPlan(app, organisation: "gent", code: "mjp-gent-geheim", name: gentName, prefix: "G", publish: false)
        try await importPlan(app, organisation: "leuven", code: "mjp-leuven", name: "Meerjarenplan Leuven", prefix: "L", publish: true)
    }

    /// A small plan: two beleidsdoelstellingen in domeinen 02 and 09, one actieplan each, three acties, a budget.
    static func importPlan(_ app: Application, organisation code: String, code planCode: String, name: String, prefix: String,
                           publish: Bool) async throws {
        let model = try #require(try await OrganisationService(database: app.db).find(code: code))
        let organisation = PlanOrganisation(id: model.id!, code: model.code, name: model.name, areaCode: model.areaCode)
        let items = [
            PlanItem(level: .beleidsdoelstelling, code: "\(prefix)BD1", title: "\(prefix) vlot bereikbaar", prioritair: true, beleidsveld: "0200"),
            PlanItem(level: .actieplan, code: "\(prefix)AP1", parentCode: "\(prefix)BD1", title: "\(prefix) fietspaden"),
            PlanItem(level: .actie, code: "\(prefix)AC1", parentCode: "\(prefix)AP1", title: "\(prefix) fietsbrug", status: "op-schema", progress: 40),
            PlanItem(level: .actie, code: "\(prefix)AC2", parentCode: "\(prefix)AP1", title: "\(prefix) fietsstraten", status: "vertraagd", progress: 10),
            PlanItem(level: .beleidsdoelstelling, code: "\(prefix)BD2", title: "\(prefix) zorgzame stad", beleidsveld: "0900"),
            PlanItem(level: .actieplan, code: "\(prefix)AP2", parentCode: "\(prefix)BD2", title: "\(prefix) buurtwerk"),
            PlanItem(level: .actie, code: "\(prefix)AC3", parentCode: "\(prefix)AP2", title: "\(prefix) buurtcentrum", status: "gerealiseerd"),
        ]
        let budget = [
            BudgetLine(actionCode: "\(prefix)AC1", year: 2026, soort: .investering, richting: .uitgave, fase: .krediet, amount: 1_000_000),
            BudgetLine(actionCode: "\(prefix)AC1", year: 2026, soort: .investering, richting: .uitgave, fase: .rekening, amount: 400_000),
            BudgetLine(actionCode: "\(prefix)AC3", year: 2027, soort: .exploitatie, richting: .uitgave, fase: .krediet, amount: 250_000),
        ]
        let plan = try Plan(code: planCode, items: items, budget: budget)
        let service = PlanService(database: app.db)
        try await service.importPlan(plan, organisation: organisation, name: name, by: .commandLine)
        if publish {
            let stored = try #require(try await PlanStore(database: app.db).plan(organisation: code, code: planCode))
            try await service.setPublished(stored, true, by: .commandLine)
        }
    }

    /// The demo plan as the pages read it.
    static func demoFollowUp(_ app: Application) async throws -> PlanFollowUp {
        let store = PlanStore(database: app.db)
        let plan = try #require(try await store.plan(organisation: "voorbeeldstad", code: PlannenDomain.demoPlanCode))
        return try #require(try await store.followUp(plan))
    }

    // MARK: Page helpers

    /// The cells of the table row whose header holds `<span class="code">CODE</span>`.
    static func cells(_ html: String, row code: String) -> [String] {
        guard let start = html.range(of: "<span class=\"code\">\(code)</span>"),
              let end = html[start.upperBound...].range(of: "</tr>") else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<td").dropFirst().map { cell in
            let inner = cell.drop { $0 != ">" }.dropFirst()
            return String(inner.prefix { $0 != "<" })
        }
    }

    /// The codes of the items the report lists, in order.
    static func reportItems(_ html: String) -> [String] {
        html.components(separatedBy: "<article class=\"report-item").dropFirst().compactMap { part in
            guard let range = part.range(of: "id=\"item-") else { return nil }
            return String(part[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func csvRows(_ body: String) -> [[String]] {
        body.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
            .map { $0.components(separatedBy: ";") }
    }

    // MARK: Tests

    @Test(arguments: TestDatabase.available)
    func homeListsThePlansAVisitorMaySee(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let gentViewer = try await Accounts.signedIn(app, "kijker@gent.be", organisation: "gent", role: .viewer)
            let gentAdmin = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)

            // act
            let anonymous = try await Browser(app).get("/plannen").body.string
            let viewer = try await gentViewer.get("/plannen").body.string
            let admin = try await gentAdmin.get("/plannen").body.string

            // check
            #expect(anonymous.contains("Stad Voorbeeldstad") && anonymous.contains("href=\"\(Self.demo)/dashboard\""))
            #expect(anonymous.contains("10 beleidsdoelstellingen, 40 actieplannen, 150 acties"))
            #expect(anonymous.contains("Meerjarenplan: vastgesteld op 18 december 2025"))
            #expect(anonymous.contains("Meerjarenplan Leuven"))
            #expect(!anonymous.contains(Self.gentName) && !anonymous.contains("mjp-gent-geheim"))
            #expect(!anonymous.contains("/inlezen"))
            #expect(viewer.contains(Self.gentName) && viewer.contains("niet gepubliceerd"))
            #expect(!viewer.contains("/plannen/gent/inlezen"))
            #expect(admin.contains("href=\"/plannen/gent/inlezen\"") && admin.contains("Plan inlezen"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func anUnpublishedPlanIsInvisibleOutsideItsOrganisation(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let visitor = Browser(app)
            let leuven = try await Accounts.signedIn(app, "an@leuven.be", organisation: "leuven", role: .organisationAdmin)
            let gent = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .viewer)

            for page in ["/dashboard", "/rapport", "/publiek", "/download/dashboard.csv"] {
                // act / check: a stranger gets the same "not found" as for a plan that does not exist
                #expect(try await visitor.get(Self.gentPlan + page).status == .notFound, "\(page)")
                #expect(try await leuven.get(Self.gentPlan + page).status == .notFound, "\(page)")
                #expect(try await gent.get(Self.gentPlan + page).status == .ok, "\(page)")
            }
            let preview = try await gent.get(Self.gentPlan + "/publiek").body.string
            #expect(preview.contains("Voorbeeld: dit plan is nog niet gepubliceerd"))
            #expect(try await gent.get(Self.gentPlan + "/dashboard").body.string.contains("nog niet gepubliceerd"))

            // The comparison counts the plan but never names it, for anyone.
            for browser in [visitor, gent] {
                let comparison = try await browser.get("/plannen/vergelijking").body.string
                #expect(comparison.contains("1 plan is nog niet gepubliceerd"))
                // (The search box's placeholder names Gent as an example; the comparison itself must not.)
                #expect(!comparison.contains(">Gent") && !comparison.contains("Stad Gent") && !comparison.contains("44021"))
                #expect(!comparison.contains(Self.gentName) && !comparison.contains("mjp-gent-geheim"))
                #expect(comparison.contains("Voorbeeldstad") && comparison.contains("Leuven"))
                let csv = try await browser.get("/plannen/vergelijking/vergelijking.csv").body.string
                #expect(!csv.contains("gent") && csv.contains("leuven"))
                let json = try await browser.get("/plannen/vergelijking/vergelijking.json").body.string
                #expect(!json.contains("gent") && json.contains("\"notPublished\" : 1"))
            }
            // A published plan's public view needs no account.
            #expect(try await visitor.get("/plannen/leuven/mjp-leuven/publiek").status == .ok)
            #expect(!(try await visitor.get("/plannen/leuven/mjp-leuven/publiek").body.string.contains("Voorbeeld: dit plan")))
        }
    }

    @Test(arguments: TestDatabase.available)
    func theDashboardCountsEqualThePlan(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let followUp = try await Self.demoFollowUp(app)
            let tree = followUp.current.tree
            let actions = tree.descendants(of: "BD01").filter { $0.level == .actie }
            let expected = StatusCatalogue.standard.codes.map { code in actions.filter { $0.status == code }.count }
            #expect(expected.reduce(0, +) == actions.count && actions.count == 16)
            // The page counts uitgaven of exploitatie and investering; the demo has no financiering, so its execution
            // is the domain's over all uitgaven.
            #expect(!followUp.current.budget.contains { $0.soort == .financiering })
            let execution = try #require(followUp.budget.executionPercentage(of: "BD01", year: 2026))
            let credit = followUp.budget.total(of: "BD01", BudgetFilter(year: 2026, richting: .uitgave, fase: .krediet))

            // act
            let page = try await Browser(app).get(Self.demo + "/dashboard?jaar=2026&op=2026-12-01")
            let csv = try await Browser(app).get(Self.demo + "/download/dashboard.csv?jaar=2026&op=2026-12-01")

            // check
            #expect(page.status == .ok)
            let html = page.body.string
            let row = Self.cells(html, row: "BD01")
            #expect(Array(row.prefix(7).map { Int($0) }) == expected.map { Optional($0) })
            #expect(row.dropFirst(7).first == "16")
            #expect(row.contains(PlannenText.euro(credit, .nl)))
            #expect(row.last == PlannenText.number(execution, digits: 1, .nl) + " %")
            #expect(html.contains("aria-label=\"BD01 Voorbeeldstad is vlot, veilig en duurzaam bereikbaar: "))
            let day = try #require(PlanDate(year: 2026, month: 12, day: 1))
            let late = tree.items(at: .actie).filter { item in
                let pastEnd = item.end.map { $0 < day } ?? false
                return item.status == "vertraagd" || (pastEnd && item.status != "gerealiseerd" && item.status != "stopgezet")
            }
            #expect(!late.isEmpty && html.contains("Acties met achterstand (\(late.count))"))
            // The milestone due 31 October 2026 and not done is overdue on 1 December 2026, not on 1 October.
            #expect(html.contains("Renovatieplan goedgekeurd door het college"))
            #expect(!(try await Browser(app).get(Self.demo + "/dashboard?op=2026-10-01").body.string
                .contains("Renovatieplan goedgekeurd door het college")))
            #expect(html.contains("Aandeel van de verplaatsingen met de fiets") && html.contains("op koers"))
            let rows = Self.csvRows(csv.body.string)
            #expect(rows.first?.prefix(3) == ["niveau", "code", "titel"])
            let bd01 = try #require(rows.first { $0.count > 1 && $0[1] == "BD01" })
            #expect(Array(bd01[3..<10]) == expected.map(String.init))
            #expect(bd01.last == "2026")
            #expect(rows.count == 1 + tree.items(at: .beleidsdoelstelling).count + 1)
            let json = try await Browser(app).get(Self.demo + "/download/dashboard.json?jaar=2026").body.string
            #expect(json.contains("\"code\" : \"BD01\"") && json.contains("\"year\" : 2026"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func theReportListsThePrioritiesWithTheirUpdates(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let followUp = try await Self.demoFollowUp(app)
            let priorities = followUp.current.items.filter(\.prioritair).map(\.code)
            let s1 = followUp.updates.filter { $0.update.periodCode == "2026-S1" && priorities.contains($0.update.itemCode) }
            #expect(!s1.isEmpty)

            // act
            let page = try await Browser(app).get(Self.demo + "/rapport?periode=2026-S1")
            let byDefault = try await Browser(app).get(Self.demo + "/rapport").body.string
            let all = try await Browser(app).get(Self.demo + "/rapport?periode=2026-S1&alle=ja").body.string
            let open = try await Browser(app).get(Self.demo + "/rapport?periode=2026-S2").body.string

            // check
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(Self.reportItems(html) == priorities)
            for stored in s1 { #expect(html.contains(stored.update.explanation), "\(stored.update.itemCode)") }
            #expect(!html.contains("Tussentijdse stand in november 2026"))
            #expect(html.contains("vastgesteld op 14 juli 2026") && html.contains("data-print"))
            #expect(html.contains("Geen update in deze periode."))
            // Without a choice the newest closed period is shown.
            #expect(Self.reportItems(byDefault) == priorities && byDefault.contains("Opvolgingsrapport 2026-S1"))
            #expect(Self.reportItems(all) == followUp.current.items.map(\.code))
            #expect(open.contains("voorlopig: de periode is nog open"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func unknownChoicesAreSaid(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let visitor = Browser(app)

            // act / check
            let period = try await visitor.get(Self.demo + "/rapport?periode=2099-S9")
            #expect(period.status == .ok)
            #expect(period.body.string.contains("Periode '2099-S9' bestaat niet voor dit plan; getoond: 2026-S1."))
            #expect(try await visitor.get(Self.demo + "/rapport?alle=misschien").body.string.contains("'misschien' is geen keuze"))
            let year = try await visitor.get(Self.demo + "/dashboard?jaar=1999&op=gisteren")
            #expect(year.status == .ok)
            #expect(year.body.string.contains("Jaar '1999' komt niet voor in de budgetten; getoond: alle jaren."))
            #expect(year.body.string.contains("'gisteren' is geen datum"))
            #expect(try await visitor.get("/plannen/vergelijking?jaar=abc").body.string.contains("Jaar 'abc' komt niet voor"))
            #expect(try await visitor.get("/plannen/vergelijking/scores.csv").status == .notFound)
            #expect(try await visitor.get(Self.demo + "/dashboard?versie=9").status == .notFound)
        }
    }

    @Test(arguments: TestDatabase.available)
    func theComparisonHasARowPerCityAndDomein(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let followUp = try await Self.demoFollowUp(app)
            let leuven = try #require(try await PlanStore(database: app.db).plan(organisation: "leuven", code: "mjp-leuven"))
            let leuvenPlan = try #require(try await PlanStore(database: app.db).followUp(leuven)).current
            let expected = CityComparison(plans: [
                CityPlan(organisation: "voorbeeldstad", published: true, plan: followUp.base),
                CityPlan(organisation: "leuven", published: true, plan: leuvenPlan),
            ], year: 2026)

            // act
            let csv = try await Browser(app).get("/plannen/vergelijking/vergelijking.csv?jaar=2026")
            let page = try await Browser(app).get("/plannen/vergelijking?jaar=2026").body.string

            // check
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            let rows = Self.csvRows(csv.body.string)
            #expect(rows.first?.prefix(5) == ["organisatie", "plan", "domein", "domeinnaam", "inwoners"])
            let pairs = rows.dropFirst().map { "\($0[0])/\($0[2])" }
            let wanted = expected.cities.flatMap { city in city.domains.map { "\(city.organisation)/\($0.domein ?? "")" } }
            #expect(pairs.sorted() == wanted.sorted())
            #expect(Set(pairs).count == pairs.count)
            // Leuven's domein 02 in 2026: one beleidsdoelstelling, one actieplan, two acties, € 1.000.000 krediet.
            let mobility = try #require(rows.first { $0[0] == "leuven" && $0[2] == "02" })
            #expect(Array(mobility[5...11]) == ["0", "1", "1", "2", "1000000", "400000", ""])
            #expect(page.contains("Cijfers heeft geen aantal inwoners voor Leuven (gemeente 24062)."))
            #expect(page.contains("Voorbeeldstad heeft geen gemeente in Cijfers"))
            #expect(page.contains("02 Zich verplaatsen en mobiliteit"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func englishPagesHaveEveryWord(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup
            try await Self.world(app)
            let gent = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let pages = ["/plannen", "/plannen/vergelijking", "/plannen/vergelijking?jaar=x"]
                + [Self.demo, Self.gentPlan].flatMap { plan in
                    ["/dashboard?jaar=1999&op=x", "/rapport?periode=x&alle=x", "/rapport?alle=ja", "/publiek"].map { plan + $0 }
                }
            for browser in [gent, admin] {
                for language in ["en", "nl"] {
                    for page in pages {
                        // act
                        let separator = page.contains("?") ? "&" : "?"
                        let response = try await browser.get(page + separator + "lang=\(language)")
                        // check
                        #expect(response.status == .ok, "\(page) \(language)")
                        #expect(!response.body.string.contains("⟦"), "\(page) \(language): a word is missing")
                    }
                }
            }
            let english = try await gent.get(Self.demo + "/publiek?lang=en").body.string
            #expect(english.contains("How to read this?") && english.contains("Planned investments"))
            #expect(try await admin.get("/plannen?lang=en").body.string.contains("Import a plan for Stad Gent"))
        }
    }
}
