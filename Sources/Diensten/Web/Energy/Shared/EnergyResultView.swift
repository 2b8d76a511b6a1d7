import Charts
import DienstenDomain
import Foundation
import Platform
import Plot

/// A year of sharing shown the same way for an explored and a stored building: the building's figures, the table
/// per apartment, and per month two charts (kWh taken and shared; self-sufficiency) with the table that holds their
/// figures. Each chart is one Tab stop.
struct EnergyResultView {
    let result: SharingYearResult
    /// The apartments' labels, in the order of the result's participants.
    let labels: [String]
    let tariffs: SharingTariffs
    let key: SharingKey
    let words: EnergyWords

    func node() -> Node<HTML.BodyContext> {
        .group(summary(), apartments(), months())
    }

    func summary() -> Node<HTML.BodyContext> {
        let w = words
        let t = w.t
        func row(_ label: String, _ value: String, id: String) -> [Node<HTML.BodyContext>] {
            [.element(named: "dt", text: label), .element(named: "dd", nodes: [.attr("id", id), .text(value)])]
        }
        let rows: [[Node<HTML.BodyContext>]] = [
            row(t["energy.result.key"], w.key(key), id: "energy-key"),
            row(t["energy.result.injection"], w.kWh(result.injection), id: "energy-injection"),
            row(t["energy.result.shared"], w.kWh(result.shared), id: "energy-shared"),
            row(t["energy.result.returned"], w.kWh(result.returned), id: "energy-returned"),
            row(t["energy.result.selfConsumption"], w.percent(result.selfConsumption), id: "energy-self-consumption"),
            row(t["energy.result.selfSufficiency"], w.percent(result.selfSufficiency), id: "energy-self-sufficiency"),
            row(t["energy.result.savings"], w.euro(result.savings), id: "energy-savings"),
            row(t["energy.result.revenue"], w.euro(result.injectionRevenue), id: "energy-revenue"),
            row(t["energy.result.benefit"], w.euro(result.yearlyBenefit), id: "energy-benefit"),
            row(t["energy.result.payback"], result.paybackYears.map(w.years) ?? t["energy.result.noPayback"], id: "energy-payback"),
        ]
        return .section(
            .attr("class", "energy-summary"), .attr("aria-labelledby", "energy-summary-title"),
            .h2(.attr("id", "energy-summary-title"), .text(t["energy.result.building"])),
            .element(named: "dl", nodes: [.attr("class", "energy-figures")] + rows.flatMap { $0 }),
            .p(.attr("class", "hint"), .text(t("energy.result.tariffs", w.tariff(tariffs.energyPrice), w.tariff(tariffs.networkCostsOnShared),
                                                 w.tariff(tariffs.injectionPrice), w.euro(tariffs.installationCost))))
        )
    }

    func apartments() -> Node<HTML.BodyContext> {
        let w = words
        let t = w.t
        return .section(
            .attr("aria-labelledby", "energy-apartments-title"),
            .h2(.attr("id", "energy-apartments-title"), .text(t["energy.result.perApartment"])),
            .div(
                .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "energy-apartments-caption"),
                .attr("tabindex", "0"),
                .table(
                    .attr("class", "data energy-apartments"),
                    .caption(.attr("id", "energy-apartments-caption"), .text(t["energy.result.apartmentsCaption"])),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["energy.col.apartment"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.offtake"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.shared"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.selfSufficiency"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.selfConsumption"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.savings"])))),
                    .tbody(.forEach(Array(result.participants.enumerated())) { index, participant in
                        .tr(
                            .th(.attr("scope", "row"), .text(labels.indices.contains(index) ? labels[index] : String(index + 1))),
                            .td(.attr("class", "num"), .text(w.kWh(participant.offtake))),
                            .td(.attr("class", "num"), .text(w.kWh(participant.shared))),
                            .td(.attr("class", "num"), .text(w.percent(participant.selfSufficiency))),
                            .td(.attr("class", "num"), .text(w.percent(participant.selfConsumption))),
                            .td(.attr("class", "num"), .text(w.euro(participant.savings))))
                    }),
                    .tfoot(.tr(
                        .th(.attr("scope", "row"), .text(t["energy.col.total"])),
                        .td(.attr("class", "num"), .text(w.kWh(result.participants.reduce(0) { $0 + $1.offtake }))),
                        .td(.attr("class", "num"), .text(w.kWh(result.shared))),
                        .td(.attr("class", "num"), .text(w.percent(result.selfSufficiency))),
                        .td(.attr("class", "num"), .text(w.percent(result.selfConsumption))),
                        .td(.attr("class", "num"), .text(w.euro(result.savings)))))
                )
            )
        )
    }

    func months() -> Node<HTML.BodyContext> {
        let w = words
        let t = w.t
        let periods = result.months.map(w.shortMonth)
        let kWhChart = LineChart(
            id: "energy-months-kwh", title: t["energy.chart.kWhTitle"], description: t["energy.chart.kWhDescription"], periods: periods,
            series: [
                LineChart.Series(name: t["energy.col.offtake"], points: zip(periods, result.months).map { ($0, $1.offtake) }),
                LineChart.Series(name: t["energy.col.shared"], points: zip(periods, result.months).map { ($0, $1.shared) }),
            ],
            unit: "kWh", decimals: 0, width: 720, height: 320)
        var sufficiencyChart = BarChart(
            id: "energy-months-sufficiency", title: t["energy.chart.sufficiencyTitle"], description: t["energy.chart.sufficiencyDescription"],
            bars: result.months.map { BarChart.Bar(label: w.month($0), value: $0.offtake > 0 ? $0.shared / $0.offtake * 100 : nil) },
            unit: "%", decimals: 1, sorted: false, width: 720)
        sufficiencyChart.words = SiteStrings(w.language).chartWords
        return .section(
            .attr("aria-labelledby", "energy-months-title"),
            .h2(.attr("id", "energy-months-title"), .text(t["energy.result.perMonth"])),
            .div(
                .attr("class", "energy-charts"),
                .figure(
                    .attr("class", "energy-chart"), .attr("tabindex", "0"), .attr("aria-label", t["energy.chart.kWhTitle"]),
                    .raw(kWhChart.render().markup),
                    .figcaption(.text(t["energy.chart.caption"]))),
                .figure(
                    .attr("class", "energy-chart"), .attr("tabindex", "0"), .attr("aria-label", t["energy.chart.sufficiencyTitle"]),
                    .raw(sufficiencyChart.render().markup),
                    .figcaption(.text(t["energy.chart.caption"])))
            ),
            .div(
                .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "energy-months-caption"), .attr("tabindex", "0"),
                .table(
                    .attr("class", "data energy-months"),
                    .caption(.attr("id", "energy-months-caption"), .text(t["energy.result.monthsCaption"])),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["energy.col.month"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.offtake"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.shared"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.fromGrid"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.selfSufficiency"])))),
                    .tbody(.forEach(result.months) { month in
                        .tr(
                            .th(.attr("scope", "row"), .text(w.month(month))),
                            .td(.attr("class", "num"), .text(w.kWh(month.offtake))),
                            .td(.attr("class", "num"), .text(w.kWh(month.shared))),
                            .td(.attr("class", "num"), .text(w.kWh(month.offtake - month.shared))),
                            .td(.attr("class", "num"), .text(month.offtake > 0 ? w.percent(month.shared / month.offtake) : "—")))
                    })
                )
            )
        )
    }
}
