import CijfersDomain
import Platform
import Plot

/// Each indicator's bar chart of the benchmark as an SVG file, a PNG (site.js) and an embed code; the address carries
/// the page's own selection, so the file is the chart shown.
extension BenchmarkPageModel {
    /// The page's selection, for the chart's file and its embedded page.
    var chartQuery: [(String, String?)] {
        [("indicators", columns.map(\.indicator.code).joined(separator: ",")), ("lang", language == .en ? "en" : nil)]
    }

    func chartTitle(_ column: Column) -> String {
        CijfersText.strings(language)("export.benchmarkTitle", column.indicator.name, column.period ?? "-")
    }

    func chartFileName(_ column: Column) -> DownloadFileName {
        DownloadFileName(subjects: [column.indicator.name], level: "gemeente", within: ["centrumsteden"],
                         periods: column.period.map { [$0] } ?? [], suffix: "benchmark")
    }

    func chartLinks(_ column: Column, index: Int) -> ChartFileLinks {
        ChartFileLinks.of(.benchmark, index: index, indicator: column.indicator.code,
                          chartWords: CijfersText.strings(language)("export.benchmarkWords", column.indicator.name),
                          title: chartTitle(column), fileName: chartFileName(column), query: chartQuery, siteBase: siteBase)
    }

    /// The chart of `code` as the page draws it; nil when the page shows no chart of it.
    func export(_ code: String) -> ChartExport? {
        guard let index = columns.firstIndex(where: { $0.indicator.code == code }) else { return nil }
        let column = columns[index]
        let t = CijfersText.strings(language)
        let format = ValueFormat(indicator: column.indicator, language: language)
        func row(_ name: String, _ value: PublishedValue?) -> Node<HTML.TableContext> {
            .tr(.th(.attr("scope", "row"), .text(name)), .td(.attr("class", "num"), .text(value.map(format.cell) ?? "-")))
        }
        let table: Node<HTML.BodyContext> = .table(
            .attr("class", "data"),
            .caption(.text("\(column.indicator.name) (\(column.indicator.unit)), \(column.period ?? "-")")),
            .thead(.tr(.th(.attr("scope", "col"), .text(t["common.city"])),
                       .th(.attr("scope", "col"), .attr("class", "num"), .text(t["common.value"])))),
            .tbody(.forEach(cities) { city in row(city.name, column.values[city.code]) },
                   row(t["honest.group.header"] + (column.groupStatistic.map { " (\($0))" } ?? ""), column.group),
                   row(t["common.flanders"], column.flanders)))
        return ChartExport(
            title: chartTitle(column), pageURL: siteBase + CijfersPath.benchmark.url(chartQuery),
            source: IndicatorMetadata.source(column.indicator, language).name, fileName: chartFileName(column),
            drawings: ChartMarkup.drawings(of: ChartPage.benchmark.chartID(index), in: page().document().render()),
            table: table, language: language)
    }
}
