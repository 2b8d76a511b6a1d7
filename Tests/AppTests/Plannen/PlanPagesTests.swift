import AccessDomain
@testable import App
@testable import Platform
@testable import Plannen
import Foundation
import PlannenDomain
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The plan tree and the item page on SQLite and PostgreSQL: the demo's tree with its counts and filters (unknown
/// values said on the page), the item page's calculation as the domain's roll-up computes it, the owner's update
/// (only owners and managers, only in an open period) changing the parent's progress, the downloads of what is
/// shown, and escaping of what a city typed.
@Suite("Plannen pages")
struct PlanPagesTests {
    static let tree = "/plannen/voorbeeldstad/mjp-2026-2031"
    static func item(_ code: String) -> String { "\(tree)/items/\(code)" }

    static func followUp(_ app: Application) async throws -> PlanFollowUp {
        let store = PlanStore(database: app.db)
        let plan = try #require(try await store.plan(organisation: "voorbeeldstad", code: PlannenDomain.demoPlanCode))
        return try #require(try await store.followUp(plan))
    }

    /// The item codes of the tree's rows, in order, and the codes of the rows marked as context.
    static func rows(_ html: String) -> (codes: [String], context: Set<String>) {
        var codes: [String] = []
        var context = Set<String>()
        for row in html.components(separatedBy: "<tr class=\"level-").dropFirst() {
            guard let start = row.range(of: "<td class=\"code\">"), let end = row[start.upperBound...].range(of: "</td>") else { continue }
            let code = String(row[start.upperBound..<end.lowerBound])
            codes.append(code)
            if row.prefix(40).contains(" context\"") { context.insert(code) }
        }
        return (codes, context)
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!
            .decode(column: "n", as: Int.self)
    }

    static func userID(_ app: Application, _ email: String) async throws -> Int {
        try #require(try await AccountService(database: app.db).user(email: email)?.id)
    }

    // MARK: The tree

