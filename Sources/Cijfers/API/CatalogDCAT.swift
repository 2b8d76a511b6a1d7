import CijfersDomain
import FluentKit
import NIOConcurrencyHelpers
import Foundation
import Platform
import Tabular
import Vapor

/// `GET /api/v1/catalog[?format=turtle|jsonld]`: a DCAT-AP catalogue of the published indicators, for open-data portals
/// to harvest. One `dcat:Dataset` per indicator a visitor without an account may see, with its distributions in the
/// data API (CSV, XLSX, JSON-stat, Turtle). Restricted indicators are never listed, whoever asks.
extension APIController {
    @Sendable func dcatCatalog(req: Request) async throws -> Response {
        try APIParameters.check(req, .catalog)
        let syntax: RDFSyntax
        switch req.query[String.self, at: "format"]?.lowercased() {
        case nil, "", "turtle", "ttl": syntax = .turtle
        case "jsonld", "json-ld": syntax = .jsonLD
        case let other?: throw Abort(.badRequest, reason: "onbekend formaat '\(other)': kies turtle of jsonld")
        }
        let visitor = await req.application.catalogStore.current(forOrganisation: nil, seesEverything: false)
        let coverage = try await DCATCatalog.cachedPeriods(of: visitor, on: req.db,
                                                           application: ObjectIdentifier(req.application))
        let catalog = DCATCatalog(catalog: visitor, base: req.siteBaseURL, coverage: coverage)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: syntax.mediaType)
        return Response(status: .ok, headers: headers, body: .init(string: catalog.document(syntax)))
    }
}

struct DCATCatalog {
    let catalog: Catalog
    let base: String
    /// The periods with data of each indicator, first and last.
    let coverage: [String: (first: String, last: String)]

    /// The indicators listed: published (not hidden in Swing's sense) and visible to a visitor.
    var indicators: [Indicator] { catalog.indicators.values.filter(\.visible).sorted { $0.code < $1.code } }

    /// The periods of each indicator, read through `DataQuery` (the same path every answer takes) at the level with
    /// the fewest areas where it has data, up to 50 indicators per query.
    static func periods(of catalog: Catalog, on database: any Database) async throws -> [String: (first: String, last: String)] {
        var byLevel: [String: [String]] = [:]
        for indicator in catalog.indicators.values where indicator.visible {
            let levels = catalog.levelsWithData(of: indicator.code)
            guard let level = levels.min(by: { catalog.areas(inLevel: $0.code).count < catalog.areas(inLevel: $1.code).count })
            else { continue }
            byLevel[level.code, default: []].append(indicator.code)
        }
        var result: [String: (first: String, last: String)] = [:]
        let query = DataQuery(database: database, catalog: catalog)
        for (level, codes) in byLevel {
            for start in stride(from: 0, to: codes.count, by: 50) {
                let part = Array(codes[start..<min(start + 50, codes.count)])
                let table = try await query.run(DataSelection(indicators: part, level: level, periods: .all))
                var periods: [String: [String]] = [:]
                for cell in table.cells { periods[cell.indicator, default: []].append(cell.period) }
                for (code, list) in periods {
                    let sorted = list.map(Period.init).sorted()
                    if let first = sorted.first, let last = sorted.last { result[code] = (first.label, last.label) }
                }
            }
        }
        return result
    }

    /// The periods are read again only when the catalog's indicators or their data dates changed (an import): every
    /// request for the catalogue otherwise reads them from memory.
    static func cachedPeriods(of catalog: Catalog, on database: any Database,
                              application: ObjectIdentifier) async throws -> [String: (first: String, last: String)] {
        let cache = PeriodCache.shared
        let key = "\(application.hashValue) " + catalog.indicators.keys.sorted().map { "\($0)@\(catalog.dataUpdated[$0]?.timeIntervalSince1970 ?? 0)" }
            .joined(separator: ",")
        if let known = cache.box.withLockedValue({ $0.key == key ? $0.periods : nil }) { return known }
        let periods = try await periods(of: catalog, on: database)
        cache.box.withLockedValue { $0 = (key, periods) }
        return periods
    }

