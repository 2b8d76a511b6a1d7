import AccessDomain
import Fluent
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The demo of the Plannen pillar: the meerjarenplan 2026-2031 of the fictitious city Voorbeeldstad, read from the
/// shipped plan.csv and budget.csv through the same import as a city's files, adopted and published, with two
/// reporting periods (2026-S1 closed, 2026-S2 open) and their updates, and indicators of three kinds: series of the
/// plan's own, milestone lists, and Cijfers indicators (Voorbeeldstad has no area of its own in the demo geography, so
/// those follow the 13 centrumsteden together).
public enum PlannenDemo {
    public static let organisationName = "Stad Voorbeeldstad"

    /// Loads the demo once; says so when it is there already.
    public static func load(into database: any Database) async throws -> String {
        let actor = AuditActor.commandLine
        let organisations = OrganisationService(database: database)
        var organisation = try await organisations.find(code: VoorbeeldstadDemo.organisation)
        if organisation == nil {
            organisation = try await organisations.create(code: VoorbeeldstadDemo.organisation, name: organisationName,
                                                          type: .partner, areaCode: nil, by: actor)
        }
        guard let organisation else { throw Abort(.internalServerError) }
        guard let organisationID = organisation.id else { throw Abort(.internalServerError) }
        let owner = PlanOrganisation(id: organisationID, code: organisation.code, name: organisation.name, areaCode: organisation.areaCode)
        let store = PlanStore(database: database)
        if try await store.plan(organisation: owner.code, code: PlannenDomain.demoPlanCode) != nil {
            return "Plannen: het demoplan van Voorbeeldstad was al geladen."
        }
        let plan: Plan
        switch PlanFiles.read(plan: file("voorbeeldstad-plan.csv", as: "plan.csv"),
                              budget: file("voorbeeldstad-budget.csv", as: "budget.csv"), planCode: PlannenDomain.demoPlanCode) {
        case .success(let value): plan = value
        case .failure(let problems): throw Abort(.internalServerError, reason: "het demoplan is niet leesbaar: \(problems)")
        }
        let service = PlanService(database: database)
        try await service.importPlan(plan, organisation: owner, name: "Meerjarenplan 2026-2031", by: actor)
        guard var stored = try await store.plan(organisation: owner.code, code: plan.code) else { throw Abort(.internalServerError) }
        try await service.adoptDraft(of: stored, on: PlanDate(year: 2025, month: 12, day: 18)!, by: actor)
        try await service.setPublished(stored, true, by: actor)
        try await service.openPeriod(of: stored, code: "2026-S1", by: actor)
        try await service.openPeriod(of: stored, code: "2026-S2", by: actor)
        stored = try await store.plan(organisation: owner.code, code: plan.code)!
        try await addUpdates(stored, store: store, service: service, actor: actor)
        try await addIndicators(stored, store: store, service: service, actor: actor)
        try await addLinks(stored, service: service, actor: actor)
        let actions = plan.tree.items(at: .actie).count
        let investment = BudgetTotals(plan: plan).planTotal(BudgetFilter(soort: .investering, richting: .uitgave, fase: .krediet))
        return "Plannen: meerjarenplan 2026-2031 van Voorbeeldstad geladen (\(plan.tree.items(at: .beleidsdoelstelling).count) "
            + "beleidsdoelstellingen, \(plan.tree.items(at: .actieplan).count) actieplannen, \(actions) acties, "
            + "\(plan.budget.count) budgetlijnen, investeringskrediet \(PlannenText.euro(investment, .nl)))."
    }

