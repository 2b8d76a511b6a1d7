import Cijfers
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The published plans side by side per BBC domein (`CityComparison`). Unpublished plans are counted, never named,
/// and their content is not even read. Like the public view it shows what the cities have vastgesteld: updates of
/// closed reporting periods only.
struct PlanComparisonModel {
    /// One compared plan, as the table names it.
    struct Source: Sendable {
        let key: String
        let plan: StoredPlan
        let label: String
        let populationYear: Int?
    }

    let comparison: CityComparison
    let sources: [String: Source]
    let notPublished: Int
    let years: [Int]
    let year: Int?
    /// Why a city has no figures per inhabitant.
    let populationNotes: [String]
    let said: [String]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> PlanComparisonModel {
        let language = request.language
        let t = PlannenText.strings(language)
        let store = request.planStore
        let all = try await store.plans()
        let published = all.filter(\.published)
        let perOrganisation = Dictionary(grouping: published, by: \.organisation.id)
        var cityPlans: [CityPlan] = []
        var sources: [String: Source] = [:]
        var notes: [String] = []
        var years: Set<Int> = []
        var populations: [String: (year: Int, value: Double)?] = [:]
        for plan in published {
            guard let latest = try await store.followUp(plan) else { continue }
            let closed = Set(latest.periods.filter { !$0.period.isOpen }.map(\.code))
            let followUp = PlanFollowUp(plan: plan, version: latest.version, base: latest.base, periods: latest.periods,
                                        updates: latest.updates.filter { closed.contains($0.update.periodCode) },
                                        indicators: [], links: [], owners: [:])
            years.formUnion(followUp.budget.years)
            let organisation = plan.organisation
            let population: (year: Int, value: Double)?
            if let cached = populations[organisation.code] {
                population = cached
            } else if let area = organisation.areaCode {
                population = await CijfersFigures.population(gemeente: area, request: request)
                populations.updateValue(population, forKey: organisation.code)
                if population == nil { notes.append(t("overview.cmp.noPopulation", organisation.shortName, area)) }
            } else {
                population = nil
                populations.updateValue(nil, forKey: organisation.code)
                notes.append(t("overview.cmp.noArea", organisation.shortName))
            }
            let key = "\(organisation.code)/\(plan.code)"
            let several = (perOrganisation[organisation.id]?.count ?? 0) > 1
            sources[key] = Source(key: key, plan: plan, label: several ? "\(organisation.shortName): \(plan.name)" : organisation.shortName,
                                  populationYear: population?.year)
            cityPlans.append(CityPlan(organisation: key, published: true, plan: followUp.current,
                                      population: population.map { Int($0.value.rounded()) }))
        }
        let sortedYears = years.sorted()
        let (year, problem) = OverviewQuery.year(request, years: sortedYears, t)
        let unpublished = all.filter { !$0.published }.map {
            CityPlan(organisation: "\($0.organisation.code)/\($0.code)", published: false, plan: Plan(code: $0.code, tree: .empty))
        }
        let comparison = CityComparison(plans: cityPlans + unpublished, year: year)
        return PlanComparisonModel(comparison: comparison, sources: sources, notPublished: comparison.notPublished.count,
                                   years: sortedYears, year: year, populationNotes: notes, said: [problem].compactMap { $0 },
                                   language: language)
    }

    func label(_ city: CityComparison.City) -> String { sources[city.organisation]?.label ?? city.organisation }

    /// The domeinen any city has, in order, the unclassified group last.
    var domains: [(code: String?, name: String)] {
        var seen: [String?: String] = [:]
        for city in comparison.cities { for domain in city.domains { seen[domain.domein] = domain.name } }
        return seen.keys.sorted { a, b in
            switch (a, b) {
            case (let x?, let y?): x < y
            case (.some, nil): true
            default: false
            }
        }.map { ($0, seen[$0] ?? "") }
    }

    /// The status columns over every city and domein.
    var statusColumns: [String] {
        StatusCounts.columns(comparison.cities.flatMap { $0.domains.map { StatusCounts(counts: $0.statusCounts) } })
    }

    func query(year: Int?) -> [(String, String?)] { [("jaar", year.map(String.init))] }
}
