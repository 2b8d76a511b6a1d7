import CijfersDomain
import Platform
import Plot

/// Each indicator's line chart of the evolution (absolute or as an index) as an SVG file, a PNG (site.js) and an embed
/// code; the address carries the page's own selection (level, areas, group, view).
extension EvolutionPageModel {
    /// The page's selection, for the chart's file and its embedded page.
    var chartQuery: [(String, String?)] {
        [("indicators", blocks.map(\.indicator.code).joined(separator: ",")), ("level", level),
         ("areas", areas.map(\.code).joined(separator: ",")), ("group", groupName),
         ("view", view == .index ? view.rawValue : nil), ("lang", language == .en ? "en" : nil)]
    }

    /// The areas in words: the group's name, else the areas.
    private var areasText: String {
        groupName ?? areas.map(\.name).joined(separator: ", ")
    }

    func chartTitle(_ block: Block) -> String {
        let t = CijfersText.strings(language)
        return t(view == .index ? "export.evolutionIndexTitle" : "export.evolutionTitle", block.indicator.name,
                 "\(areasText), \(block.periods.first ?? "-")–\(block.periods.last ?? "-")")
    }

    func chartFileName(_ block: Block) -> DownloadFileName {
        DownloadFileName(subjects: [block.indicator.name], level: levelName,
                         within: groupName.map { [$0] } ?? areas.map(\.name),
                         periods: [block.periods.first, block.periods.last].compactMap { $0 }.uniqued(),
                         suffix: view == .index ? "evolutie-index" : "evolutie")
    }

    func chartLinks(_ block: Block, index: Int) -> ChartFileLinks {
        ChartFileLinks.of(.evolutie, index: index, indicator: block.indicator.code,
                          chartWords: CijfersText.strings(language)("export.evolutionWords", block.indicator.name),
                          title: chartTitle(block), fileName: chartFileName(block), query: chartQuery, siteBase: siteBase)
    }

    /// The chart of `code` as the page draws it, with the page's table of it; nil when the page shows no chart of it.
    func export(_ code: String) -> ChartExport? {
        guard let index = blocks.firstIndex(where: { $0.indicator.code == code }) else { return nil }
        let block = blocks[index]
        let t = CijfersText.strings(language)
        let format = ValueFormat(indicator: block.indicator, language: language)
        let table: Node<HTML.BodyContext> = .table(
            .attr("class", "data"), .caption(.text(tableCaption(block, t))),
            tableHead(block, t), tableBody(block, format: format, t))
        return ChartExport(
            title: chartTitle(block), pageURL: siteBase + CijfersPath.evolution.url(chartQuery),
            source: IndicatorMetadata.source(block.indicator, language).name, fileName: chartFileName(block),
            drawings: ChartMarkup.drawings(of: ChartPage.evolutie.chartID(index), in: page().document().render()),
            table: table, language: language)
    }
}