    @Test(arguments: TestDatabase.available)
    func theTreeShowsEveryItemAndFiltersKeepTheirAncestors(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await PlannenDemo.load(into: app.db)
            let visitor = Browser(app)
            let page = try await visitor.get(Self.tree)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Getoond: 10 van 10 beleidsdoelstellingen, 40 van 40 actieplannen, 150 van 150 acties."))
            #expect(Self.rows(html).codes.count == 200)
            #expect(html.contains("Vastgesteld door de gemeenteraad op 18 december 2025."))
            #expect(!html.contains("⟦"))

            // Priority only: the prioritaire items and, as context, the items above them.
            let plan = try await Self.followUp(app).current
            let priority = plan.items.filter(\.prioritair).map(\.code)
            var expected = Set(priority)
            for code in priority { expected.formUnion(plan.tree.ancestors(of: code).map(\.code)) }
            let filtered = try await visitor.get(Self.tree + "?prioritair=ja")
            let rows = Self.rows(filtered.body.string)
            #expect(rows.codes == plan.items.map(\.code).filter(expected.contains))
            #expect(rows.context == expected.subtracting(priority))
            #expect(!rows.context.isEmpty && !rows.codes.contains("AC010101"))
            let priorityActions = plan.items.filter { $0.prioritair && $0.level == .actie }.count
            #expect(filtered.body.string.contains("\(priorityActions) van 150 acties"))

            // An unknown value is said, and the rest of the filter still works.
            let unknown = try await visitor.get(Self.tree + "?status=bestaat-niet&beleidsveld=02&niveau=actieplan")
            #expect(unknown.status == .ok)
            let body = unknown.body.string
            #expect(body.contains("status ‘bestaat-niet’ bestaat niet; getoond: alle statussen"))
            let field = Self.rows(body)
            #expect(field.codes.contains("AP0101") && !field.codes.contains("AC010101") && !field.codes.contains("BD02"))
            // The owner filter is for the city's staff only.
            #expect(try await visitor.get(Self.tree + "?eigenaar=1").body.string.contains("filteren op eigenaar kan alleen voor medewerkers"))

            // English, complete.
            let english = try await visitor.get(Self.tree + "?lang=en&status=nope")
            #expect(english.body.string.contains("150 of 150 actions"))
            #expect(english.body.string.contains("status ‘nope’ does not exist; shown: all statuses"))
            #expect(!english.body.string.contains("⟦"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func theDownloadsHoldWhatTheTreeShows(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await PlannenDemo.load(into: app.db)
            let visitor = Browser(app)
            let followUp = try await Self.followUp(app)
            let shown = Self.rows(try await visitor.get(Self.tree + "?prioritair=ja").body.string).codes

            let csv = try await visitor.get(Self.tree + "/download/items.csv?prioritair=ja")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let text = csv.body.string
            #expect(text.hasPrefix("\u{FEFF}niveau;code;oudercode;titel;past_bij_filter;prioritair;beleidsveld;verantwoordelijke;dienst;"
                + "start;einde;status;voortgang;voortgang_bron;krediet;krediet_2026;"))
            let lines = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == shown.count + 1)
            #expect(lines.dropFirst().map { String($0.split(separator: ";")[1]) } == shown)
            // BD01's credit: exploitatie and investering krediet for uitgaven, over all years, with a decimal comma.
            let credit = followUp.budget.total(of: "BD01", BudgetFilter(soort: .exploitatie, richting: .uitgave, fase: .krediet))
                + followUp.budget.total(of: "BD01", BudgetFilter(soort: .investering, richting: .uitgave, fase: .krediet))
            let bd01 = try #require(lines.first { $0.hasPrefix("beleidsdoelstelling;BD01;") })
            #expect(bd01.contains(";ja;ja;02;") && bd01.contains(";children;\(CellText.amount(credit));"))

            let json = try await visitor.get(Self.tree + "/download/items.json?prioritair=ja&status=x")
            #expect(json.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.body.string.utf8)) as? [String: Any])
            let items = try #require(document["items"] as? [[String: Any]])
            #expect(items.map { $0["code"] as? String } == shown)
            #expect((document["problems"] as? [String])?.first?.contains("status ‘x’ bestaat niet") == true)
            #expect(json.body.string.contains("\"credit\" :") && json.body.string.contains("\"matchesFilter\" :"))

            #expect(try await visitor.get(Self.tree + "/download/iets.csv").status == .notFound)
            #expect(try await visitor.get("/plannen/voorbeeldstad/bestaat-niet/download/items.csv").status == .notFound)
        }
    }

    // MARK: The item page

    @Test(arguments: TestDatabase.available)
    func theItemPageShowsTheCalculation(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await PlannenDemo.load(into: app.db)
            let followUp = try await Self.followUp(app)
            // setup: the roll-up of AP0101 as the domain computes it, and by hand from its children.
            let rollup = ProgressRollup(plan: followUp.current)
            let result = try #require(rollup["AP0101"])
            let children = followUp.current.tree.children(of: "AP0101")
            let counted = children.compactMap { child in rollup[child.code].flatMap { $0.countsInParent ? $0.value.map { ($0, child.effectiveWeight) } : nil } }
            let byHand = counted.reduce(0) { $0 + $1.0 * $1.1 } / counted.reduce(0) { $0 + $1.1 }
            #expect(abs(try #require(result.value) - byHand) < 1e-9)

            // act
            let page = try await Browser(app).get(Self.item("AP0101"))

            // check: the explanation with its numbers, each child's line, the rolled-up value on the bar.
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(PlannenText.text(result.explanation, .nl)))
            #expect(html.contains("= \(PlanNumberText.dutch(byHand)) %"))
            #expect(html.contains("De \(children.count) items eronder en hoe ze meetellen"))
            for child in children { #expect(html.contains(">\(child.code)</td>")) }
            #expect(html.contains("value=\"\(PlanNumberText.english(byHand, digits: 1))\""))
            // Breadcrumbs through the ancestors; the BBC name of the field; the budget table with its execution.
            #expect(html.contains("<a href=\"/plannen/voorbeeldstad/mjp-2026-2031/items/BD01\">BD01 "))
            #expect(html.contains("0200 Wegen"))
            #expect(html.contains("Uitvoering van de uitgaven (rekening ÷ krediet)"))
            // An action's execution in 2026: rekening ÷ krediet of its uitgaven, as the domain computes it.
            let execution = try #require(followUp.budget.executionPercentage(of: "AC010404", year: 2026))
            let action = try await Browser(app).get(Self.item("AC010404")).body.string
            #expect(action.contains("<th scope=\"row\">Uitvoering van de uitgaven (rekening ÷ krediet)</th><td class=\"num\">"
                + PlannenText.number(execution, digits: 1, .nl) + " %</td>"))

            // A manual progress on a parent: marked, with the calculated value beside it.
            let override = try #require(rollup["AP0104"])
            #expect(override.isOverride)
            let manual = try await Browser(app).get(Self.item("AP0104")).body.string
            #expect(manual.contains("(manueel)"))
            #expect(manual.contains("vervangt de berekende waarde (\(PlanNumberText.dutch(try #require(override.calculated))) %)"))

            // Indicators: the verdict with its reasoning and a chart with a table; milestones as a checklist.
            let bd01 = try await Browser(app).get(Self.item("BD01")).body.string
            let fiets = try #require(followUp.indicators.first { $0.code == "IND-FIETS" }?.planIndicator?.assessment())
            #expect(bd01.contains(PlannenText.text(fiets.explanation, .nl)))
            #expect(bd01.contains("<figure class=\"plan-chart\" tabindex=\"0\" aria-label=\"Grafiek van Aandeel van de verplaatsingen met de fiets"))
            #expect(bd01.contains("<caption>Waarden van Aandeel van de verplaatsingen met de fiets (%)</caption>"))
            let ap0301 = try await Browser(app).get(Self.item("AP0301")).body.string
            #expect(ap0301.contains("1 van 4 stappen gedaan."))
            // Without Cijfers data the Cijfers-linked indicators say so.
            let bd03 = try await Browser(app).get(Self.item("BD03")).body.string
            #expect(bd03.contains("Cijfers heeft geen waarden voor indicator v2506_elek_res_cons in gebied centrumsteden (niveau centrumsteden)."))

            // English, and unknown items or versions are "not found".
            let english = try await Browser(app).get(Self.item("AP0101") + "?lang=en").body.string
            #expect(english.contains(PlannenText.text(result.explanation, .en)) && !english.contains("⟦"))
            #expect(try await Browser(app).get(Self.item("BESTAAT-NIET")).status == .notFound)
            #expect(try await Browser(app).get(Self.item("AP0101") + "?versie=7").status == .notFound)
            // History is for the city's staff only.
            #expect(!html.contains("Geschiedenis van de opvolging"))
        }
    }

    // MARK: The owner's update

    @Test(arguments: TestDatabase.available)
    func anOwnersUpdateChangesTheParentsProgress(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await PlannenDemo.load(into: app.db)
            let admin = try await Accounts.signedIn(app, "beheer@voorbeeldstad.be", organisation: "voorbeeldstad", role: .organisationAdmin)
            let editor = try await Accounts.signedIn(app, "els@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            let editorID = try await Self.userID(app, "els@voorbeeldstad.be")
            let before = try #require(try await Self.followUp(app).rollup["AP0101"]?.value)

            // The editor is not an owner yet: no form, and a post is refused.
            #expect(!(try await editor.get(Self.item("AC010101")).body.string.contains("Opvolging invullen")))
            let refused = try await editor.post(Self.item("AC010101") + "/opvolging", [("periode", "2026-S2"), ("voortgang", "90")])
            #expect(refused.status == .forbidden)

            // The admin makes the editor owner through the form.
            try await admin.get(Self.item("AC010101"))
            let owners = try await admin.post(Self.item("AC010101") + "/eigenaars", [("eigenaars[]", String(editorID))])
            #expect(owners.status == .seeOther)
            #expect(try await Self.followUp(app).links(of: "AC010101", .eigenaar) == [String(editorID)])
            #expect(try await editor.post(Self.item("AC010101") + "/eigenaars", [("eigenaars[]", String(editorID))]).status == .forbidden)

            // act: the owner reports 90 % in the open period.
            let form = try await editor.get(Self.item("AC010101"))
            #expect(form.body.string.contains("Opvolging invullen") && form.body.string.contains("value=\"2026-S2\" selected"))
            let updates = try await Self.count(app, "plan_item_updates")
            let saved = try await editor.post(Self.item("AC010101") + "/opvolging", [
                ("periode", "2026-S2"), ("status", "op-schema"), ("voortgang", "90"), ("toelichting", "Laatste stuk ligt er"),
                ("bewijs", "https://voorbeeldstad.be/fietssnelweg"),
            ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == Self.item("AC010101") + "?gelukt=opvolging")

            // check: the parent's progress is the new roll-up, and the page shows it.
            let after = try await Self.followUp(app)
            let expected = try #require(ProgressRollup(plan: after.current)["AP0101"])
            #expect(try #require(expected.value) != before)
            #expect(after.current.tree.item("AC010101")?.progress == 90)
            let parent = try await Browser(app).get(Self.item("AP0101")).body.string
            #expect(parent.contains(PlannenText.text(expected.explanation, .nl)))
            #expect(parent.contains("90 × 1"))
            let history = try await editor.get(Self.item("AC010101") + "?gelukt=opvolging").body.string
            #expect(history.contains("De opvolging is bewaard."))
            #expect(history.contains("<a href=\"https://voorbeeldstad.be/fietssnelweg\" rel=\"noopener noreferrer\">"))
            #expect(try await Self.count(app, "plan_item_updates") == updates + 1)

            // A closed period is refused, with the form and its reason; nothing is stored.
            try await editor.get(Self.item("AC010101"))
            let closed = try await editor.post(Self.item("AC010101") + "/opvolging", [("periode", "2026-S1"), ("voortgang", "95")])
            #expect(closed.status == .badRequest)
            #expect(closed.body.string.contains("eriode 2026-S1 is vastgesteld op 2026-07-14"))
            // Text in the number field: the form again, the problem located, what was typed kept.
            let typo = try await editor.post(Self.item("AC010101") + "/opvolging", [("periode", "2026-S2"), ("voortgang", "veel"),
                                                                                     ("toelichting", "bijna klaar")])
            #expect(typo.status == .badRequest)
            #expect(typo.body.string.contains("Voortgang: ‘veel’ is geen getal") && typo.body.string.contains(">bijna klaar</textarea>"))
            #expect(try await Self.count(app, "plan_item_updates") == updates + 1)

            // Another city's admin and an anonymous visitor cannot post.
            let gent = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await gent.post(Self.item("AC010101") + "/opvolging", [("periode", "2026-S2"), ("voortgang", "10")]).status == .forbidden)
            let anonymous = Browser(app)
            try await anonymous.get(Self.item("AC010101"))
            #expect(try await anonymous.post(Self.item("AC010101") + "/opvolging", [("periode", "2026-S2"), ("voortgang", "10")]).status == .unauthorized)
            #expect(try await Self.count(app, "plan_item_updates") == updates + 1)
        }
    }

    // MARK: The managers' forms

    @Test(arguments: TestDatabase.available)
    func linksAndIndicatorsAreReadWithLocatedProblems(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            _ = try await PlannenDemo.load(into: app.db)
            let admin = try await Accounts.signedIn(app, "beheer@voorbeeldstad.be", organisation: "voorbeeldstad", role: .organisationAdmin)
            try await admin.get(Self.item("AP0101"))

            let wrong = try await admin.post(Self.item("AP0101") + "/koppelingen", [("aanbevelingen", "klimaatgovernance-2024/3\nfout")])
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.string.contains("Aanbevelingen (Maturiteit), regel 2: ‘fout’ is niet van de vorm meting/nummer"))
            let links = try await admin.post(Self.item("AP0101") + "/koppelingen", [("aanbevelingen", "klimaatgovernance-2024/3"),
                                                                                    ("werkpakketten", "klimaatgovernance-2024/1")])
            #expect(links.status == .seeOther)
            let linked = try await Browser(app).get(Self.item("AP0101")).body.string
            #expect(linked.contains("meting/nummer klimaatgovernance-2024/3") && linked.contains("meting/nummer klimaatgovernance-2024/1"))

            let badValues: [(String, String)] = [("code", "IND-PARK"), ("naam", "Fietsparkeerplaatsen"), ("soort", "eigen"),
                                                  ("nulmeting_jaar", "2024"), ("nulmeting_waarde", "1200"), ("streef_jaar", "2030"),
                                                  ("streef_waarde", "2400"), ("richting", "hoger is beter"),
                                                  ("waarden", "2025;1500\n2026;veel")]
            let refused = try await admin.post(Self.item("AP0101") + "/indicatoren", badValues)
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Eigen waarden, regel 2: ‘veel’ is geen getal"))
            #expect(refused.body.string.contains("value=\"IND-PARK\""))
            let taken = try await admin.post(Self.item("AP0101") + "/indicatoren", [("code", "IND-FIETS"), ("naam", "x"), ("soort", "eigen"),
                                                                                    ("streef_jaar", "2030"), ("streef_waarde", "1")])
            #expect(taken.body.string.contains("indicator IND-FIETS hoort al bij item BD01"))
            let saved = try await admin.post(Self.item("AP0101") + "/indicatoren",
                                             badValues.dropLast() + [("waarden", "2025;1500\n2026;1.650,5")])
            #expect(saved.status == .seeOther)
            let indicator = try #require(try await Self.followUp(app).indicators.first { $0.code == "IND-PARK" })
            #expect(indicator.observations == [2025: 1500, 2026: 1650.5] && indicator.itemCode == "AP0101")
            let page = try await Browser(app).get(Self.item("AP0101")).body.string
            #expect(page.contains(PlannenText.text(try #require(indicator.planIndicator?.assessment().explanation), .nl)))

            // An editor may not change links, owners or indicators (the route's rule).
            let editor = try await Accounts.signedIn(app, "els@voorbeeldstad.be", organisation: "voorbeeldstad", role: .editor)
            try await editor.get(Self.item("AP0101"))
            #expect(try await editor.post(Self.item("AP0101") + "/koppelingen", [("aanbevelingen", "")]).status == .forbidden)

            // Every form and text of the page in English for a manager, without a raw key.
            let english = try await admin.get(Self.item("AP0101") + "?lang=en").body.string
            #expect(english.contains("Add or replace an indicator") && english.contains("Report progress") && !english.contains("⟦"))
            #expect(!(try await admin.get(Self.item("AC010101") + "?indicator=nope").body.string.contains("⟦")))
        }
    }

    // MARK: What a city typed

    @Test(arguments: TestDatabase.available)
    func whatACityTypedIsEscapedAndUnpublishedPlansStayHidden(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let model = try #require(try await OrganisationService(database: app.db).find(code: "gent"))
            let gent = PlanOrganisation(id: try #require(model.id), code: model.code, name: model.name, areaCode: model.areaCode)
            let plan = try Plan(code: "mjp-test", items: [
                PlanItem(level: .beleidsdoelstelling, code: "BD1", title: "<script>alert('bd')</script>", prioritair: true),
                PlanItem(level: .actieplan, code: "AP1", parentCode: "BD1", title: "Plan \"A\" & <b>B</b>"),
                PlanItem(level: .actie, code: "A1", parentCode: "AP1", title: "=HYPERLINK(\"http://x\")", status: "op-schema", progress: 40),
            ])
            try await PlanService(database: app.db).importPlan(plan, organisation: gent, name: "Plan <i>Gent</i>", by: .commandLine)
            let path = "/plannen/gent/mjp-test"

            // Not published: a visitor and another city do not see it; the city itself does.
            #expect(try await Browser(app).get(path).status == .notFound)
            #expect(try await Browser(app).get(path + "/items/BD1").status == .notFound)
            let member = try await Accounts.signedIn(app, "lies@gent.be", organisation: "gent", role: .viewer)
            let page = try await member.get(path)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("&lt;script&gt;alert('bd')&lt;/script&gt;") || html.contains("&lt;script&gt;alert(&apos;bd&apos;)&lt;/script&gt;"))
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<b>B</b>") && !html.contains("<i>Gent</i>"))
            #expect(html.contains("Ontwerp: nog niet vastgesteld door de gemeenteraad."))
            let item = try await member.get(path + "/items/BD1?q=<script>").body.string
            #expect(!item.contains("<script>alert") && item.contains("&lt;script&gt;"))
            let search = try await member.get(path + "?q=%3Cscript%3E&dienst=%3Cimg%20src=x%3E").body.string
            #expect(!search.contains("<img src=x>") && search.contains("&lt;img src=x&gt;"))
            #expect(Self.rows(search).codes == ["BD1"])

            // A download is formula-safe: a title that starts like a formula gets a leading quote.
            let csv = try await member.get(path + "/download/items.csv").body.string
            #expect(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"))

            // Versions: once adopted, a new import is a draft amendment; the older version stays readable by its number.
            let service = PlanService(database: app.db)
            let stored = try #require(try await PlanStore(database: app.db).plan(organisation: "gent", code: "mjp-test"))
            try await service.adoptDraft(of: stored, on: PlanDate(year: 2026, month: 1, day: 29)!, by: .commandLine)
            try await service.importPlan(plan, organisation: gent, by: .commandLine)
            let newest = try await member.get(path).body.string
            #expect(newest.contains("Versie: Meerjarenplanaanpassing 1.") && newest.contains("href=\"/plannen/gent/mjp-test?versie=0\""))
            let older = try await member.get(path + "?versie=0").body.string
            #expect(older.contains("Je bekijkt een oudere versie") && older.contains("Vastgesteld door de gemeenteraad op 29 januari 2026."))
            #expect(older.contains("href=\"/plannen/gent/mjp-test/items/BD1?versie=0\""))
            #expect(try await member.get(path + "?versie=abc").status == .notFound)
        }
    }
}
