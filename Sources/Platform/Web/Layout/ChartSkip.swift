import Plot

extension Node where Context == HTML.BodyContext {
    /// The link before a page's charts that jumps to the table carrying the same figures (and the links to the areas):
    /// a keyboard user passes the map and charts in one step. Hidden until it has the focus.
    public static func skipCharts(to tableID: String, strings: SiteStrings) -> Node {
        .a(.attr("class", "skip-chart"), .attr("href", "#" + tableID), .text(strings.text["chart.skipToTable"]))
    }
}
