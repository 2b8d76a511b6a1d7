import Charts
import DienstenDomain
import Foundation
import Platform
import Plot

/// The benchmark between the participating cities: per domain and city the cases, mean change and share improved,
/// with suppressed cells marked; a chart of the mean change per city for one domain at a time.
struct DemadBenchmarkPage {
    let language: SiteLanguage
    let table: DemadBenchmark.Table
    /// City code → name.
    let names: [String: String]
    let ownCity: String?
    let domain: String

    func cellText(_ cell: DemadBenchmark.Cell?, _ w: DemadWords) -> (cases: String, mean: String, share: String) {
        switch cell {
        case .shown(let cases, let mean, let share)?: (String(cases), w.change(mean), w.percent(share))
        case .suppressed(let kind)?: ("x", "x", kind == .primary ? w.t["demad.benchmark.primary"] : w.t["demad.benchmark.secondary"])
        default: ("—", "—", "—")
        }
    }

    func page() -> Page {
        let w = DemadWords(language)
        let t = w.t
        let bars = table.cities.map { city -> BarChart.Bar in
            if case .shown(_, let mean, _)? = table.cells[city]?[domain] {
                return BarChart.Bar(label: names[city] ?? city, value: mean, highlighted: city == ownCity)
            }
            let suppressed = table.cells[city]?[domain]?.isSuppressed == true
            return BarChart.Bar(label: names[city] ?? city, value: nil, mark: suppressed ? "x" : "-", highlighted: city == ownCity)
        }
        var chart = BarChart(id: "demad-benchmark-chart", title: t("demad.benchmark.chartTitle", w.domain(domain)),
                             description: t["demad.benchmark.chartDescription"], bars: bars, unit: "", decimals: 2, sorted: false, width: 560)
        chart.words = SiteStrings(language).chartWords
        return Page(
            title: t["demad.benchmark.title"],
            breadcrumbs: w.breadcrumbs(t["demad.benchmark.title"]),
            content: .group(
                .p(.text(t["demad.benchmark.intro"])),
                .p(.attr("class", "hint"), .attr("id", "demad-suppression"), .text(t("demad.benchmark.suppression", String(table.minimumCases)))),
                table.cities.isEmpty ? .p(.text(t["demad.benchmark.nobody"])) : .group(
                    .element(named: "form", nodes: [.attr("method", "get"), .attr("action", DemadPath.benchmark.path), .attr("class", "form inline"),
                          .selectField(id: "domein", label: t["demad.col.domain"], name: "domein",
                                       options: w.scale.domains.map { (value: $0.code, label: $0.label.text(w.code)) }, selected: domain),
                          .element(named: "button", nodes: [.attr("type", "submit"), .text(t["demad.benchmark.show"])])]),
                    .div(.attr("class", "demad-pair"),
                         DemadWords.figure(.raw(chart.render().markup), label: t("demad.benchmark.chartTitle", w.domain(domain)), caption: t["demad.benchmark.chartCaption"]),
                         DemadWords.table(id: "demad-benchmark-domain", caption: t("demad.benchmark.domainCaption", w.domain(domain)),
                                          head: [t["demad.col.city"], t["demad.col.cases"], t["demad.col.meanChange"], t["demad.col.improvedShare"]],
                                          rows: table.cities.map { city in
                                              let c = cellText(table.cells[city]?[domain], w)
                                              return [names[city] ?? city, c.cases, c.mean, c.share]
                                          } + [{ let c = cellText(table.totals[domain], w); return [t["demad.benchmark.total"], c.cases, c.mean, c.share] }()])),
                    .h2(.attr("id", "demad-benchmark-all"), .text(t["demad.benchmark.allTitle"])),
                    DemadWords.table(id: "demad-benchmark-table", caption: t["demad.benchmark.allCaption"],
                                     head: [t["demad.col.domain"]] + table.cities.map { names[$0] ?? $0 } + [t["demad.benchmark.total"]],
                                     rows: table.domains.map { domain in
                                         [w.domain(domain)] + table.cities.map { city in
                                             let c = cellText(table.cells[city]?[domain], w)
                                             return c.cases == "x" ? "x" : c.cases == "—" ? "—" : "\(c.mean) (n=\(c.cases))"
                                         } + [{ let c = cellText(table.totals[domain], w); return c.cases == "x" ? "x" : c.cases == "—" ? "—" : "\(c.mean) (n=\(c.cases))" }()]
                                     })
                ),
                .p(.a(.attr("href", DemadAPIPath.benchmark.path), .text(t["demad.benchmark.api"])))
            ),
            strings: SiteStrings(language))
    }
}
