import Charts
import Platform
import PlannenDomain
import Plot

/// An indicator's measured values against the path to its target: the straight line from the baseline to the target
/// year (the pace the assessment compares with), as a line chart with the same numbers in a table beside it. The
/// figure is one Tab stop with a name that says what it shows.
struct IndicatorChart {
    let indicator: StoredIndicator
    let index: Int
    let decimals: Int
    let language: SiteLanguage

    /// Measured values: the baseline and the observations, by year.
    var measured: [Int: Double] {
        var values = indicator.observations.filter { $0.value.isFinite }
        if let baseline = indicator.baseline, values[baseline.year] == nil { values[baseline.year] = baseline.value }
        return values
    }

    /// The path from the baseline to the target, one value per year (a line with gaps would break).
    var path: [Int: Double] {
        guard let target = indicator.target else { return [:] }
        guard let baseline = indicator.baseline, target.year > baseline.year else { return [target.year: target.value] }
        var values: [Int: Double] = [:]
        for year in baseline.year...target.year {
            values[year] = baseline.value + (target.value - baseline.value) * Double(year - baseline.year) / Double(target.year - baseline.year)
        }
        return values
    }

    var years: [Int] {
        let known = Set(measured.keys).union(path.keys)
        guard let first = known.min(), let last = known.max(), last - first <= 60 else { return known.sorted() }
        return Array(first...last)
    }

    func figure(_ t: Strings) -> Node<HTML.BodyContext> {
        let measured = self.measured, path = self.path, years = self.years
        guard !measured.isEmpty || !path.isEmpty else { return .p(.text(t["tree.indicator.noValues"])) }
        let measuredName = t["tree.indicator.measured"], pathName = t["tree.indicator.path"]
        let chart = LineChart(
            id: "indicator-chart-\(index + 1)", title: t("tree.indicator.chartTitle", indicator.name),
            description: t("tree.indicator.chartDescription", indicator.name),
            periods: years.map(String.init),
            series: [
                LineChart.Series(name: measuredName, points: years.map { (String($0), measured[$0]) }),
                LineChart.Series(name: pathName, points: years.map { (String($0), path[$0]) }),
            ],
            unit: indicator.unit, decimals: decimals, width: 560, height: 280)
        func number(_ value: Double?) -> String {
            value.map { PlanPageText.grouped($0, decimals: decimals, language) } ?? "–"
        }
        return .div(
            .attr("class", "figures plan-indicator-figures"),
            .figure(
                .attr("class", "plan-chart"), .attr("tabindex", "0"),
                .attr("aria-label", t("tree.indicator.chartLabel", indicator.name)),
                .raw(chart.render().markup),
                .figcaption(.text(t["tree.indicator.chartCaption"]))
            ),
            .div(
                .attr("class", "table-scroll"),
                .table(
                    .attr("class", "data"),
                    .caption(.text(t("tree.indicator.tableCaption", indicator.name) + (indicator.unit.isEmpty ? "" : " (\(indicator.unit))"))),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["tree.indicator.year"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(measuredName)),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(pathName))
                    )),
                    .tbody(.forEach(years.filter { measured[$0] != nil || path[$0] != nil }) { year in
                        .tr(.th(.attr("scope", "row"), .text(String(year))),
                            .td(.attr("class", "num"), .text(number(measured[year]))),
                            .td(.attr("class", "num"), .text(number(path[year]))))
                    })
                )
            )
        )
    }
}