    /// One entry, for the application and catalog last asked about.
    final class PeriodCache: Sendable {
        static let shared = PeriodCache()
        let box = NIOLockedValueBox<(key: String, periods: [String: (first: String, last: String)])>(("", [:]))
    }

    private var catalogIRI: String { base + APIPath.catalog.path }
    private var publisher: String { base + "/id/organisatie/kenniscentrum" }
    private var themeScheme: String { base + "/id/thema" }
    private static let euThemes = "http://publications.europa.eu/resource/authority/data-theme"
    private static let fileTypes = "http://publications.europa.eu/resource/authority/file-type/"
    private static let mediaTypes = "http://www.iana.org/assignments/media-types/"

    func document(_ syntax: RDFSyntax) -> String {
        let writer = RDFWriter(prefixes: [
            ("rdf", RDFNamespace.rdf), ("rdfs", RDFNamespace.rdfs), ("xsd", RDFNamespace.xsd), ("skos", RDFNamespace.skos),
            ("dct", RDFNamespace.dct), ("dcat", RDFNamespace.dcat), ("foaf", RDFNamespace.foaf),
        ], syntax: syntax)
        return writer.prologue + writer.nodes(nodes(), first: true) + writer.epilogue
    }

    func nodes() -> [RDFNode] {
        let dct = RDFNamespace.dct, dcat = RDFNamespace.dcat, foaf = RDFNamespace.foaf, skos = RDFNamespace.skos
        let xsd = RDFNamespace.xsd
        let listed = indicators
        var nodes: [RDFNode] = []

        var root = RDFNode(catalogIRI, types: [dcat + "Catalog"])
        root.add(dct + "title", text: "Stadsbeeld — cijfers van de Vlaamse centrumsteden", language: "nl")
        root.add(dct + "title", text: "Stadsbeeld — figures of the Flemish centrumsteden", language: "en")
        root.add(dct + "description", text: "De indicatoren die Stadsbeeld publiceert, per gebied en periode, met hun metadata en downloads uit de open data-API.", language: "nl")
        root.add(dct + "description", text: "The indicators Stadsbeeld publishes, by area and period, with their metadata and downloads from the open data API.", language: "en")
        root.add(dct + "publisher", iri: publisher)
        root.add(foaf + "homepage", iri: base + "/")
        root.add(dct + "language", iri: "http://publications.europa.eu/resource/authority/language/NLD")
        root.add(dcat + "themeTaxonomy", [.iri(Self.euThemes), .iri(themeScheme)])
        if let modified = listed.compactMap({ updated($0.code) }).max() {
            root.add(dct + "modified", .typed(Self.dateTime(modified), xsd + "dateTime"))
        }
        root.add(dcat + "dataset", listed.map { .iri(dataset($0.code)) })
        nodes.append(root)

        var agent = RDFNode(publisher, types: [foaf + "Agent", foaf + "Organization"])
        agent.add(foaf + "name", text: "Kenniscentrum Vlaamse Steden", language: "nl")
        agent.add(dct + "type", iri: "http://purl.org/adms/publishertype/NonProfitOrganisation")
        nodes.append(agent)

        var scheme = RDFNode(themeScheme, types: [skos + "ConceptScheme"])
        scheme.add(dct + "title", text: "Thema's van Stadsbeeld", language: "nl")
        scheme.add(dct + "title", text: "Themes of Stadsbeeld", language: "en")
        nodes.append(scheme)
        let themes = Dictionary(catalog.themes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for theme in catalog.themes.sorted(by: { $0.code < $1.code }) {
            var node = RDFNode(themeIRI(theme.code), types: [skos + "Concept"])
            node.add(skos + "prefLabel", text: theme.name, language: "nl")
            node.add(skos + "inScheme", iri: themeScheme)
            if let parent = theme.parentCode, themes[parent] != nil { node.add(skos + "broader", iri: themeIRI(parent)) }
            nodes.append(node)
        }

        for (index, indicator) in listed.enumerated() {
            nodes.append(contentsOf: datasetNodes(indicator, index: index + 1, themes: themes))
        }
        return nodes
    }

    private func datasetNodes(_ indicator: Indicator, index: Int, themes: [String: Theme]) -> [RDFNode] {
        let dct = RDFNamespace.dct, dcat = RDFNamespace.dcat, xsd = RDFNamespace.xsd
        var nodes: [RDFNode] = []
        let iri = dataset(indicator.code)
        var node = RDFNode(iri, types: [dcat + "Dataset"])
        node.add(dct + "title", text: indicator.name, language: "nl")
        let description = indicator.description.isEmpty ? indicator.name : indicator.description
        node.add(dct + "description", text: description, language: "nl")
        node.add(dct + "identifier", .string(indicator.code))
        node.add(dct + "publisher", iri: publisher)
        // Every indicator is about regions and cities; its own theme says more.
        node.add(dcat + "theme", iri: Self.euThemes + "/REGI")
        var keywords = ["centrumsteden"]
        var themeCode = indicator.themeCode
        var seen = Set<String>()
        while let code = themeCode, let theme = themes[code], seen.insert(code).inserted {
            if code == indicator.themeCode { node.add(dcat + "theme", iri: themeIRI(code)) }
            keywords.append(theme.name)
            themeCode = theme.parentCode
        }
        node.add(dcat + "keyword", keywords.map { .text($0, language: "nl") })
        if !indicator.source.isEmpty { node.add(dct + "source", .string(indicator.source)) }
        if let modified = updated(indicator.code) { node.add(dct + "modified", .typed(Self.dateTime(modified), xsd + "dateTime")) }
        node.add(dcat + "landingPage", iri: base + CijfersPath.indicator(code: indicator.code).path)
        if let period = coverage[indicator.code], let start = Self.year(period.first), let end = Self.year(period.last) {
            let label = "periode\(index)"
            node.add(dct + "temporal", .blank(label))
            var time = RDFNode(.blank(label), types: [dct + "PeriodOfTime"])
            time.add(dcat + "startDate", .typed(start, xsd + "gYear"))
            time.add(dcat + "endDate", .typed(end, xsd + "gYear"))
            nodes.append(time)
        }
        // Distributions: the data API for this indicator at its level, every period.
        let levels = catalog.levelsWithData(of: indicator.code)
        if let level = levels.first(where: { $0.code == "gemeente2024" }) ?? levels.first {
            let query = APIPath.data.path + "?indicators=\(IRISegment.encode(indicator.code))&level=\(IRISegment.encode(level.code))&periods=all"
            let formats: [(name: String, format: String, fileType: String, mediaType: String)] = [
                ("CSV", "csv", "CSV", "text/csv"),
                ("XLSX", "xlsx", "XLSX", XLSXWriter.mediaType),
                ("JSON-stat", "jsonstat", "JSON", "application/json"),
                ("Turtle (RDF Data Cube)", "turtle", "RDF_TURTLE", "text/turtle"),
            ]
            for entry in formats {
                var distribution = RDFNode(iri + "-" + entry.format, types: [dcat + "Distribution"])
                distribution.add(dct + "title", text: "\(indicator.name) — \(level.name) (\(entry.name))", language: "nl")
                distribution.add(dcat + "accessURL", iri: base + query + "&format=" + entry.format)
                distribution.add(dcat + "downloadURL", iri: base + query + "&format=" + entry.format)
                distribution.add(dcat + "mediaType", iri: Self.mediaTypes + entry.mediaType)
                distribution.add(dct + "format", iri: Self.fileTypes + entry.fileType)
                node.add(dcat + "distribution", iri: distribution.subject.iri)
                nodes.append(distribution)
            }
        }
        return [node] + nodes
    }

    private func dataset(_ code: String) -> String { base + APIPath.indicator(code: code).path + "#dataset" }
    private func themeIRI(_ code: String) -> String { themeScheme + "/" + IRISegment.encode(code) }

    private func updated(_ code: String) -> Date? {
        OpenDataResponse.Context.updated(of: [code], in: catalog)[code] ?? nil
    }

    /// The year a period starts in ("2021", "2021Q3" → "2021"), or nil when it does not start with one.
    static func year(_ period: String) -> String? {
        let digits = period.prefix(4)
        return digits.count == 4 && digits.allSatisfy(\.isNumber) && digits.allSatisfy(\.isASCII) ? String(digits) : nil
    }

    static func dateTime(_ date: Date) -> String { DataTable.DataCubeDocument.dateTime(date) }
}

