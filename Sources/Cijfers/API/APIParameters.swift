import CijfersDomain
import Platform
import Vapor

/// The query parameters each route of the data API accepts (plus `lang` everywhere). A parameter it does not know is
/// refused with 400 naming it and the accepted ones, never ignored: a mistyped `perods=2021` would otherwise answer
/// every period without a word. Messages are Dutch, English with `lang=en` or an English `Accept-Language`.
enum APIParameters {
    static let always = ["lang"]

    static func accepted(_ route: APIPath.Route) -> [String] {
        switch route {
        case .areas: ["parent"]
        case .data: ["indicators", "indicator", "level", "parent", "areas", "periods", "period", "format"]
        case .catalog: ["format"]
        case .levels, .area, .indicators, .indicator, .themes, .imports, .openAPI: []
        }
    }

    /// The parameter names of a query, decoded, in their order, each once.
    static func names(_ query: String?) -> [String] {
        var names: [String] = []
        for item in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let raw = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let plain = !raw.utf8.contains(UInt8(ascii: "%")) && !raw.utf8.contains(UInt8(ascii: "+"))
            let name = plain ? raw : (raw.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? raw)
            if !name.isEmpty, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Refuses the first parameter the route does not know.
    static func check(_ req: Request, _ route: APIPath.Route) throws {
        let accepted = accepted(route) + always
        guard let unknown = names(req.target.query).first(where: { !accepted.contains($0) }) else { return }
        let shown = String(unknown.prefix(40))
        let list = accepted.joined(separator: ", ")
        throw APIProblem(
            nl: "onbekende parameter '\(shown)': deze vraag kent \(list)",
            en: "unknown parameter '\(shown)': this request accepts \(list)", language: language(req))
    }

    /// `lang=en|nl` when given, else the first language of `Accept-Language` that we have, else Dutch.
    static func language(_ req: Request) -> SiteLanguage {
        if let asked = req.queryValues["lang"].flatMap(SiteLanguage.init(rawValue:)) { return asked }
        for part in (req.headers.first(name: .acceptLanguage) ?? "").split(separator: ",") {
            let tag = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if tag.hasPrefix("en") { return .en }
            if tag.hasPrefix("nl") { return .nl }
        }
        return .nl
    }

    /// Runs a handler and answers its selection errors in the request's language.
    static func localized<T>(_ req: Request, _ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error as QueryError {
            guard language(req) == .en else { throw error }
            throw APIProblem(nl: error.description, en: error.english, status: error.status, language: .en)
        }
    }

    /// Asked periods that are well formed but have no value at all in the answer: said in a header, not an error.
    static func emptyPeriods(_ table: DataTable, _ selection: DataSelection) -> [String] {
        guard case .list(let asked) = selection.periods else { return [] }
        var withData = Set<String>()
        for cell in table.cells where cell.value.status != .noData { withData.insert(cell.period) }
        return asked.map { Period($0).label }.filter { !withData.contains($0) }
    }

    /// The header that carries a notice about an answer (ASCII, as headers must be).
    static let noticeHeader = "Stadsbeeld-Notice"

    static func notice(emptyPeriods: [String], language: SiteLanguage) -> String? {
        guard !emptyPeriods.isEmpty else { return nil }
        let list = emptyPeriods.prefix(10).joined(separator: ", ")
        let text = language == .en
            ? "no data for period(s) \(list): the cells are answered with status no_data"
            : "geen gegevens voor periode(n) \(list): de cellen hebben status no_data"
        return String(text.unicodeScalars.filter(\.isASCII).map(Character.init))
    }
}

/// A request the API cannot follow, with its reason in Dutch and English.
struct APIProblem: AbortError {
    let nl: String
    let en: String
    var status: HTTPResponseStatus = .badRequest
    let language: SiteLanguage

    init(nl: String, en: String, status: HTTPResponseStatus = .badRequest, language: SiteLanguage) {
        self.nl = nl
        self.en = en
        self.status = status
        self.language = language
    }

    var reason: String { language == .en ? en : nl }
}

extension QueryError {
    /// The reason in English, for the API with `lang=en` and English pages.
    var english: String {
        switch self {
        case .unknownIndicator(let code): "indicator '\(code)' does not exist"
        case .unknownLevel(let code): "area level '\(code)' does not exist"
        case .unknownArea(let code): "area '\(code)' does not exist"
        case .invalid(let reason): reason
        case .tooLarge(let cells, let limit):
            "this selection asks for \(cells == Int.max ? "too many" : String(cells)) values (indicators × areas × periods); "
                + "at most \(limit) per request: choose fewer indicators, areas or periods, or ask in parts"
        case .parentNotAbove(let code, let name, let parentLevel, let parentLevelCode, let level):
            "\(code) (\(name)) is an area of level \(parentLevel), not an area above level \(level): choose a level below "
                + "\(parentLevel) to look within \(name), or show \(name) itself (level=\(parentLevelCode)&areas=\(code))"
        case .areaNotInLevel(let code, let name, let areaLevel, let level):
            "area \(code) (\(name)) belongs to level \(areaLevel), not to level \(level): choose level=\(areaLevel) or a code of level \(level)"
        case .areaOutsideParent(let code, let name, let parent):
            "area \(code) (\(name)) does not lie within \(parent): leave out parent or choose an area within \(parent)"
        case .malformedPeriod(let text):
            "'\(text.prefix(40))' is not a period: give a year (2021), quarter (2021Q3) or month (2021M05), or all or latest"
        }
    }

    /// The reason in a language.
    func text(_ language: SiteLanguage) -> String { language == .en ? english : description }
}
