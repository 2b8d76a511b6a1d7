import AccessDomain
@testable import App
@testable import Platform
@testable import Plannen
import Foundation
import PlannenDomain
import SQLKit
import Testing
import Vapor

/// The Plannen storage on SQLite and PostgreSQL: the demo goes in through the import and comes back out equal; a new
/// version never rewrites an adopted one; updates are history and the newest one counts; periods lock; every change
/// is in the audit trail.
@Suite("Plannen storage")
struct PlanStorageTests {
    static func organisation(_ app: Application, _ code: String) async throws -> PlanOrganisation {
        let model = try #require(try await OrganisationService(database: app.db).find(code: code))
        return PlanOrganisation(id: try #require(model.id), code: model.code, name: model.name, areaCode: model.areaCode)
    }

    static func count(_ app: Application, _ table: String) async throws -> Int {
        try await app.db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()!
            .decode(column: "n", as: Int.self)
    }

    static func smallPlan(code: String = "mjp-test", actionTitle: String = "Fietsstraten aanleggen", progress: Double = 40) throws -> Plan {
        try Plan(code: code, items: [
            PlanItem(level: .beleidsdoelstelling, code: "BD1", title: "Bereikbare stad", prioritair: true, beleidsveld: "02"),
            PlanItem(level: .actieplan, code: "AP1", parentCode: "BD1", title: "Fietsnetwerk"),
            PlanItem(level: .actie, code: "A1", parentCode: "AP1", title: actionTitle, status: "op-schema", progress: progress, weight: 3),
            PlanItem(level: .actie, code: "A2", parentCode: "AP1", title: "Schoolstraten", status: "gestart", progress: 0),
        ], budget: [
            BudgetLine(actionCode: "A1", year: 2026, soort: .investering, richting: .uitgave, fase: .krediet, amount: Decimal(string: "125000.50")!),
            BudgetLine(actionCode: "A1", year: 2026, soort: .investering, richting: .uitgave, fase: .rekening, amount: 100_000),
        ])
    }

    @Test(arguments: TestDatabase.available)
    func theDemoGoesInThroughTheImportAndComesBackEqual(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let report = try await PlannenDemo.load(into: app.db)
            #expect(report.contains("150 acties") && report.contains("2625 budgetlijnen"))
            let store = PlanStore(database: app.db)
            let plan = try #require(try await store.plan(organisation: "voorbeeldstad", code: "mjp-2026-2031"))
            #expect(plan.published && plan.versions.count == 1 && plan.versions[0].adoptedOn?.iso == "2025-12-18")
            let followUp = try #require(try await store.followUp(plan))
            // The version holds exactly the shipped files: exporting its content gives them back byte for byte.
            // (Bytes, not String: Foundation drops a byte-order mark when it decodes a file.)
            let shipped = try Data(contentsOf: URL(fileURLWithPath: PlannenDemo.file("voorbeeldstad-plan.csv", as: "plan.csv").path))
            let shippedBudget = try Data(contentsOf: URL(fileURLWithPath: PlannenDemo.file("voorbeeldstad-budget.csv", as: "budget.csv").path))
            #expect(Data(PlanCSVExporter.planText(followUp.base).utf8) == shipped)
            #expect(Data(PlanCSVExporter.budgetText(followUp.base).utf8) == shippedBudget)
            #expect(followUp.base == (try VoorbeeldstadDemo.plan()))
            // Periods: S1 closed, S2 open; updates of S1 for every third action, S2 for some.
            #expect(followUp.periods.map(\.code) == ["2026-S1", "2026-S2"])
            #expect(!followUp.periods[0].period.isOpen && followUp.periods[1].period.isOpen)
            #expect(followUp.openPeriod?.code == "2026-S2")
            let actions = followUp.base.tree.items(at: .actie)
            #expect(followUp.updates.filter { $0.update.periodCode == "2026-S1" }.count == (actions.count + 2) / 3)
            #expect(followUp.indicators.count == 8)
            // A second load says it is there and adds nothing.
            let again = try await PlannenDemo.load(into: app.db)
            #expect(again.contains("al geladen"))
            #expect(try await Self.count(app, "plan_items") == 200)
        }
    }

