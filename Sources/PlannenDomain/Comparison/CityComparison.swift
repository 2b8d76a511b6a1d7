import Foundation

/// Published plans side by side per beleidsdomein: items per level, krediet and uitgaven (in total and per inhabitant
/// when the population is known) and the spread of the acties over the statuses.
///
/// An item belongs to the domein of its own beleidsveld, or else of the nearest item above it that has one. Budget
/// lines follow their actie. Unpublished plans are left out entirely and listed in `notPublished`.
public struct CityComparison: Sendable, Equatable {
    public struct City: Sendable, Equatable {
        public let organisation: String
        public let population: Int?
        /// In domein order, the unclassified group last.
        public let domains: [DomainFigures]

        public init(organisation: String, population: Int?, domains: [DomainFigures]) {
            self.organisation = organisation
            self.population = population
            self.domains = domains
        }
    }

    /// Published plans, by organisation code.
    public let cities: [City]
    /// The organisations whose plan is not published, sorted.
    public let notPublished: [String]

    /// - Parameter year: only this year's budget; nil adds up all years.
    public init(plans: [CityPlan], year: Int? = nil, catalogue: BeleidsveldCatalogue = .bbc2020) {
        self.notPublished = plans.filter { !$0.published }.map(\.organisation).sorted()
        self.cities = plans.filter(\.published)
            .sorted { $0.organisation < $1.organisation }
            .map { CityComparison.figures(for: $0, year: year, catalogue: catalogue) }
    }

    public func city(_ organisation: String) -> City? { cities.first { $0.organisation == organisation } }

    private static func figures(for city: CityPlan, year: Int?, catalogue: BeleidsveldCatalogue) -> City {
        let tree = city.plan.tree
        // Items without a domein are absent. Tree order puts parents first, so a parent's domein is known before its
        // children ask for it.
        var domainOf: [String: String] = [:]
        for item in tree.items {
            let own = item.beleidsveld.flatMap(BeleidsveldCode.init).map(\.domein.code)
            if let domein = own ?? item.parentCode.flatMap({ domainOf[$0] }) { domainOf[item.code] = domein }
        }
        var levels: [String?: [PlanLevel: Int]] = [:]
        var statuses: [String?: [String: Int]] = [:]
        for item in tree.items {
            let domein = domainOf[item.code]
            levels[domein, default: [:]][item.level, default: 0] += 1
            if item.level == .actie { statuses[domein, default: [:]][item.status ?? "", default: 0] += 1 }
        }
        var krediet: [String?: Decimal] = [:]
        var uitgaven: [String?: Decimal] = [:]
        for line in city.plan.budget where line.richting == .uitgave && (year ?? line.year) == line.year {
            guard tree.contains(line.actionCode) else { continue }
            let domein = domainOf[line.actionCode]
            switch line.fase {
            case .krediet: krediet[domein, default: 0] += line.amount
            case .rekening: uitgaven[domein, default: 0] += line.amount
            case .raming: break
            }
        }
        let population = city.population.flatMap { $0 > 0 ? Decimal($0) : nil }
        let keys = Set(levels.keys).union(krediet.keys).union(uitgaven.keys)
        let ordered = keys.sorted { a, b in
            switch (a, b) {
            case (let x?, let y?): x < y
            case (.some, nil): true
            default: false
            }
        }
        let domains = ordered.map { domein in
            let credit = krediet[domein] ?? 0, spent = uitgaven[domein] ?? 0
            return DomainFigures(domein: domein, name: domein.flatMap(catalogue.name) ?? "onbekend",
                                 itemsPerLevel: levels[domein] ?? [:], krediet: credit, uitgaven: spent,
                                 kredietPerInhabitant: population.map { credit / $0 },
                                 uitgavenPerInhabitant: population.map { spent / $0 },
                                 statusCounts: statuses[domein] ?? [:])
        }
        return City(organisation: city.organisation, population: city.population, domains: domains)
    }
}
