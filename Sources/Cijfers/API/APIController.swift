import CijfersDomain
import Fluent
import SQLKit
import Platform
import Vapor

/// The JSON API, version 1: levels, areas, indicators, themes and data.
struct APIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIPath.Route.levels.pattern, use: levels)
        routes.get(APIPath.Route.areas.pattern, use: areas)
        routes.get(APIPath.Route.area.pattern, use: area)
        routes.get(APIPath.Route.indicators.pattern, use: indicators)
        routes.get(APIPath.Route.indicator.pattern, use: indicator)
        routes.get(APIPath.Route.themes.pattern, use: themes)
        // Through the answer cache (`DataAnswers`): ETag, 304, and repeated questions answered from memory.
        routes.get(APIPath.Route.data.pattern) { req -> EventLoopFuture<Response> in
            DataAnswers.respond(req) { try await APIController().data(req: $0, catalog: $1) }
        }
        routes.get(APIPath.Route.openAPI.pattern, use: openAPI)
        routes.get(APIPath.Route.catalog.pattern, use: dcatCatalog)
    }

    @Sendable func levels(req: Request) async throws -> ListDTO<LevelDTO> {
        try APIParameters.check(req, .levels)
        let catalog = await req.catalog()
        return ListDTO(catalog.levels.map { level in
            LevelDTO(code: level.code, name: level.name, order: level.order, kind: level.kind.rawValue,
                     parents: catalog.hierarchy.levelGraph.parents(of: level.code).sorted(),
                     areaCount: catalog.areas(inLevel: level.code).count,
                     areas: APIPath.areas(level: level.code).path)
        })
    }

    @Sendable func areas(req: Request) async throws -> ListDTO<AreaDTO> {
        try APIParameters.check(req, .areas)
        return try await APIParameters.localized(req) { try await areaList(req: req) }
    }

    private func areaList(req: Request) async throws -> ListDTO<AreaDTO> {
        let catalog = await req.catalog()
        let level = try req.parameters.require("level")
        guard catalog.level(level) != nil else { throw QueryError.unknownLevel(level) }
        var entries = catalog.areas(inLevel: level)
        if let parent = req.query[String.self, at: "parent"], !parent.isEmpty {
            let key = try DataQuery(database: req.db, catalog: catalog).resolveParent(parent, below: level)
            entries = catalog.areas(inLevel: level, within: key)
        }
        return ListDTO(entries.map { AreaDTO(entry: $0, catalog: catalog) })
    }

    @Sendable func area(req: Request) async throws -> AreaDTO {
        try APIParameters.check(req, .area)
        let catalog = await req.catalog()
        let level = try req.parameters.require("level")
        let code = try req.parameters.require("code")
        guard catalog.level(level) != nil else { throw QueryError.unknownLevel(level) }
        guard let entry = catalog.area(level: level, code: code) else { throw QueryError.unknownArea(code) }
        var dto = AreaDTO(entry: entry, catalog: catalog)
        if entry.hasGeometry {
            dto.geometry = try await AreaGeometryQuery(database: req.db).geometry(area: entry.key)
                .map(AnyGeoJSON.init(json:))
        }
        return dto
    }

    @Sendable func indicators(req: Request) async throws -> ListDTO<IndicatorDTO> {
        try APIParameters.check(req, .indicators)
        let catalog = await req.catalog()
        let visible = catalog.indicators.values.filter(\.visible).sorted { $0.code < $1.code }
        return ListDTO(visible.map(IndicatorDTO.init))
    }

    @Sendable func indicator(req: Request) async throws -> IndicatorDTO {
        try APIParameters.check(req, .indicator)
        let catalog = await req.catalog()
        let code = try req.parameters.require("code")
        guard let indicator = catalog.indicators[code] else { throw QueryError.unknownIndicator(code) }
        var dto = IndicatorDTO(indicator)
        dto.people = IndicatorPeopleDTO(indicator, catalog: catalog, language: APIParameters.language(req))
        return dto
    }

    @Sendable func themes(req: Request) async throws -> ListDTO<ThemeDTO> {
        try APIParameters.check(req, .themes)
        let catalog = await req.catalog()
        return ListDTO(catalog.themeTree.roots.map(ThemeDTO.init))
    }

    /// `catalog`: the one `DataAnswers` read for this request (its versions name the answer), not read again.
    func data(req: Request, catalog: Catalog) async throws -> Response {
        try APIParameters.check(req, .data)
        let (request, table) = try await APIParameters.localized(req) {
            let request = try DataRequest(query: try req.query.decode([String: String].self))
            return (request, try await DataQuery(database: req.db, catalog: catalog).run(request.selection))
        }
        let response = try await answer(req: req, request: request, table: table, catalog: catalog)
        if let notice = APIParameters.notice(emptyPeriods: APIParameters.emptyPeriods(table, request.selection),
                                             language: APIParameters.language(req)) {
            response.headers.replaceOrAdd(name: APIParameters.noticeHeader, value: notice)
        }
        return response
    }

    private func answer(req: Request, request: DataRequest, table: DataTable, catalog: Catalog) async throws -> Response {
        let database = req.db
        let context = OpenDataResponse.Context(req, selection: request.selection, catalog: catalog)
        if request.format == .geojson {
            let geometries = try await AreaGeometryQuery(database: database).geometries(level: catalog.levelKeys[table.level.code] ?? -1)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "application/geo+json")
            headers.download(context.fileName(table), extension: "geojson")
            return Response(status: .ok, headers: headers, body: .init(data: try table.geoJSON(geometries: geometries)))
        }
        if let answer = try OpenDataResponse.make(table, format: request.format, context: context) {
            return answer
        }
        return try DataResponse.make(table, format: request.format, name: context.fileName(table))
    }

    @Sendable func openAPI(req: Request) async throws -> Response {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
              let body = try? Data(contentsOf: url)
        else { throw Abort(.notFound, reason: "het OpenAPI-document ontbreekt") }
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }
}

