import Foundation
import Platform
import PlannenDomain
import Tabular
import Vapor

/// items.csv and items.json: exactly the rows the plan tree shows for the same query (filter and version), with the
/// rolled-up progress and the krediet per year. CSV for spreadsheets (`;`, UTF-8 with BOM, CRLF, decimal comma,
/// formula-safe); JSON with stable keys and plain numbers.
enum PlanItemsExport {
    static func response(_ request: Request, _ file: PlannenPath.ExportFile) async throws -> Response {
        let model = try await PlanTreePageModel.load(request)
        let name = "\(model.visible.plan.organisation.code)-\(model.visible.plan.code)-items"
        switch file {
        case .itemsJSON: return try Download.json(Document(model), name: name + ".json")
        default: return Download.file(csv(model), name: name + ".csv")
        }
    }

    static let columns = ["niveau", "code", "oudercode", "titel", "past_bij_filter", "prioritair", "beleidsveld",
                          "verantwoordelijke", "dienst", "start", "einde", "status", "voortgang", "voortgang_bron", "krediet"]

    static func csv(_ model: PlanTreePageModel) -> String {
        let header = columns + model.years.map { "krediet_\($0)" }
        let lines = [header] + model.rows.map { row -> [String] in
            let item = row.item
            return [
                item.level.dutchLabel, item.code, item.parentCode ?? "", item.title, row.matches ? "ja" : "nee",
                item.prioritair ? "ja" : "nee", item.beleidsveld ?? "", item.verantwoordelijke ?? "", item.dienst ?? "",
                item.start?.iso ?? "", item.end?.iso ?? "", item.status ?? "",
                row.progress?.value.map { PlanNumberText.dutch($0, digits: 1) } ?? "", PlanItemJSON.source(row.progress?.source),
                CellText.amount(row.credit),
            ] + model.years.map { CellText.amount(row.yearly[$0] ?? 0) }
        }
        return "\u{FEFF}" + lines.map { CSVText.line($0, separator: ";") + "\r\n" }.joined()
    }

    struct Document: Encodable {
        struct Plan: Encodable {
            let organisation: String
            let code: String
            let name: String
            let version: Int
            let adoptedOn: String?
        }

        let plan: Plan
        let filter: [String: String]
        let problems: [String]
        let items: [PlanItemJSON]

        init(_ model: PlanTreePageModel) {
            let stored = model.visible.plan
            plan = Plan(organisation: stored.organisation.code, code: stored.code, name: stored.name,
                        version: model.followUp.version.number, adoptedOn: model.followUp.version.adoptedOn?.iso)
            var filter: [String: String] = [:]
            for (key, value) in model.filter.query { if let value { filter[key] = value } }
            self.filter = filter
            problems = model.filter.problems
            items = model.rows.map { row in
                var item = PlanItemJSON(row.item, row.progress)
                item.matchesFilter = row.matches
                item.credit = row.credit
                item.creditPerYear = Dictionary(uniqueKeysWithValues: model.years.map { (String($0), row.yearly[$0] ?? 0) })
                return item
            }
        }
    }
}
