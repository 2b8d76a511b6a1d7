import Platform
import Plot

/// "Toevoegen aan dashboard": the page's selection as the first tile of a dashboard, opened in its edit mode.
extension IndicatorPageModel {
    /// The tile this page is: its map (else its bars, else its table) of the level, parent and period shown; the
    /// latest period stays 'the latest' so the dashboard keeps up with new figures.
    var dashboardTile: DashboardSpec.Tile {
        let kind: DashboardSpec.Kind = !features.isEmpty ? .kaart : (rows.count <= 80 ? .staaf : .tabel)
        return DashboardSpec.Tile(kind: kind, indicator: indicator.code, level: selection.level, parent: selection.parent,
                                  period: period == periods.last ? nil : period)
    }

    var dashboardLink: Node<HTML.BodyContext> {
        let spec = DashboardSpec(title: indicator.name, entries: [.tile(dashboardTile)])
        return .p(.attr("class", "add-dashboard no-print"),
                  .a(.attr("href", CijfersPath.dashboard.url(spec.query + [(DashboardEdit.parameterEdit, "1")])),
                     .text(CijfersText.strings(language)["dashboard.addFromIndicator"])))
    }
}