    static func file(_ name: String, as shown: String) -> PlanFiles.Input {
        let url = Bundle.module.url(forResource: "demo/\(name)", withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/demo/\(name)")
        return PlanFiles.Input(path: url.path, name: shown)
    }

    /// 2026-S1: an update for every third action, as it stood at the end of June, then the period is closed.
    /// 2026-S2: newer progress for every fifth action that is under way; the period stays open.
    private static func addUpdates(_ plan: StoredPlan, store: PlanStore, service: PlanService, actor: AuditActor) async throws {
        guard var followUp = try await store.followUp(plan) else { return }
        let actions = followUp.current.tree.items(at: .actie)
        for (index, action) in actions.enumerated() where index % 3 == 0 {
            let progress = action.progress.map { ($0 * 0.6).rounded() }
            try await service.saveUpdate(ItemUpdate(
                itemCode: action.code, periodCode: "2026-S1", status: action.status, progress: progress,
                explanation: "Stand van zaken eind juni 2026: \(action.title.lowercased()) loopt volgens de planning van de dienst.",
                evidence: index % 6 == 0 ? ["https://www.voorbeeldstad.be/gemeenteraad/2026-06"] : []),
                in: followUp, authorID: nil, by: actor)
        }
        if let period = followUp.period("2026-S1") {
            try await service.closePeriod(period, of: plan, on: PlanDate(year: 2026, month: 7, day: 14)!, by: actor)
        }
        followUp = try await store.followUp(try await store.plan(organisation: plan.organisation.code, code: plan.code)!)!
        for (index, action) in actions.enumerated() where index % 5 == 0 {
            guard let status = action.status, ["gestart", "op-schema", "vertraagd"].contains(status),
                  let progress = action.progress else { continue }
            try await service.saveUpdate(ItemUpdate(
                itemCode: action.code, periodCode: "2026-S2", status: status, progress: min(95, progress + 10),
                explanation: "Tussentijdse stand in november 2026."), in: followUp, authorID: nil, by: actor)
        }
    }

    private static func addIndicators(_ plan: StoredPlan, store: PlanStore, service: PlanService, actor: AuditActor) async throws {
        guard let followUp = try await store.followUp(plan) else { return }
        let inputs: [PlanService.IndicatorInput] = [
            .init(itemCode: "BD01", code: "IND-FIETS", name: "Aandeel van de verplaatsingen met de fiets", unit: "%",
                  source: .own, baseline: YearValue(year: 2024, value: 21), target: YearValue(year: 2031, value: 30),
                  direction: .higherIsBetter, values: [2025: 22.5, 2026: 24.0]),
            .init(itemCode: "BD01", code: "IND-VERKEERSDODEN", name: "Verkeersdoden en zwaargewonden", unit: "personen",
                  source: .own, baseline: YearValue(year: 2024, value: 48), target: YearValue(year: 2031, value: 24),
                  direction: .lowerIsBetter, values: [2025: 46, 2026: 47]),
            .init(itemCode: "BD02", code: "IND-SOCIALE-WONINGEN", name: "Sociale huurwoningen", unit: "woningen",
                  source: .own, baseline: YearValue(year: 2024, value: 3_950), target: YearValue(year: 2031, value: 4_600),
                  direction: .higherIsBetter, values: [2025: 4_010, 2026: 4_105]),
            .init(itemCode: "BD03", code: "IND-ELEK-RES", name: "Residentieel elektriciteitsverbruik (centrumsteden samen)",
                  unit: "kWh", source: .cijfers(indicator: "v2506_elek_res_cons", level: "centrumsteden", area: "centrumsteden"),
                  baseline: YearValue(year: 2018, value: 2_130_000_000), target: YearValue(year: 2030, value: 1_800_000_000),
                  direction: .lowerIsBetter),
            .init(itemCode: "BD03", code: "IND-GAS-RES", name: "Residentieel aardgasverbruik (centrumsteden samen)",
                  unit: "kWh", source: .cijfers(indicator: "v2506_gas_res_cons", level: "centrumsteden", area: "centrumsteden"),
                  baseline: YearValue(year: 2018, value: 6_400_000_000), target: YearValue(year: 2030, value: 4_800_000_000),
                  direction: .lowerIsBetter),
            .init(itemCode: "AP0301", code: "MIJL-PATRIMONIUM", name: "Stappen van het renovatieprogramma voor stadsgebouwen",
                  source: .milestones([
                      Milestone(title: "Energieaudit van alle stadsgebouwen", due: PlanDate(year: 2026, month: 6, day: 30)!,
                                doneOn: PlanDate(year: 2026, month: 6, day: 12)!),
                      Milestone(title: "Renovatieplan goedgekeurd door het college", due: PlanDate(year: 2026, month: 10, day: 31)!),
                      Milestone(title: "Eerste vijf gebouwen gerenoveerd", due: PlanDate(year: 2028, month: 12, day: 31)!),
                      Milestone(title: "Alle stadsgebouwen energielabel B", due: PlanDate(year: 2031, month: 12, day: 31)!),
                  ])),
            .init(itemCode: "BD04", code: "IND-LEEFLOON", name: "Leefloongerechtigden die binnen een jaar werk vinden", unit: "%",
                  source: .own, baseline: YearValue(year: 2024, value: 18), target: YearValue(year: 2031, value: 25),
                  direction: .higherIsBetter, values: [2025: 18.5, 2026: 18.0]),
            .init(itemCode: "BD09", code: "IND-DIGITAAL", name: "Aanvragen die volledig digitaal verlopen", unit: "%",
                  source: .own, baseline: YearValue(year: 2024, value: 35), target: YearValue(year: 2030, value: 70),
                  direction: .higherIsBetter, values: [2025: 44, 2026: 52]),
        ]
        for input in inputs where followUp.current.tree.contains(input.itemCode) {
            try await service.saveIndicator(input, in: followUp, by: actor)
        }
    }

    /// Themes of the shared theme tree and good practices of the knowledge base.
    private static func addLinks(_ plan: StoredPlan, service: PlanService, actor: AuditActor) async throws {
        try await service.setLinks(.thema, of: "BD03", in: plan, to: ["energie"], by: actor)
        try await service.setLinks(.thema, of: "AP0301", in: plan, to: ["energie_elektriciteit", "energie_gas"], by: actor)
        // Good practices of the knowledge base the renovation of the city's buildings builds on (shown once Kennis has them).
        try await service.setLinks(.praktijk, of: "AC030101", in: plan, to: ["esco-stadsgebouwen-brugge", "warmtezoneringsplan-kortrijk"], by: actor)
    }
}