extension AreaDTO {
    init(entry: Catalog.AreaEntry, catalog: Catalog) {
        var parents: [String: String] = [:]
        for parent in catalog.hierarchy.parents(of: entry.key) {
            if let area = catalog.areas[parent] { parents[area.levelCode] = area.code }
        }
        self.init(code: entry.code, level: entry.levelCode, shortName: entry.shortName, name: entry.name,
                  sequence: entry.sequence, parents: parents, hasGeometry: entry.hasGeometry, geometry: nil)
    }
}

/// Turns a data table into the response for the asked format.
enum DataResponse {
    /// From this many values on, JSON and CSV answers are written in pieces (chunked) instead of built whole first.
    static let streamingFrom = 5_000
    /// Values per piece.
    static let slice = 2_000

    /// `name`: what the file is called when saved (without it, one made from the table alone).
    static func make(_ table: DataTable, format: DataRequest.Format, name: DownloadFileName? = nil) throws -> Response {
        var headers = HTTPHeaders()
        let name = name ?? DownloadFileName(table: table, selection: DataSelection(indicators: table.indicators.map(\.code), level: table.level.code), parentName: nil)
        if table.cells.count >= streamingFrom, format == .json || format == .csv || format == .csvBE {
            return streamed(table, format: format, name: name)
        }
        let body: Data
        switch format {
        case .json:
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(buffer: table.jsonBytes()))
        case .csv, .csvBE:
            headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
            headers.download(name, extension: "csv")
            body = Data(table.csv(format == .csvBE ? .belgian : .plain).utf8)
        case .jsonstat:
            headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
            headers.download(name, extension: "json", inline: true)
            body = try table.jsonStat(label: table.indicators.map(\.name).joined(separator: ", "))
        case .geojson:
            throw Abort(.badRequest, reason: "GeoJSON is er alleen via de API, met de geometrie van de gebieden")
        case .xlsx, .turtle, .jsonld:
            guard let answer = try OpenDataResponse.make(table, format: format, context: .init(table: table)) else {
                throw Abort(.badRequest)
            }
            return answer
        }
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }

    /// A large answer written a slice at a time: the server never holds the whole text of it.
    static func streamed(_ table: DataTable, format: DataRequest.Format, name: DownloadFileName) -> Response {
        var headers = HTTPHeaders()
        let dialect: CSVDialect = format == .csvBE ? .belgian : .plain
        if format == .csv || format == .csvBE {
            headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
            headers.download(name, extension: "csv")
        } else {
            headers.contentType = .json
        }
        let body = Response.Body(managedAsyncStream: { writer in
            switch format {
            case .csv, .csvBE:
                try await writer.writeBuffer(ByteBuffer(string: table.csvHeader(dialect)))
                var start = table.cells.startIndex
                while start < table.cells.endIndex {
                    let end = min(start + slice, table.cells.endIndex)
                    try await writer.writeBuffer(ByteBuffer(string: table.csvRows(table.cells[start..<end], dialect: dialect)))
                    start = end
                }
            default:
                var head = JSONBytes()
                table.writeJSONHead(&head)
                try await writer.writeBuffer(head.buffer)
                var start = table.cells.startIndex
                while start < table.cells.endIndex {
                    let end = min(start + slice, table.cells.endIndex)
                    // A piece continues the open `data` array: a comma before every piece but the first.
                    var piece = JSONBytes(capacity: (end - start) * 96)
                    table.writeJSONRecords(table.cells[start..<end], into: &piece)
                    if start > table.cells.startIndex { try await writer.writeBuffer(ByteBuffer(string: ",")) }
                    try await writer.writeBuffer(piece.buffer)
                    start = end
                }
                try await writer.writeBuffer(ByteBuffer(string: "]}"))
            }
        }, count: -1)
        return Response(status: .ok, headers: headers, body: body)
    }
}
