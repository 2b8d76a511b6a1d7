import Charts
import DienstenDomain
import Foundation
import Platform
import Plot
import Vapor

/// The leefloon amounts over time, with the source of each entry (primary or secondary) and the exemptions.
struct LeefloonAmountsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(LeefloonPath.Route.amounts.pattern) { req in
            LeefloonAmountsPage(parameters: try LeefloonData.current(), language: req.language).page().response(for: req)
        }
    }
}

struct LeefloonAmountsPage {
    let parameters: LeefloonParameters
    let language: SiteLanguage

    func page() -> Page {
        let w = LeefloonWords(language)
        let t = w.t
        let entries = parameters.amounts.entries.reversed()
        return Page(
            title: t["leefloon.amounts.title"],
            breadcrumbs: [(DienstenText.strings(language)["home.title"], DienstenPath.home.path), (t["leefloon.amounts.title"], nil)],
            description: t["leefloon.amounts.description"],
            content: .group(
                .p(.text(t["leefloon.amounts.intro"])),
                .p(.text(t["leefloon.amounts.sources"])),
                chartFigure(w),
                .div(
                    .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "amounts-caption"), .attr("tabindex", "0"),
                    .table(
                        .attr("class", "leefloon-amounts"),
                        .caption(.attr("id", "amounts-caption"), .text(t["leefloon.amounts.caption"])),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t["leefloon.amounts.from"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.category.1"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.category.2"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.category.3"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.amounts.source"]))
                        )),
                        .tbody(.forEach(Array(entries)) { entry in
                            .tr(
                                .th(.attr("scope", "row"), .text(w.date(entry.from))),
                                .forEach(LeefloonCategory.allCases) { category in
                                    .td(.attr("class", "number"), .text(amount(entry, category, w)))
                                },
                                .td(w.source(entry.source), .unwrap(entry.note) { .p(.attr("class", "hint"), .text($0)) })
                            )
                        })
                    )
                ),
                exemption(parameters.studentExemption, title: t["leefloon.amounts.student"], keys: ["withoutScholarship.monthly", "withScholarship.monthly"], w),
                exemption(parameters.socioProfessionalExemption, title: t["leefloon.amounts.spi"], keys: ["monthly"], w),
                exemption(parameters.generalExemption, title: t["leefloon.amounts.general"], keys: ["cat1.yearly", "cat2.yearly", "cat3.yearly"], w),
                .p(.a(.attr("href", LeefloonAPIPath.amounts.url([("date", LeefloonFormPage.today())])), .text(t["leefloon.amounts.api"])))
            ),
            strings: SiteStrings(language))
    }

    /// The monthly amounts per category over the dates they changed: a line per category, broken where the amount
    /// is not known. The table below holds the same figures; the figure is one Tab stop.
    func chartFigure(_ w: LeefloonWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let entries = parameters.amounts.entries
        let periods = entries.map { $0.from.monthText }
        let series = LeefloonCategory.allCases.map { category in
            LineChart.Series(name: t["leefloon.category.\(category.rawValue)"], points: entries.map { entry in
                (entry.from.monthText, entry.values["cat\(category.rawValue).monthly"].map { NSDecimalNumber(decimal: $0).doubleValue })
            })
        }
        let chart = LineChart(id: "leefloon-amounts-chart", title: t["leefloon.amounts.chartTitle"], description: t["leefloon.amounts.chartDescription"],
                              periods: periods, series: series, unit: "€", decimals: 2, width: 720, height: 340)
        return .figure(
            .attr("class", "plan-chart leefloon-chart"), .attr("tabindex", "0"), .attr("aria-label", t["leefloon.amounts.chartTitle"]),
            .raw(chart.render().markup),
            .figcaption(.text(t["leefloon.amounts.chartCaption"]))
        )
    }

    func amount(_ entry: LeefloonParameterEntry, _ category: LeefloonCategory, _ w: LeefloonWords) -> String {
        guard let monthly = entry.values["cat\(category.rawValue).monthly"] else { return w.t["leefloon.amounts.unknown"] }
        let yearly = entry.values["cat\(category.rawValue).yearly"]
        return yearly.map { w.t("leefloon.amounts.cell", w.euro(monthly), w.euro($0)) } ?? w.euro(monthly)
    }

    func exemption(_ parameter: LeefloonParameter, title: String, keys: [String], _ w: LeefloonWords) -> Node<HTML.BodyContext> {
        let id = "exemption-\(parameter.name)"
        return .section(
            .h2(.attr("id", id), .text(title)),
            .p(.attr("class", "hint"), .text(parameter.rule)),
            .div(
                .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", id), .attr("tabindex", "0"),
                .table(
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(w.t["leefloon.amounts.from"])),
                        .forEach(keys) { key in .th(.attr("scope", "col"), .text(w.t["leefloon.value.\(key)"])) },
                        .th(.attr("scope", "col"), .text(w.t["leefloon.amounts.source"]))
                    )),
                    .tbody(.forEach(Array(parameter.entries.reversed())) { entry in
                        .tr(
                            .th(.attr("scope", "row"), .text(w.date(entry.from))),
                            .forEach(keys) { key in
                                .td(.attr("class", "number"), .text(entry.values[key].map(w.euro) ?? w.t["leefloon.amounts.unknown"]))
                            },
                            .td(w.source(entry.source), .unwrap(entry.note) { .p(.attr("class", "hint"), .text($0)) })
                        )
                    })
                )
            )
        )
    }
}
