import CijfersDomain
import Foundation
import Platform
import Tabular
import Vapor

/// The answers in the formats of the open-data field: XLSX for analysts, the RDF Data Cube in Turtle and JSON-LD.
enum OpenDataResponse {
    /// What these formats need besides the table: where the site lives, the visitor's language, when the data changed.
    struct Context {
        var base: String
        var selection: DataSelection
        var strings: Strings
        var updated: [String: Date]
        /// The name of the area the selection is narrowed to (for the file name and the workbook's notes).
        var parentName: String?
        /// When the file was made: the workbook says it.
        var made = Date()

        init(base: String, selection: DataSelection, strings: Strings, updated: [String: Date], parentName: String? = nil) {
            self.base = base
            self.selection = selection
            self.strings = strings
            self.updated = updated
            self.parentName = parentName
        }

        /// For a request: the configured site address (or the request's own), the catalog's dates, and the language
        /// of `lang=en` — from the address only, not the cookie, so that the answer cache (keyed on the address) never
        /// gives one visitor's language to another.
        init(_ req: Request, selection: DataSelection, catalog: Catalog) {
            let language: SiteLanguage = req.query[String.self, at: "lang"]?.lowercased() == "en" ? .en : .nl
            self.init(base: req.siteBaseURL, selection: selection, strings: CijfersText.strings(language),
                      updated: Self.updated(of: selection.indicators, in: catalog),
                      parentName: DownloadFileName.parentName(of: selection, catalog: catalog, database: req.db))
        }

        /// Without a request (the export command): Dutch, under `http://localhost`.
        init(table: DataTable) {
            self.init(base: "http://localhost",
                      selection: DataSelection(indicators: table.indicators.map(\.code), level: table.level.code),
                      strings: CijfersText.strings(.nl), updated: [:])
        }

        /// The name of a download of `table` in this context.
        func fileName(_ table: DataTable) -> DownloadFileName {
            DownloadFileName(table: table, selection: selection, parentName: parentName, language: strings.language)
        }

        /// When each indicator's data last changed; a formula indicator when the last of its components did.
        static func updated(of codes: [String], in catalog: Catalog) -> [String: Date] {
            var dates: [String: Date] = [:]
            for code in codes {
                let stored = IndicatorEvaluator.storedDependencies(of: [code], indicators: catalog.indicators,
                                                                   formulas: catalog.formulas)
                dates[code] = stored.compactMap { catalog.dataUpdated[$0] }.max()
            }
            return dates
        }

        /// The data API's address for this selection (without a format): the document the RDF describes.
        var document: String {
            var query = ["indicators=" + selection.indicators.map(Self.escape).joined(separator: ","),
                         "level=" + Self.escape(selection.level)]
            if let parent = selection.parent { query.append("parent=" + Self.escape(parent)) }
            if let areas = selection.areas { query.append("areas=" + areas.map(Self.escape).joined(separator: ",")) }
            switch selection.periods {
            case .all: query.append("periods=all")
            case .latest: query.append("periods=latest")
            case .list(let periods): query.append("periods=" + periods.map(Self.escape).joined(separator: ","))
            }
            return base + APIPath.data.path + "?" + query.joined(separator: "&")
        }

        private static let allowed = CharacterSet(charactersIn:
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:")

        private static func escape(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
    }

    /// The response for `xlsx`, `turtle` and `jsonld`; nil for the other formats.
    static func make(_ table: DataTable, format: DataRequest.Format, context: Context) throws -> Response? {
        switch format {
        case .xlsx: return try xlsx(table, context: context)
        case .turtle: return try dataCube(table, syntax: .turtle, context: context)
        case .jsonld: return try dataCube(table, syntax: .jsonLD, context: context)
        default: return nil
        }
    }

    private static func xlsx(_ table: DataTable, context: Context) throws -> Response {
        let parent = context.selection.parent.map { code in context.parentName.map { "\($0) (\(code))" } ?? code }
        let workbook = try table.xlsx(context.strings, context: DataTable.WorkbookContext(
            updated: context.updated, parent: parent, areas: context.selection.areas,
            source: context.document + "&format=xlsx", made: context.made))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: XLSXWriter.mediaType)
        headers.download(context.fileName(table), extension: "xlsx")
        return Response(status: .ok, headers: headers, body: .init(data: workbook))
    }

    /// Small answers are written whole; from `DataResponse.streamingFrom` observations on, a slice at a time.
    private static func dataCube(_ table: DataTable, syntax: RDFSyntax, context: Context) throws -> Response {
        let document = DataTable.DataCubeDocument(
            cube: try DataTable.Cube(table), syntax: syntax, base: context.base, document: context.document,
            updated: context.updated.values.max())
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: syntax.mediaType)
        headers.download(context.fileName(table), extension: syntax.fileExtension, inline: true)
        let pieces = document.pieces(slice: DataResponse.slice)
        if document.cube.count < DataResponse.streamingFrom {
            return Response(status: .ok, headers: headers, body: .init(string: pieces.map { $0() }.joined()))
        }
        let body = Response.Body(managedAsyncStream: { writer in
            for piece in pieces {
                // An empty write would read as the end of a chunked body (and cut a compressed one short).
                let text = piece()
                if !text.isEmpty { try await writer.writeBuffer(ByteBuffer(string: text)) }
            }
        }, count: -1)
        return Response(status: .ok, headers: headers, body: body)
    }
}
