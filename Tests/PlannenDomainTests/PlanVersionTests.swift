import Foundation
import PlannenDomain
import Testing

/// Adopted versions never change; an amendment starts as a copy; the diff lists what changed field by field.
@Suite("Plan versions")
struct PlanVersionTests {
    func original() throws -> Plan {
        try Plan(code: "mjp", items: [
            item(.beleidsdoelstelling, "BD1"),
            item(.actieplan, "AP1", under: "BD1", title: "Fietsen"),
            item(.actie, "AC1", under: "AP1", status: "gestart", progress: 20),
            item(.actie, "AC2", under: "AP1"),
        ], budget: [line("AC1", 2026, .investering, .uitgave, .krediet, "1000")])
    }

    @Test func anAmendmentIsACopyAndTheAdoptedVersionStays() throws {
        let plan = try original()
        var history = PlanVersionHistory(adopted: plan, on: try #require(day("2025-12-18")))
        let draft = try history.startAmendment()
        #expect(draft.number == 1)
        #expect(draft.plan == plan)
        #expect(draft.label.dutch == "Meerjarenplanaanpassing 1")

        let amended = try Plan(code: "mjp", items: plan.items + [item(.actie, "AC3", under: "AP1")], budget: plan.budget)
        try history.replace(version: 1, with: amended)
        #expect(history.version(0)?.plan == plan)
        #expect(history.version(1)?.plan == amended)

        // Version 0 is adopted: changing it is refused with the reason.
        #expect(throws: PlanVersionRefusal(reason: "Meerjarenplan is vastgesteld op 2025-12-18 en kan niet meer wijzigen; start een aanpassing")) {
            try history.replace(version: 0, with: amended)
        }
        // A second draft while the first is open is refused.
        #expect(throws: PlanVersionRefusal.self) { try history.startAmendment() }
        // Adoption before the adopted version's date is refused; on a later day it succeeds and locks version 1.
        #expect(throws: PlanVersionRefusal.self) { try history.adoptDraft(on: try #require(day("2025-01-01"))) }
        try history.adoptDraft(on: try #require(day("2026-06-25")))
        #expect(history.current.number == 1)
        #expect(history.draft == nil)
        #expect(history.changeRefusal(version: 1) != nil)
        #expect(history.changeRefusal(version: 7)?.reason == "versie 7 bestaat niet")
        // The next amendment copies version 1.
        #expect(try history.startAmendment().plan == amended)
    }

    @Test func theDiffListsAddedRemovedAndChangedFields() throws {
        let old = try original()
        var items = old.items.filter { $0.code != "AC2" }
        items[1].title = "Fietsen en stappen"
        items[2].progress = 45.5
        items[2].status = "op-schema"
        items.append(item(.actie, "AC3", under: "AP1"))
        let new = try Plan(code: "mjp", items: items, budget: [
            line("AC1", 2026, .investering, .uitgave, .krediet, "1250.5"),
            line("AC3", 2027, .exploitatie, .uitgave, .raming, "300"),
        ])
        let diff = PlanDiff.between(old, new)
        #expect(diff.added.map(\.code) == ["AC3"])
        #expect(diff.removed.map(\.code) == ["AC2"])
        #expect(diff.changed == [
            PlanDiff.ItemChange(code: "AP1", changes: [.init(field: "titel", old: "Fietsen", new: "Fietsen en stappen")]),
            PlanDiff.ItemChange(code: "AC1", changes: [
                .init(field: "status", old: "gestart", new: "op-schema"),
                .init(field: "voortgang", old: "20", new: "45,5"),
            ]),
        ])
        #expect(diff.budget.map { "\($0.key) \($0.old.map { "\($0)" } ?? "-") → \($0.new.map { "\($0)" } ?? "-")" } == [
            "AC1 2026 investering uitgave krediet 1000 → 1250.5",
            "AC3 2027 exploitatie uitgave raming - → 300",
        ])
        #expect(PlanDiff.between(old, old).isEmpty)
    }
}
