import PlannenDomain
import Testing

/// Reporting periods lock when closed, reopen only for an admin; reminders list what each owner still has to report.
@Suite("Periods and reminders")
struct PeriodAndReminderTests {
    @Test func standardPeriodsFromTheirCode() {
        #expect(ReportingPeriod(standard: "2026-S1").map { "\($0.start)…\($0.end)" } == "2026-01-01…2026-06-30")
        #expect(ReportingPeriod(standard: "2026-s2").map { "\($0.code) \($0.start)…\($0.end)" } == "2026-S2 2026-07-01…2026-12-31")
        #expect(ReportingPeriod(standard: "2028-Q1")?.end.iso == "2028-03-31")
        #expect(ReportingPeriod(standard: "2026")?.end.iso == "2026-12-31")
        #expect(ReportingPeriod(standard: "2026-S3") == nil)
        #expect(ReportingPeriod(standard: "S1") == nil)
    }

    @Test func closingLocksAndOnlyAnAdminReopens() throws {
        let open = try #require(ReportingPeriod(standard: "2026-S1"))
        #expect(PeriodRules.mayUpdate(in: open) == .allowed)
        let closed = try PeriodRules.close(open, on: try #require(day("2026-07-15"))).get()
        #expect(PeriodRules.mayUpdate(in: closed) == .refused("periode 2026-S1 is vastgesteld op 2026-07-15; aanpassen kan niet meer"))
        #expect(throws: PeriodRefusal("periode 2026-S1 is al vastgesteld op 2026-07-15")) {
            try PeriodRules.close(closed, on: try #require(day("2026-07-16"))).get()
        }
        #expect(throws: PeriodRefusal("alleen een beheerder kan een vastgestelde periode heropenen")) {
            try PeriodRules.reopen(closed, byAdmin: false).get()
        }
        #expect(try PeriodRules.reopen(closed, byAdmin: true).get().isOpen)
        #expect(throws: PeriodRefusal.self) { try PeriodRules.reopen(open, byAdmin: true).get() }
        #expect(throws: PeriodRefusal("periode 2026-S1 begint pas op 2026-01-01")) {
            try PeriodRules.close(open, on: try #require(day("2025-12-31"))).get()
        }
    }

    @Test func anUpdateIsCheckedAgainstPeriodPlanAndCatalogue() throws {
        let tree = try PlanTree(items: [item(.beleidsdoelstelling, "BD1"), item(.actieplan, "AP1", under: "BD1"),
                                        item(.actie, "AC1", under: "AP1")])
        let open = try #require(ReportingPeriod(standard: "2026-S1"))
        let good = ItemUpdate(itemCode: "AC1", periodCode: "2026-S1", status: "op-schema", progress: 40,
                              explanation: "Ontwerp klaar", evidence: ["https://voorbeeldstad.be/besluit/12"])
        #expect(PeriodRules.problems(of: good, period: open, tree: tree).isEmpty)
        let bad = ItemUpdate(itemCode: "AC9", periodCode: "2026-S2", status: "bijna klaar", progress: 120,
                             evidence: ["javascript:alert(1)"])
        let closed = try PeriodRules.close(open, on: try #require(day("2026-07-01"))).get()
        #expect(PeriodRules.problems(of: bad, period: closed, tree: tree) == [
            "periode 2026-S1 is vastgesteld op 2026-07-01; aanpassen kan niet meer",
            "de update hoort bij periode 2026-S2, niet bij 2026-S1",
            "onbekend item 'AC9'",
            "onbekende status 'bijna klaar'; kies niet-gestart, gestart, op-schema, vertraagd, uitgesteld, stopgezet, gerealiseerd",
            "voortgang 120 ligt niet tussen 0 en 100",
            "'javascript:alert(1)' is geen webadres (begin met https://)",
        ])
        // Applying the update changes status and progress only.
        let updated = item(.actie, "AC1", under: "AP1", status: "gestart", progress: 10).applying(good)
        #expect(updated.status == "op-schema")
        #expect(updated.progress == 40)
        #expect(updated.title == "Titel AC1")
    }

    @Test func remindersListWhatEachOwnerStillHasToReport() throws {
        let tree = try PlanTree(items: [
            item(.beleidsdoelstelling, "BD1", owner: "Schepen Claes"),
            item(.actieplan, "AP1", under: "BD1", owner: "Schepen Claes"),
            item(.actie, "AC10", under: "AP1", title: "Fietsstraat", owner: "Schepen Claes"),
            item(.actie, "AC2", under: "AP1", title: "Schoolstraat", owner: "Schepen Claes"),
            item(.actie, "AC3", under: "AP1", title: "Zone 30", owner: "Schepen Claes"),
            item(.actie, "AC4", under: "AP1", title: "Busbaan", owner: "burgemeester Aerts"),
            item(.actie, "AC5", under: "AP1", title: "Klaar", status: "gerealiseerd", owner: "Schepen Bael"),
            item(.actie, "AC6", under: "AP1", title: "Zonder eigenaar"),
            item(.actie, "AC7", under: "AP1", title: "Parking", owner: "Schepen Bael"),
        ])
        let updates = [
            ItemUpdate(itemCode: "AC3", periodCode: "2026-S1", progress: 30),
            // An update in another period does not count for this one.
            ItemUpdate(itemCode: "AC7", periodCode: "2025-S2", progress: 10),
        ]
        let digests = Reminders.digests(tree: tree, updates: updates, periodCode: "2026-S1")
        // Owners case-insensitively (burgemeester before Schepen Bael before Schepen Claes), items by code
        // (AC2 before AC10); AC3 is updated, AC5 is finished, AC6 has no owner.
        #expect(digests.map(\.owner) == ["burgemeester Aerts", "Schepen Bael", "Schepen Claes"])
        #expect(digests.map { $0.items.map(\.code) } == [["AC4"], ["AC7"], ["AC2", "AC10"]])
        #expect(digests[2].items.map(\.title) == ["Schoolstraat", "Fietsstraat"])
        // Asking for actieplannen too adds AP1 to Schepen Claes.
        let wider = Reminders.digests(tree: tree, updates: updates, periodCode: "2026-S1", levels: [.actieplan, .actie])
        #expect(wider.last?.items.map(\.code) == ["AC2", "AC10", "AP1"])
    }
}
