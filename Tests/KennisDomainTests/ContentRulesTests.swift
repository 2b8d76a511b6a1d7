import Foundation
import KennisDomain
import Testing

/// The workflow, the registration rules, the checks of an item and the seed-file format.
@Suite("Kennis content rules")
struct ContentRulesTests {
    static let member = WorkflowActor(isEditor: false, isAuthor: true)
    static let stranger = WorkflowActor(isEditor: false, isAuthor: false)
    static let editor = WorkflowActor(isEditor: true, isAuthor: false)

    @Test func theWorkflowGoesDraftReviewPublishedWithdrawnAndOnlyEditorsPublish() throws {
        #expect(try Workflow.apply(.submit, to: .concept, by: Self.member).get() == .review)
        #expect((try? Workflow.apply(.submit, to: .concept, by: Self.stranger).get()) == nil)
        #expect((try? Workflow.apply(.publish, to: .review, by: Self.member).get()) == nil)
        #expect(try Workflow.apply(.publish, to: .review, by: Self.editor).get() == .gepubliceerd)
        #expect(try Workflow.apply(.publish, to: .concept, by: Self.editor).get() == .gepubliceerd)
        #expect(try Workflow.apply(.sendBack, to: .review, by: Self.editor).get() == .concept)
        #expect(try Workflow.apply(.withdraw, to: .gepubliceerd, by: Self.editor).get() == .ingetrokken)
        #expect(try Workflow.apply(.republish, to: .ingetrokken, by: Self.editor).get() == .gepubliceerd)
        // Steps that do not fit the status are refused with both languages' reasons.
        guard case .failure(let refusal) = Workflow.apply(.withdraw, to: .concept, by: Self.editor) else {
            Issue.record("withdrawing a concept must be refused")
            return
        }
        #expect(refusal.nl.contains("Intrekken") && refusal.en.contains("Withdraw"))
        #expect(Workflow.steps(for: .concept, by: Self.member) == [.submit])
        #expect(Workflow.steps(for: .review, by: Self.editor) == [.publish, .sendBack])
        #expect(Workflow.steps(for: .review, by: Self.member).isEmpty)
        // The author edits a concept only; an editor always.
        #expect(Workflow.mayEdit(.concept, by: Self.member) && !Workflow.mayEdit(.review, by: Self.member))
        #expect(Workflow.mayEdit(.gepubliceerd, by: Self.editor) && !Workflow.mayEdit(.concept, by: Self.stranger))
    }

    @Test func registrationsFillTheCapThenTheWaitingListAndCancellationsPromoteInOrder() {
        var entries: [RegistrationEntry] = []
        for id in 1...5 {
            entries.append(RegistrationEntry(id: id, status: RegistrationRules.statusOfNew(capacity: 3, existing: entries)))
        }
        #expect(entries.map(\.status) == [.ingeschreven, .ingeschreven, .ingeschreven, .wachtlijst, .wachtlijst])
        entries[1].status = .geannuleerd
        #expect(RegistrationRules.promotions(capacity: 3, entries: entries) == [4])
        entries[0].status = .geannuleerd
        entries[1].status = .geannuleerd
        #expect(RegistrationRules.promotions(capacity: 3, entries: entries) == [4, 5])
        #expect(RegistrationRules.statusOfNew(capacity: nil, existing: entries) == .ingeschreven)
        let today = LocalDate(year: 2027, month: 2, day: 1)!
        #expect(RegistrationRules.isOpen(registrationUntil: LocalDate(year: 2027, month: 2, day: 1), starts: nil, today: today))
        #expect(!RegistrationRules.isOpen(registrationUntil: LocalDate(year: 2027, month: 1, day: 31), starts: nil, today: today))
        #expect(!RegistrationRules.isOpen(registrationUntil: nil, starts: LocalDateTime.parse("2027-01-30T10:00"), today: today))
    }

    @Test func anItemIsCheckedFieldByField() {
        let rules = KnowledgeRules(topics: ["klimaat"], cities: ["gent", "leuven"], maturityThemes: ["monitoring"])
        var event = KnowledgeContent(kind: .evenement, slug: "Werkdag!", title: Bilingual(nl: ""), themes: ["onbekend"],
                                     cities: ["gent"], maturityThemes: ["nope"], workPackages: [9], date: "2027-13-01")
        event.details.starts = "2027-02-11T13:30"
        event.details.ends = "2027-02-11T12:00"
        event.details.capacity = 0
        event.details.links = [.init(title: "x", url: "javascript:alert(1)")]
        let fields = Set(rules.problems(event).map(\.field))
        #expect(fields == ["slug", "title", "themes", "maturityThemes", "workPackages", "date", "links", "ends", "capacity", "place"])
        var practice = KnowledgeContent(kind: .praktijk, slug: "goede-praktijk", title: Bilingual(nl: "Titel"))
        #expect(rules.problems(practice).map(\.field) == ["city"])
        practice.details.city = "leuven"
        #expect(rules.problems(practice).isEmpty)
        #expect(KnowledgeRules.slug(from: "Één klimaatplan — voor 2030!") == "een-klimaatplan-voor-2030")
        #expect(LocalDate.parse("2028-02-29") != nil && LocalDate.parse("2027-02-29") == nil)
    }

    @Test func aSeedFileReadsIntoContentAndItsProblemsAreLocated() throws {
        let text = """
            type: raamcontract
            slug: raamcontract-test
            title: Test
            title.en: Test EN
            themes: klimaat, energie
            estimated_value: 250000
            lots: Perceel 1: advies ;; Perceel 2: uitvoering
            pdf.title: Bijlage
            === body ===
            Tekst met **vet**.
            === who_may_join ===
            Alle centrumsteden.
            === pdf ===
            Eerste alinea.

            Tweede alinea.
            """
        let file = try SeedFile.parse(text, file: "t.md").get()
        #expect(file.content.kind == .raamcontract && file.content.title.en == "Test EN")
        #expect(file.content.themes == ["klimaat", "energie"])
        #expect(file.content.details.estimatedValue == 250_000 && file.content.details.lots.count == 2)
        #expect(file.content.details.whoMayJoin.nl == "Alle centrumsteden.")
        #expect(file.pdf?.title == "Bijlage" && file.pdf?.text.contains("Tweede alinea.") == true)
        guard case .failure(let problem) = SeedFile.parse("type: praktijk\nslug: x\nexpert_hours: veel\n", file: "b.md") else {
            Issue.record("a number that is not one must be refused")
            return
        }
        #expect(problem.description == "b.md, regel 3: 'veel' in expert_hours is geen getal")
    }
}