    @Test(arguments: TestDatabase.available)
    func anAdoptedVersionIsNeverRewritten(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Self.organisation(app, "gent")
            let service = PlanService(database: app.db)
            let store = PlanStore(database: app.db)
            let first = try await service.importPlan(try Self.smallPlan(), organisation: gent, by: .commandLine)
            #expect(first.createdPlan && first.versionNumber == 0 && !first.startedVersion && first.items == 4)
            // Re-importing a draft replaces its content (items matched by code).
            let second = try await service.importPlan(try Self.smallPlan(actionTitle: "Fietsstraten en fietsbruggen"),
                                                      organisation: gent, by: .commandLine)
            #expect(second.versionNumber == 0 && second.diff.changed.map(\.code) == ["A1"])
            var plan = try #require(try await store.plan(organisation: "gent", code: "mjp-test"))
            #expect(plan.name == "Meerjarenplan mjp-test" && plan.versions.count == 1)
            try await service.adoptDraft(of: plan, on: PlanDate(year: 2026, month: 1, day: 20)!, by: .commandLine)
            plan = try #require(try await store.plan(organisation: "gent", code: "mjp-test"))
            // Adopting twice is refused: there is no draft.
            await #expect(throws: RefusedAction.self) {
                try await service.adoptDraft(of: plan, on: PlanDate(year: 2026, month: 2, day: 1)!, by: .commandLine)
            }
            // An amendment: a new version; version 0 keeps its content.
            let amendment = try await service.importPlan(try Self.smallPlan(actionTitle: "Fietsstraten, herzien", progress: 55),
                                                         organisation: gent, by: .commandLine)
            #expect(amendment.versionNumber == 1 && amendment.startedVersion)
            plan = try #require(try await store.plan(organisation: "gent", code: "mjp-test"))
            let v0 = try await store.content(of: try #require(plan.version(0)), planCode: plan.code)
            let v1 = try await store.content(of: try #require(plan.version(1)), planCode: plan.code)
            #expect(v0.tree.item("A1")?.title == "Fietsstraten en fietsbruggen")
            #expect(v1.tree.item("A1")?.title == "Fietsstraten, herzien" && v1.tree.item("A1")?.progress == 55)
            #expect(v0.budget.first?.amount == Decimal(string: "125000.50"))
            let events = try await AuditLog.events(AuditLog.Filter(module: PlanService.module), limit: 20, on: app.db)
            #expect(events.count == 4)
            #expect(events.contains { $0.summary.contains("versie 0 van plan mjp-test vastgesteld op 2026-01-20") })
        }
    }

