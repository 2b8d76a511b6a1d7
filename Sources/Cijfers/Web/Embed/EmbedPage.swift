import Platform
import Plot

/// The page another site frames: the chart as its page draws it, its figures in a table behind a `<details>`, the
/// source, and a link back to the full page. No site menu, no forms, no script.
struct EmbedPage {
    let chart: ChartExport

    func document() -> HTML {
        let t = CijfersText.strings(chart.language)
        return HTML(
            .lang(SiteStrings(chart.language).language),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attr("name", "viewport"), .attr("content", "width=device-width, initial-scale=1")),
                .element(named: "title", text: t("embed.frameTitle", chart.title)),
                .link(.rel(.stylesheet), .attr("href", SitePath.asset(name: "site.css").path))
            ),
            .body(
                .attr("class", "embed"),
                .main(
                    .h1(.text(chart.title)),
                    .figure(.attr("class", "embed-chart"), .raw(chartMarkup)),
                    .unwrap(chart.table) { table in
                        .element(named: "details", nodes: [.element(named: "summary", text: t["embed.table"]), table])
                    },
                    .p(.attr("class", "note"), .text(chart.sourceLine)),
                    .p(.a(.attr("href", chart.pageURL), .attr("target", "_top"), .text(t["embed.more"])))
                )
            )
        )
    }

    /// The chart's own markup (from the chart module, escaped there): both drawings in the frame the stylesheet
    /// chooses between when the chart has a phone-sized one, else the drawing and its legend.
    private var chartMarkup: String {
        let wide = chart.drawings.filter { !$0.id.hasSuffix("-smal") }.map(\.markup).joined()
        // A map is one drawing with its names twice: the frame's width chooses the set (site.css, container query).
        guard let narrow = chart.drawings.first(where: { $0.id.hasSuffix("-smal") }) else { return "<div class=\"chart-sizes\">\(wide)</div>" }
        return "<div class=\"chart-sizes\"><div class=\"chart-wide\">\(wide)</div><div class=\"chart-narrow\">\(narrow.markup)</div></div>"
    }
}
