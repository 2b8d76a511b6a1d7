import CijfersDomain
import SQLKit
import Platform
import Vapor

/// Swing's `jive/selectiontableasjson.ashx`: one indicator as a table of area × period × value, the way the
/// `stadincijfers` client reads it (the third column holds the value; a mark such as 'x' where there is none).
struct SwingSelectionTableController: RouteCollection {
    struct Header: Content {
        let name: String
        let type: String
    }

    struct Table: Content {
        let headers: [Header]
        let rows: [[Value]]
    }

    /// A cell: text, or a number the client converts with float().
    enum Value: Content {
        case text(String)
        case number(Double)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .text(try container.decode(String.self)) }
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("jive", "selectiontableasjson.ashx", use: table)
    }

    @Sendable func table(req: Request) async throws -> Table {
        guard let variable = req.query[String.self, at: "var"], !variable.isEmpty else {
            throw Abort(.badRequest, reason: "parameter 'var' ontbreekt")
        }
        let catalog = await req.catalog()
        guard let indicator = catalog.indicators[variable], indicator.visible else { throw QueryError.unknownIndicator(variable) }
        let level = req.query[String.self, at: "geolevel"].flatMap { $0.isEmpty ? nil : $0 } ?? "gemeente2024"
        let codes = [req.query[String.self, at: "geoitem"], req.query[String.self, at: "geoitem_codes"]]
            .compactMap { $0 }
            .flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            .filter { !$0.isEmpty }
        let periodText = req.query[String.self, at: "period"] ?? "mrp"
        let periods: DataSelection.Periods = switch periodText.lowercased() {
        case "", "mrp", "latest": .latest
        case "all": .all
        default: .list(periodText.split(separator: ",").map(String.init))
        }
        let selection = DataSelection(indicators: [variable], level: level, areas: codes.isEmpty ? nil : codes, periods: periods)
        let data = try await DataQuery(database: req.db, catalog: catalog).run(selection)
        let rows: [[Value]] = data.cells.map { cell in
            let value: Value = cell.value.value.map(Value.number) ?? .text(cell.value.mark)
            return [.text(cell.area.name), .text(cell.period), value]
        }
        let type = indicator.dataType == .text || indicator.dataType == .label ? "Text" : "Numeric"
        return Table(headers: [Header(name: "Gebied", type: "Text"), Header(name: "Periode", type: "Text"),
                               Header(name: indicator.name, type: type)], rows: rows)
    }
}
