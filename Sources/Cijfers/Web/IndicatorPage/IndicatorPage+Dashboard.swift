import Platform
import Plot

/// "Toevoegen aan dashboard": the page's selection as a tile. Without a dashboard in the address it starts a new
/// dashboard; with one (`dashboard=`, carried from the dashboard's edit mode through the page's own form) it appends
/// the tile to that dashboard, or says that the dashboard is full. The dashboard stays entirely in the address.
extension IndicatorPageModel {
    /// The tile this page is: its map (else its bars, else its table) of the level, parent and period shown; the
    /// latest period stays 'the latest' so the dashboard keeps up with new figures.
    var dashboardTile: DashboardSpec.Tile {
        let kind: DashboardSpec.Kind = !features.isEmpty ? .kaart : (rows.count <= 80 ? .staaf : .tabel)
        return DashboardSpec.Tile(kind: kind, indicator: indicator.code, level: selection.level, parent: selection.parent,
                                  period: period == periods.last ? nil : period)
    }

    /// A new dashboard with this page as its first tile, in its edit mode.
    private var newDashboardURL: String {
        let spec = DashboardSpec(title: indicator.name, entries: [.tile(dashboardTile)])
        return CijfersPath.dashboard.url(spec.query + [(DashboardEdit.parameterEdit, "1")])
    }

    var dashboardLink: Node<HTML.BodyContext> {
        let t = CijfersText.strings(language)
        guard let dashboard, !dashboard.entries.isEmpty else {
            return .p(.attr("class", "add-dashboard no-print"), .a(.attr("href", newDashboardURL), .text(t["dashboard.addFromIndicator"])))
        }
        let title = dashboard.title.isEmpty ? t["dashboard.untitled"] : dashboard.title
        let count = dashboard.entries.count
        let back = CijfersPath.dashboard.url(dashboard.query + [(DashboardEdit.parameterEdit, "1")]) + "#bewerken"
        let full = count >= DashboardSpec.maximumTiles
        var appended = dashboard
        appended.entries.append(.tile(dashboardTile))
        let append = CijfersPath.dashboard.url(appended.query + [(DashboardEdit.parameterEdit, "1")]) + "#tegel-\(count + 1)"
        return .div(
            .attr("class", "add-dashboard dash-append no-print"), .attr("id", "dashboard-toevoegen"),
            full ? .p(.attr("class", "notice"), .attr("role", "status"), .text(t("export.dashboardFull", title, String(count))))
                : .p(.text(t("export.composing", title, String(count), String(DashboardSpec.maximumTiles)))),
            .ul(
                .if(!full, .li(.a(.attr("href", append), .text(t["export.appendTo"])))),
                .li(.a(.attr("href", back), .text(t["export.backToDashboard"]))),
                .li(.a(.attr("href", newDashboardURL), .text(t["export.newDashboard"])))
            )
        )
    }
}

/// A dashboard carried through the indicator page as one query value: the dashboard's own query string.
enum DashboardAppend {
    static let parameter = "dashboard"

    static func carried(_ spec: DashboardSpec) -> String? {
        let url = CijfersPath.dashboard.url(spec.query)
        guard let mark = url.firstIndex(of: "?") else { return nil }
        return String(url[url.index(after: mark)...])
    }

    /// The dashboard in a page's `dashboard=` value; nil when there is none.
    static func read(_ value: String?) -> DashboardSpec? {
        guard let value, !value.isEmpty else { return nil }
        return DashboardSpec.parse(query: value)
    }
}