    @Test(arguments: TestDatabase.available)
    func updatesAreHistoryAndTheNewestCounts(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Self.organisation(app, "gent")
            let service = PlanService(database: app.db)
            let store = PlanStore(database: app.db)
            try await service.importPlan(try Self.smallPlan(), organisation: gent, by: .commandLine)
            var plan = try #require(try await store.plan(organisation: "gent", code: "mjp-test"))
            try await service.openPeriod(of: plan, code: "2026-S1", by: .commandLine)
            var followUp = try #require(try await store.followUp(plan))
            // Before: A1 40 % weight 3, A2 0 % weight 1 → (40·3 + 0·1) / 4 = 30.
            #expect(followUp.rollup["AP1"]?.value == 30)
            try await service.saveUpdate(ItemUpdate(itemCode: "A2", periodCode: "2026-S1", status: "op-schema", progress: 20,
                                                    explanation: "Eerste schoolstraten", evidence: ["https://gent.be/schoolstraten"]),
                                         in: followUp, authorID: nil, by: .commandLine)
            followUp = try #require(try await store.followUp(plan))
            // After: (40·3 + 20·1) / 4 = 35; the version's content is untouched.
            #expect(followUp.rollup["AP1"]?.value == 35)
            #expect(followUp.base.tree.item("A2")?.progress == 0)
            try await service.saveUpdate(ItemUpdate(itemCode: "A2", periodCode: "2026-S1", progress: 60),
                                         in: followUp, authorID: nil, by: .commandLine)
            followUp = try #require(try await store.followUp(plan))
            #expect(followUp.updates(of: "A2").count == 2)
            #expect(followUp.current.tree.item("A2")?.status == "op-schema" && followUp.current.tree.item("A2")?.progress == 60)
            #expect(followUp.updates(of: "A2")[0].update.evidence == ["https://gent.be/schoolstraten"])
            // Bad updates are refused with reasons and leave nothing behind.
            let before = try await Self.count(app, "plan_item_updates")
            await #expect(throws: RefusedAction.self) {
                try await service.saveUpdate(ItemUpdate(itemCode: "A2", periodCode: "2026-S1", status: "bijna", progress: 120,
                                                        evidence: ["javascript:alert(1)"]), in: followUp, authorID: nil, by: .commandLine)
            }
            await #expect(throws: RefusedAction.self) {
                try await service.saveUpdate(ItemUpdate(itemCode: "A2", periodCode: "2027-S1"), in: followUp, authorID: nil, by: .commandLine)
            }
            // A closed period takes no more updates; reopening needs an admin.
            let period = try #require(followUp.period("2026-S1"))
            try await service.closePeriod(period, of: plan, on: PlanDate(year: 2026, month: 7, day: 1)!, by: .commandLine)
            plan = try #require(try await store.plan(organisation: "gent", code: "mjp-test"))
            followUp = try #require(try await store.followUp(plan))
            do {
                try await service.saveUpdate(ItemUpdate(itemCode: "A1", periodCode: "2026-S1", progress: 50), in: followUp,
                                             authorID: nil, by: .commandLine)
                Issue.record("an update in a closed period was accepted")
            } catch let refusal as RefusedAction {
                #expect(refusal.description.contains("vastgesteld op 2026-07-01"))
            }
            #expect(try await Self.count(app, "plan_item_updates") == before)
            let closed = try #require(followUp.period("2026-S1"))
            await #expect(throws: RefusedAction.self) {
                try await service.reopenPeriod(closed, of: plan, byAdmin: false, by: .commandLine)
            }
            try await service.reopenPeriod(closed, of: plan, byAdmin: true, by: .commandLine)
            #expect(try await store.periods(planID: plan.id).first?.period.isOpen == true)
            // A period code that is not a period is refused with the ways to write one.
            do {
                try await service.openPeriod(of: plan, code: "voorjaar", by: .commandLine)
                Issue.record("a bad period code was accepted")
            } catch let refusal as RefusedAction {
                #expect(refusal.description.contains("2026-S1"))
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func indicatorsLinksAndOwnersAreKeptPerPlan(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let gent = try await Self.organisation(app, "gent")
            let service = PlanService(database: app.db)
            let store = PlanStore(database: app.db)
            try await service.importPlan(try Self.smallPlan(), organisation: gent, by: .commandLine)
            let plan = try #require(try await store.plan(organisation: "gent", code: "mjp-test"))
            let followUp = try #require(try await store.followUp(plan))
            try await service.saveIndicator(.init(itemCode: "BD1", code: "FIETS", name: "Fietsaandeel", unit: "%", source: .own,
                                                  baseline: YearValue(year: 2024, value: 20), target: YearValue(year: 2030, value: 32),
                                                  values: [2025: 22, 2026: 23.5]), in: followUp, by: .commandLine)
            try await service.saveIndicator(.init(itemCode: "AP1", code: "STAPPEN", name: "Stappen", source: .milestones([
                Milestone(title: "Plan klaar", due: PlanDate(year: 2026, month: 3, day: 1)!, doneOn: PlanDate(year: 2026, month: 2, day: 20)!),
                Milestone(title: "Eerste straat", due: PlanDate(year: 2026, month: 9, day: 1)!),
            ])), in: followUp, by: .commandLine)
            await #expect(throws: RefusedAction.self) {
                try await service.saveIndicator(.init(itemCode: "ZZ", code: "X", name: "", source: .own), in: followUp, by: .commandLine)
            }
            let indicators = try await store.indicators(planID: plan.id)
            #expect(indicators.map(\.code) == ["STAPPEN", "FIETS"] || indicators.map(\.code) == ["FIETS", "STAPPEN"])
            let fiets = try #require(indicators.first { $0.code == "FIETS" })
            #expect(fiets.observations == [2025: 22, 2026: 23.5])
            // Required growth (32 − 20) / 6 = 2 a year; observed (23,5 − 20) / 2 = 1,75 a year: ratio 87,5 % → needs acceleration.
            #expect(fiets.planIndicator?.assessment().verdict == .needsAcceleration)
            #expect(indicators.first { $0.code == "STAPPEN" }?.milestones?.shareDone == 0.5)
            let user = try await Accounts.create(app, "eigenaar@gent.be", organisation: "gent", role: .editor)
            try await service.setLinks(.eigenaar, of: "A1", in: plan, to: [String(try #require(user.id))], by: .commandLine)
            try await service.setLinks(.thema, of: "BD1", in: plan, to: ["mobiliteit", " mobiliteit ", ""], by: .commandLine)
            let reread = try #require(try await store.followUp(plan))
            #expect(reread.owners(of: "A1").map(\.email) == ["eigenaar@gent.be"])
            #expect(reread.links(of: "BD1", .thema) == ["mobiliteit"])
            #expect(reread.items(ownedBy: try #require(user.id)) == ["A1"])
        }
    }
}
