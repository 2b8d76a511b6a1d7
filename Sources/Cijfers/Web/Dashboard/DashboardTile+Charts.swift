import CijfersDomain
import Platform
import Plot

/// The chart or map of a dashboard tile as an SVG file, a PNG (site.js) and an embed code. Its address holds the
/// tile alone (`tegel=`, the dashboard's own encoding), so it draws the same figures as the tile.
extension DashboardPageModel {
    /// The tile's chart on the page (`tegel-3-kaart`), when the tile shows a chart.
    static func chartID(_ tile: Tile) -> String? {
        guard case .shown = tile.content, case .tile(let spec) = tile.entry else { return nil }
        switch spec.kind {
        case .kaart, .staaf, .lijn: return "\(tile.id)-\(spec.kind.rawValue)"
        case .tabel, .kerncijfer: return nil
        }
    }

    /// The tile on its own: its address's query.
    static func tileQuery(_ tile: Tile, language: SiteLanguage) -> [(String, String?)] {
        [(DashboardSpec.parameterTile, tile.entry.encoded), ("lang", language == .en ? "en" : nil)]
    }

    static func chartFileName(_ tile: Tile) -> DownloadFileName? {
        guard case .shown(let model) = tile.content, case .tile(let spec) = tile.entry else { return nil }
        let within = !model.ownGroup.isEmpty ? model.ownGroup : (model.parentName.map { [$0] } ?? [])
        let periods = spec.kind == .lijn ? [model.periods.first, model.periods.last].compactMap { $0 }.uniqued()
            : (model.period.map { [$0] } ?? [])
        return DownloadFileName(subjects: [model.indicator.name], level: model.levelName, within: within, periods: periods,
                                suffix: spec.kind == .lijn ? "evolutie" : spec.kind.rawValue)
    }

    func chartLinks(_ tile: Tile) -> ChartFileLinks? {
        guard Self.chartID(tile) != nil, let name = Self.chartFileName(tile), case .tile(let spec) = tile.entry else { return nil }
        let query = Self.tileQuery(tile, language: language)
        return ChartFileLinks(
            key: tile.id, chartWords: CijfersText.strings(language)["export.tileWords"], title: tile.heading, fileName: name,
            svgURL: ChartPath.tileSVG.url(query), embedURL: siteBase + ChartPath.tileEmbed.url(query),
            height: spec.kind == .kaart ? 720 : 560)
    }

    /// The chart of the dashboard's first tile as the dashboard draws it; nil when that tile shows no chart.
    func export() -> ChartExport? {
        guard let tile = tiles.first, let id = Self.chartID(tile), let name = Self.chartFileName(tile),
              case .shown(let model) = tile.content, case .tile(let spec) = tile.entry else { return nil }
        let page = CijfersPath.dashboard.url(Self.tileQuery(tile, language: language))
        return ChartExport(
            title: tile.heading, pageURL: siteBase + page, source: IndicatorMetadata.source(model.indicator, language).name,
            fileName: name, drawings: ChartMarkup.drawings(of: id, in: tileNode(tile).render()),
            table: model.figuresTable(trend: spec.kind == .lijn), language: language)
    }
}
