import CijfersDomain
import Platform
import Plot

/// The bar chart per indicator of an own group on the table page as an SVG file, a PNG (site.js) and an embed code;
/// the address carries the page's own selection (indicators, level, parent, areas, group, periods).
extension TablePageModel {
    /// True when the page draws its bar charts: an own group of at most 80 areas.
    var drawsCharts: Bool { ownGroup && areas.count <= 80 }

    /// The page's selection, for the chart's file and its embedded page.
    var chartQuery: [(String, String?)] {
        [("indicators", indicators.map(\.code).joined(separator: ",")), ("level", level), ("parent", parent),
         ("areas", areas.map(\.code).joined(separator: ",")), ("group", groupName),
         ("periods", Set(columns.map(\.period)).sorted().joined(separator: ",")), ("lang", language == .en ? "en" : nil)]
    }

    /// The period of the indicator's bar chart: the last period shown for it.
    func chartPeriod(_ indicator: Indicator) -> String? {
        columns.last(where: { $0.indicator == indicator.code })?.period
    }

    private var groupText: String {
        groupName ?? CijfersText.strings(language)["table.ownGroup"]
    }

    func chartTitle(_ indicator: Indicator, period: String) -> String {
        CijfersText.strings(language)("export.tableTitle", indicator.name, period, groupText)
    }

    func chartFileName(_ indicator: Indicator, period: String) -> DownloadFileName {
        DownloadFileName(subjects: [indicator.name], level: levelName, within: groupName.map { [$0] } ?? areas.map(\.name),
                         periods: [period], suffix: "staaf")
    }

    func chartLinks(_ indicator: Indicator, index: Int, period: String) -> ChartFileLinks {
        ChartFileLinks.of(.tabel, index: index, indicator: indicator.code,
                          chartWords: CijfersText.strings(language)("export.tableWords", indicator.name),
                          title: chartTitle(indicator, period: period), fileName: chartFileName(indicator, period: period),
                          query: chartQuery, siteBase: siteBase)
    }

    /// The bar chart of `code` as the page draws it, with its figures; nil when the page draws none of it.
    func export(_ code: String) -> ChartExport? {
        guard drawsCharts, let index = indicators.firstIndex(where: { $0.code == code }),
              let period = chartPeriod(indicators[index]) else { return nil }
        let indicator = indicators[index]
        let t = CijfersText.strings(language)
        let column = Column(indicator: code, period: period)
        let format = ValueFormat(indicator: indicator, language: language)
        let table: Node<HTML.BodyContext> = .table(
            .attr("class", "data"),
            .caption(.text("\(indicator.name) (\(indicator.unit)), \(period) — \(groupText)")),
            .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])),
                       .th(.attr("scope", "col"), .attr("class", "num"), .text(t["common.value"])))),
            .tbody(.forEach(areas) { area in
                .tr(.th(.attr("scope", "row"), .text(area.name)), .td(.attr("class", "num"), .text(format.cell(value(area, column)))))
            }))
        return ChartExport(
            title: chartTitle(indicator, period: period), pageURL: siteBase + CijfersPath.table.url(chartQuery),
            source: IndicatorMetadata.source(indicator, language).name, fileName: chartFileName(indicator, period: period),
            drawings: ChartMarkup.drawings(of: ChartPage.tabel.chartID(index), in: page().document().render()),
            table: table, language: language)
    }
}
