import CijfersDomain
import Platform
import Vapor

/// What the dashboard page shows: its address read (`DashboardSpec`), then every tile's figures through the indicator
/// page's own model (so suppression and the viewer's catalog hold as there), or in the tile's place why it cannot be
/// shown.
struct DashboardPageModel {
    enum Content {
        case shown(IndicatorPageModel)
        /// The tile cannot be honoured: what and why.
        case notice([String])
    }

    struct Tile {
        /// Counted from 1, as the page shows it.
        let number: Int
        let entry: DashboardSpec.Entry
        let heading: String
        let content: Content
        /// Said under the tile's figures (a table cut short, the area of a key figure).
        var notes: [String] = []
        /// The tile's figures as CSV through the data API; nil when the tile shows nothing.
        var csv: String? = nil

        var id: String { "tegel-\(number)" }
    }

    /// The chooser of a new tile in the edit mode.
    struct Chooser {
        let indicators: [(value: String, label: String)]
        var levels: [(value: String, label: String)]
        var parents: [(value: String, label: String)]
        var kind: DashboardSpec.Kind = .kaart
        var indicator: String? = nil
        var level = "gemeente2024"
        var parent: String? = nil
        /// The own group and period as typed (kept when the chooser is shown again).
        var areas = ""
        var period = ""
        /// What narrows the lists, and what of the choice cannot be shown (`DashboardPage+Chooser.swift`).
        var hints: [String] = []
        var problems: [String] = []
    }

    let spec: DashboardSpec
    let tiles: [Tile]
    let notices: [String]
    let editing: Bool
    let chooser: Chooser
    let language: SiteLanguage
    /// The site's address, for the share box.
    var siteBase = ""

    /// Rows a table tile shows; the CSV holds them all.
    static let maximumTableRows = 100
    /// Areas a key-figure tile shows one figure each for.
    static let maximumKeyFigures = 6

    var shareURL: String { CijfersPath.dashboard.url(spec.query) }
    var editURL: String { CijfersPath.dashboard.url(spec.query + [(DashboardEdit.parameterEdit, "1")]) }

    /// The address after a button of the edit form, or nil when the request pressed none (or one the page does not
    /// know, which the page then says).
    static func edited(request: Request) -> String? {
        let pairs = QueryPairs.read(request.url.query)
        guard let text = pairs.last(where: { $0.name == DashboardEdit.parameterAction })?.value,
              let action = DashboardEdit(text) else { return nil }
        let spec = action.applied(to: DashboardSpec.parse(pairs: pairs), newTile: DashboardEdit.newTile(pairs))
        let fragment: String
        switch action {
        case .add: fragment = "#tegel-\(spec.entries.count)"
        case .up(let index): fragment = "#bewerk-tegel-\(max(index, 1))"
        case .down(let index): fragment = "#bewerk-tegel-\(min(index + 2, spec.entries.count))"
        case .remove, .apply: fragment = "#bewerken"
        case .choose: fragment = "#nieuwe-tegel"
        }
        // Choosing keeps the chooser's fields in the address, so the page shows them again with narrowed lists.
        let kept: [(String, String?)] = action == .choose
            ? DashboardEdit.chooserParameters.map { name in (name, pairs.last { $0.name == name }?.value) } : []
        return CijfersPath.dashboard.url(spec.query + [(DashboardEdit.parameterEdit, "1")] + kept) + fragment
    }

    static func load(request: Request) async throws -> DashboardPageModel {
        let catalog = await request.catalog()
        let language = request.language
        let t = CijfersText.strings(language)
        let pairs = QueryPairs.read(request.url.query)
        let spec = DashboardSpec.parse(pairs: pairs)
        var notices = PageParameters.unknown(request, accepted: PageParameters.dashboard, t)
        for notice in spec.notices {
            switch notice {
            case .tooManyTiles(let asked):
                notices.append(t("dashboard.notice.tooManyTiles", String(asked), String(DashboardSpec.maximumTiles)))
            case .titleCut: notices.append(t("dashboard.notice.titleCut", String(DashboardSpec.maximumTitle)))
            }
        }
        if let action = pairs.last(where: { $0.name == DashboardEdit.parameterAction })?.value, DashboardEdit(action) == nil {
            notices.append(t("dashboard.notice.unknownAction", String(action.prefix(40))))
        }
        var tiles: [Tile] = []
        for (index, entry) in spec.entries.enumerated() {
            tiles.append(try await tile(entry, number: index + 1, catalog: catalog, request: request))
        }
        let editing = pairs.contains { $0.name == DashboardEdit.parameterEdit && $0.value != "0" } || spec.entries.isEmpty
        var model = DashboardPageModel(spec: spec, tiles: tiles, notices: notices, editing: editing,
                                       chooser: chooser(spec, pairs: pairs, catalog: catalog, t: t), language: language)
        model.siteBase = request.siteBaseURL
        return model
    }
}
