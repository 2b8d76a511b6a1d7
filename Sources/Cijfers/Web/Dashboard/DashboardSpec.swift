import Foundation

/// A dashboard is its address: a title and an ordered list of tiles, read from and written to the query string.
///
///     /dashboard?titel=Energie%20in%20Gent&tegel=kaart~v2506_elek_res_n~ggw72024~gemeente2024:44021~2021
///               &tegel=kerncijfer~v2506_elek_res_n~gemeente2024~~laatste~44021
///
/// One `tegel` per tile, in order, its fields joined by `~` (a character codes never hold and a URL never escapes):
/// `kind~indicator~level~parent~period~areas`. `parent` is a code or `level:code` as everywhere in the explorer (empty:
/// the whole level), `period` a period label or `laatste` (empty: the latest), `areas` an own group of area codes of
/// the level joined by `,`. Trailing empty fields are left out. The encoding is stable: what `parse` reads,
/// `query` writes back the same. Nothing here looks at the catalog; whether a tile can be shown is the page's question.
struct DashboardSpec: Equatable, Sendable {
    /// What a tile draws.
    enum Kind: String, CaseIterable, Sendable {
        case kaart, staaf, lijn, tabel, kerncijfer
    }

    /// One tile as asked.
    struct Tile: Equatable, Sendable {
        var kind: Kind
        var indicator: String
        var level: String
        var parent: String?
        /// Nil: the latest period with data.
        var period: String?
        /// An own group of areas of the level; empty: every area of the level (within the parent).
        var areas: [String] = []

        var encoded: String {
            var fields = [kind.rawValue, indicator, level, parent ?? "", period ?? DashboardSpec.latest,
                          areas.joined(separator: ",")]
            if areas.isEmpty { fields.removeLast() }
            if areas.isEmpty && period == nil { fields.removeLast() }
            if areas.isEmpty && period == nil && parent == nil { fields.removeLast() }
            return fields.joined(separator: "~")
        }
    }

    /// A tile in its place: readable, or the text as asked with the reason it could not be read (shown in its place).
    enum Entry: Equatable, Sendable {
        case tile(Tile)
        case unreadable(text: String, reason: Problem)

        var encoded: String {
            switch self {
            case .tile(let tile): tile.encoded
            case .unreadable(let text, _): text
            }
        }
    }

    /// Why a tile's text could not be read (the page says it in the visitor's language).
    enum Problem: Equatable, Sendable {
        case unknownKind(String)
        case badFields
        case tooLong
        case tooManyAreas(Int)
    }

    /// What of the whole address could not be followed.
    enum Notice: Equatable, Sendable {
        /// More tiles than `maximumTiles`: the first ones are kept.
        case tooManyTiles(asked: Int)
        case titleCut
    }

    static let parameterTitle = "titel"
    static let parameterTile = "tegel"
    static let latest = "laatste"
    static let maximumTiles = 12
    static let maximumTitle = 120
    /// The characters of one tile's text; longer is refused (the whole address stays under the site's 8 KB).
    static let maximumTileText = 400
    static let maximumAreas = 30

    var title: String = ""
    var entries: [Entry] = []
    var notices: [Notice] = []

    var tiles: [Tile] {
        entries.compactMap { if case .tile(let tile) = $0 { tile } else { nil } }
    }

    /// The query of this dashboard, in order: the title, then every tile.
    var query: [(String, String?)] {
        [(Self.parameterTitle, title.isEmpty ? nil : title)] + entries.map { (Self.parameterTile, $0.encoded) }
    }
}

extension DashboardSpec {
    /// Reads a raw query string (`request.url.query`); never fails: what cannot be read becomes an entry or a notice.
    static func parse(query: String?) -> DashboardSpec {
        parse(pairs: QueryPairs.read(query))
    }

    static func parse(pairs: [(name: String, value: String)]) -> DashboardSpec {
        var spec = DashboardSpec()
        if let title = pairs.first(where: { $0.name == parameterTitle })?.value {
            let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
            spec.title = String(trimmed.prefix(maximumTitle))
            if trimmed.count > maximumTitle { spec.notices.append(.titleCut) }
        }
        let texts = pairs.filter { $0.name == parameterTile }.map(\.value).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        spec.entries = texts.prefix(maximumTiles).map(entry)
        if texts.count > maximumTiles { spec.notices.append(.tooManyTiles(asked: texts.count)) }
        return spec
    }

    /// One tile's text, read field by field; trimmed, never guessed.
    static func entry(_ text: String) -> Entry {
        guard text.count <= maximumTileText else { return .unreadable(text: String(text.prefix(maximumTileText)), reason: .tooLong) }
        let fields = text.split(separator: "~", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let kind = Kind(rawValue: fields[0].lowercased()) else { return .unreadable(text: text, reason: .unknownKind(fields[0])) }
        guard fields.count >= 3, fields.count <= 6, !fields[1].isEmpty, !fields[2].isEmpty else {
            return .unreadable(text: text, reason: .badFields)
        }
        func field(_ index: Int) -> String? { index < fields.count && !fields[index].isEmpty ? fields[index] : nil }
        let period = field(4).flatMap { $0.lowercased() == latest || $0.lowercased() == "latest" ? nil : $0 }
        let areas = (field(5) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var unique: [String] = []
        for area in areas where !unique.contains(area) { unique.append(area) }
        guard unique.count <= maximumAreas else { return .unreadable(text: text, reason: .tooManyAreas(unique.count)) }
        return .tile(Tile(kind: kind, indicator: fields[1], level: fields[2], parent: field(3), period: period, areas: unique))
    }
}

/// The name–value pairs of a query string in their order (repeated names kept), decoded as a form sends them.
enum QueryPairs {
    /// At most this many pairs are read; a longer query is cut (the site refuses addresses over 8 KB anyway).
    static let maximumPairs = 200

    static func read(_ query: String?) -> [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        func decode(_ part: Substring) -> String {
            let plus = part.replacingOccurrences(of: "+", with: " ")
            return plus.removingPercentEncoding ?? plus
        }
        return query.split(separator: "&", omittingEmptySubsequences: true).prefix(maximumPairs).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
