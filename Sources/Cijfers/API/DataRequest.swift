import Platform
import Vapor

/// Reads a data selection from query parameters, shared by the API, the export command and Swing endpoints.
/// `indicators=a,b` (or `indicator=`), `level=`, `parent=`, `areas=c1,c2`, `periods=all|latest|2020,2021`.
struct DataRequest {
    enum Format: String, CaseIterable {
        case json, csv, jsonstat, geojson
        /// Open-data formats (`OpenDataResponse`): a workbook, and the RDF Data Cube in Turtle and JSON-LD.
        case xlsx, turtle, jsonld
        /// CSV for Excel with Belgian settings (`format=csv-be`): semicolon, decimal comma, byte-order mark.
        case csvBE = "csvbe"
    }

    let selection: DataSelection
    let format: Format

    init(query: [String: String]) throws {
        func list(_ key: String) -> [String]? {
            guard let raw = query[key]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        guard let indicators = list("indicators") ?? list("indicator") else {
            throw Abort(.badRequest, reason: "parameter 'indicators' ontbreekt (bijvoorbeeld indicators=v2506_elek_res_cons)")
        }
        guard indicators.count <= 50 else { throw Abort(.badRequest, reason: "hoogstens 50 indicatoren per vraag") }
        guard let level = query["level"]?.trimmingCharacters(in: .whitespaces), !level.isEmpty else {
            throw Abort(.badRequest, reason: "parameter 'level' ontbreekt (bijvoorbeeld level=gemeente2024)")
        }
        let periods: DataSelection.Periods
        switch query["periods"]?.lowercased() ?? query["period"]?.lowercased() {
        case nil, "", "all", "alle": periods = .all
        case "latest", "mrp", "laatste": periods = .latest
        default:
            let asked = list("periods") ?? list("period") ?? []
            if let malformed = asked.first(where: { !DataRequest.isPeriod($0) }) { throw QueryError.malformedPeriod(malformed) }
            periods = .list(asked)
        }
        let rawFormat = query["format"]?.lowercased() ?? "json"
        guard let format = Format(rawValue: rawFormat.replacingOccurrences(of: "-", with: "")) else {
            throw Abort(.badRequest, reason: "onbekend formaat '\(rawFormat)': kies json, csv, csv-be, jsonstat, geojson, xlsx, turtle of jsonld")
        }
        self.format = format
        selection = DataSelection(
            indicators: indicators, level: level,
            parent: query["parent"].flatMap { $0.isEmpty ? nil : $0 }, areas: list("areas"), periods: periods)
    }
}
