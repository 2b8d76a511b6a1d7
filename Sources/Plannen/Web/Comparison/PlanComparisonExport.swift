import Foundation
import Platform
import PlannenDomain
import Vapor

/// The comparison as a download: one row per published plan × domein, with the same `?jaar=` as the page.
enum PlanComparisonExport {
    static func response(_ req: Request) async throws -> Response {
        guard let file = req.parameters.get("file").flatMap(PlannenPath.ExportFile.init(rawValue:)),
              file == .comparisonCSV || file == .comparisonJSON else {
            throw Abort(.notFound, reason: "deze download bestaat niet")
        }
        let model = try await PlanComparisonModel.load(req)
        let name = "plannen-vergelijking" + (model.year.map { "-\($0)" } ?? "")
        if file == .comparisonJSON { return try OverviewDownload.json(ComparisonDocument(model), name: name + ".json") }
        return OverviewDownload.csv(csvRows(model), name: name + ".csv")
    }

    static func csvRows(_ model: PlanComparisonModel) -> [[String]] {
        let statuses = model.statusColumns
        let header = ["organisatie", "plan", "domein", "domeinnaam", "inwoners"] + PlanLevel.allCases.map(\.rawValue)
            + ["krediet", "uitgaven", "krediet per inwoner", "uitgaven per inwoner"]
            + statuses.map { $0.isEmpty ? "geen-status" : $0 } + ["jaar"]
        var rows = [header]
        for city in model.comparison.cities {
            let source = model.sources[city.organisation]
            for domain in city.domains {
                rows.append([source?.plan.organisation.code ?? city.organisation, source?.plan.code ?? "", domain.domein ?? "",
                             domain.name, city.population.map(String.init) ?? ""]
                    + PlanLevel.allCases.map { String(domain.itemsPerLevel[$0] ?? 0) }
                    + [OverviewNumbers.csv(domain.krediet), OverviewNumbers.csv(domain.uitgaven),
                       OverviewNumbers.csv(domain.kredietPerInhabitant.map(OverviewNumbers.double)),
                       OverviewNumbers.csv(domain.uitgavenPerInhabitant.map(OverviewNumbers.double))]
                    + statuses.map { String(domain.statusCounts[$0] ?? 0) } + [model.year.map(String.init) ?? "alle"])
            }
        }
        return rows
    }
}

/// The comparison as JSON.
struct ComparisonDocument: Encodable {
    struct Domain: Encodable {
        let domein: String?
        let name: String
        let itemsPerLevel: [String: Int]
        let credit: Decimal
        let spent: Decimal
        let creditPerInhabitant: Double?
        let spentPerInhabitant: Double?
        let statuses: [String: Int]
    }

    struct City: Encodable {
        let organisation: String
        let plan: String
        let name: String
        let population: Int?
        let populationYear: Int?
        let domains: [Domain]
    }

    let year: Int?
    let notPublished: Int
    let budgetNote: String
    let cities: [City]

    init(_ model: PlanComparisonModel) {
        year = model.year
        notPublished = model.notPublished
        budgetNote = "uitgaven; krediet = fase krediet, uitgaven = fase rekening"
        cities = model.comparison.cities.map { city in
            let source = model.sources[city.organisation]
            return City(
                organisation: source?.plan.organisation.code ?? city.organisation, plan: source?.plan.code ?? "",
                name: source?.label ?? city.organisation, population: city.population, populationYear: source?.populationYear,
                domains: city.domains.map { domain in
                    Domain(domein: domain.domein, name: domain.name,
                           itemsPerLevel: Dictionary(uniqueKeysWithValues: domain.itemsPerLevel.map { ($0.key.rawValue, $0.value) }),
                           credit: domain.krediet, spent: domain.uitgaven,
                           creditPerInhabitant: domain.kredietPerInhabitant.map(OverviewNumbers.double),
                           spentPerInhabitant: domain.uitgavenPerInhabitant.map(OverviewNumbers.double),
                           statuses: Dictionary(uniqueKeysWithValues: domain.statusCounts.map { ($0.key.isEmpty ? "geen-status" : $0.key, $0.value) }))
                })
        }
    }
}
