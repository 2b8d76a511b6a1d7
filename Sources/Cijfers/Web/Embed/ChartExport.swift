import CijfersDomain
import Platform
import Plot

/// One chart of a page made ready to stand on its own: as an SVG file (`ChartPath.…SVG`) and as the page another site
/// frames (`ChartPath.…Embed`). Every page with charts builds these from its own model; the controller and the embed
/// page know nothing of where a chart came from.
struct ChartExport {
    /// Which chart, of what, for which areas and period.
    let title: String
    /// The page that shows the chart, as a full address (the link back, and the source line).
    let pageURL: String
    /// The indicator's source, in words ("-" when unknown).
    let source: String
    let fileName: DownloadFileName
    /// The chart's drawings exactly as the page shows them (wide and phone-sized, a map's legend).
    let drawings: [ChartMarkup.Drawing]
    /// The chart's figures, for the embedded page (behind a `<details>`); nil for a chart without figures (a locator).
    let table: Node<HTML.BodyContext>?
    let language: SiteLanguage

    /// The source line under the chart.
    var sourceLine: String { CijfersText.strings(language)("embed.source", source.isEmpty ? "-" : source, pageURL) }

    /// The standalone SVG file: the roomy drawing (and a map's legend); the phone-sized one is for narrow pages only.
    var svgDocument: String {
        ChartMarkup.document(title: title, source: sourceLine, drawings: drawings.filter { !$0.id.hasSuffix("-smal") })
    }
}

/// The links under one chart: its SVG file, the PNG link the script adds beside it (`data-png`), and the code to embed
/// it. The same on every page that draws charts.
struct ChartFileLinks {
    /// The links of the chart of one indicator on the benchmark, evolution or table page (the `index`th on the page),
    /// for the page's own query.
    static func of(_ page: ChartPage, index: Int, indicator code: String, chartWords: String, title: String,
                   fileName: DownloadFileName, query: [(String, String?)], siteBase: String) -> ChartFileLinks {
        ChartFileLinks(key: page.chartID(index), chartWords: chartWords, title: title, fileName: fileName,
                       svgURL: ChartPath.pageSVG(page, indicator: code).url(query),
                       embedURL: siteBase + ChartPath.pageEmbed(page, indicator: code).url(query))
    }

    /// Unique on the page: the embed field's id is `insluiten-` + key.
    let key: String
    /// The chart in words for the label of the embed field ("het staafdiagram").
    let chartWords: String
    let title: String
    let fileName: DownloadFileName
    let svgURL: String
    /// The full address of the embed page (with the site's address, so the code works on any site).
    let embedURL: String
    /// The frame's height in the embed code.
    var height = 560

    var embedCode: String {
        "<iframe src=\"\(embedURL)\" title=\"\(HTMLEscaping.escape(title))\" width=\"100%\" height=\"\(height)\" "
            + "style=\"border:0\" loading=\"lazy\"></iframe>"
    }

    /// The SVG link and the embed block, inline (`label`: the chart's name before them, e.g. "Staafdiagram").
    func nodes(_ t: Strings) -> Node<HTML.BodyContext> {
        .group(
            .a(.attr("href", svgURL), .attr("download", fileName.ascii(extension: "svg")), .attr("class", "chart-svg"),
               .attr("data-png", t["downloads.png"]), .attr("data-png-name", fileName.ascii(extension: "png")),
               .text(t["downloads.svg"])),
            .details(
                .summary(.text(t["downloads.embed"])),
                .element(named: "label", nodes: [.attr("for", "insluiten-\(key)"), .text(t("downloads.embedLabel", chartWords))]),
                .element(named: "textarea", nodes: [.attr("id", "insluiten-\(key)"), .attr("readonly", "readonly"),
                                                    .attr("rows", "3"), .attr("class", "embed-code"), .text(embedCode)]),
                .p(.attr("class", "note"), .text(t["downloads.embedHelp"]))
            )
        )
    }

    /// The links as a line under a chart on the benchmark, evolution, table, steekkaart and dashboard pages.
    func line(_ t: Strings) -> Node<HTML.BodyContext> {
        .div(.attr("class", "chart-files no-print"), .span(.text(t["export.chartFiles"] + " ")), nodes(t))
    }
}
