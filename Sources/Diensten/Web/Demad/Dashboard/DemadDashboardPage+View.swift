import Charts
import DienstenDomain
import Foundation
import Platform
import Plot

extension DemadDashboardPage {
    func page() -> Page {
        let w = DemadWords(language)
        let t = w.t
        return Page(
            title: t["demad.dashboard.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["demad.title"], nil)],
            description: t["demad.description"],
            content: .group(
                .notice(notice),
                .p(.text(t("demad.dashboard.intro", organisationName))),
                nav(w),
                .p(.attr("class", "demad-totals"), .text(t("demad.dashboard.counts", String(cases), String(openCases)))),
                cases == 0 ? .p(.text(t["demad.dashboard.empty"])) : .group(outcomes(w), lastingSection(w), workload(w), trends(w)),
                participation(w)
            ),
            strings: SiteStrings(language))
    }

    func nav(_ w: DemadWords) -> Node<HTML.BodyContext> {
        .ul(.attr("class", "demad-links"),
            .li(.a(.attr("href", DemadPath.cases.path), .text(w.t["demad.cases.title"]))),
            .if(mayEdit, .li(.a(.attr("href", DemadPath.importFile.path), .text(w.t["demad.import.title"])))),
            .li(.a(.attr("href", DemadPath.benchmark.path), .text(w.t["demad.benchmark.title"]))),
            .li(.a(.attr("href", DemadPath.scale.path), .text(w.t["demad.scale.title"]))))
    }

    func outcomes(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let measured = summaries.filter { $0.cases > 0 }
        var chart = BarChart(
            id: "demad-outcome-chart", title: t["demad.outcome.chartTitle"], description: t["demad.outcome.chartDescription"],
            bars: measured.map { BarChart.Bar(label: w.domain($0.domain), value: $0.meanChange) }, unit: "", decimals: 2, sorted: false, width: 560)
        chart.words = SiteStrings(language).chartWords
        return .section(
            .h2(.attr("id", "demad-outcome"), .text(t["demad.outcome.title"])),
            .p(.text(t["demad.outcome.intro"])),
            .div(.attr("class", "demad-pair"),
                 DemadWords.figure(.raw(chart.render().markup), label: t["demad.outcome.chartTitle"], caption: t["demad.outcome.chartCaption"]),
                 DemadWords.table(
                    id: "demad-outcome-table", caption: t["demad.outcome.tableCaption"],
                    head: [t["demad.col.domain"], t["demad.col.cases"], t["demad.col.meanChange"], t["demad.col.improved"], t["demad.col.same"],
                           t["demad.col.worse"]],
                    rows: measured.map { s in
                        [w.domain(s.domain), String(s.cases), w.change(s.meanChange), String(s.improved), String(s.same), String(s.worse)]
                    }))
        )
    }

    func lastingSection(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let order: [DemadOutcome.Lasting] = [.lasting, .tooEarly, .fellBack, .noImprovement]
        let measured = summaries.filter { $0.improved > 0 }
        return .section(
            .h2(.attr("id", "demad-lasting"), .text(t["demad.lasting.title"])),
            .p(.text(t("demad.lasting.intro", String(w.scale.lastingMonths)))),
            DemadWords.table(id: "demad-lasting-cases", caption: t["demad.lasting.casesCaption"], head: [t["demad.col.status"], t["demad.col.cases"]],
                             rows: order.map { [t["demad.lasting.\($0.rawValue)"], String(lasting[$0] ?? 0)] }),
            DemadWords.table(id: "demad-lasting-domains", caption: t["demad.lasting.domainsCaption"],
                             head: [t["demad.col.domain"], t["demad.col.improved"], t["demad.lasting.lasting"], t["demad.lasting.tooEarly"],
                                    t["demad.lasting.fellBack"]],
                             rows: measured.map { [w.domain($0.domain), String($0.improved), String($0.lasting), String($0.tooEarly), String($0.fellBack)] }),
            .p(.text(goals.cases == 0 ? t["demad.goals.none"]
                     : t("demad.goals.summary", String(goals.cases), String(goals.reached), String(goals.set), String(goals.allReached))))
        )
    }

    func workload(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        var chart = BarChart(
            id: "demad-workload-chart", title: t["demad.workload.chartTitle"], description: t["demad.workload.chartDescription"],
            bars: workers.map { BarChart.Bar(label: $0.label + ($0.isSelf ? " (\(t["demad.worker.you"]))" : ""), value: $0.weight, highlighted: $0.isSelf) },
            unit: "", decimals: 2, reference: spread.map { (t["demad.workload.median"], $0.median) }, sorted: false, width: 560)
        chart.words = SiteStrings(language).chartWords
        return .section(
            .h2(.attr("id", "demad-workload"), .text(t["demad.workload.title"])),
            .p(.text(t["demad.workload.intro"])),
            .p(.attr("class", "hint"), .text(namesShown ? t["demad.workload.named"] : t["demad.workload.numbered"])),
            workers.isEmpty ? .p(.text(t["demad.workload.none"])) : .div(.attr("class", "demad-pair"),
                DemadWords.figure(.raw(chart.render().markup), label: t["demad.workload.chartTitle"], caption: t["demad.workload.chartCaption"]),
                DemadWords.table(id: "demad-workload-table", caption: t["demad.workload.tableCaption"],
                                 head: [t["demad.col.worker"], t["demad.col.openCases"], t["demad.col.weight"]],
                                 rows: workers.map { [$0.label + ($0.isSelf ? " (\(t["demad.worker.you"]))" : ""), String($0.cases), w.number($0.weight, decimals: 2)] })),
            .unwrap(spread) { s in
                .p(.attr("id", "demad-spread"), .text(t("demad.workload.spread", w.number(s.minimum, decimals: 2), w.number(s.median, decimals: 2),
                                                        w.number(s.maximum, decimals: 2), w.number(s.gini, decimals: 2))))
            },
            .if(unassigned > 0, .p(.text(t("demad.workload.unassigned", String(unassigned)))))
        )
    }

    func trends(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let quarters = outcomeTrend.map { $0.quarter.label(w.code) }
        let outcomeChart = LineChart(
            id: "demad-trend-chart", title: t["demad.trend.chartTitle"], description: t["demad.trend.chartDescription"], periods: quarters,
            series: [LineChart.Series(name: t["demad.col.meanChange"], points: outcomeTrend.map { ($0.quarter.label(w.code), $0.meanChange) })],
            unit: "", decimals: 2, width: 560, height: 260)
        let workloadQuarters = workloadTrend.map { $0.quarter.label(w.code) }
        let workloadChart = LineChart(
            id: "demad-load-chart", title: t["demad.trend.loadTitle"], description: t["demad.trend.loadDescription"], periods: workloadQuarters,
            series: [LineChart.Series(name: t["demad.trend.maximum"], points: workloadTrend.map { ($0.quarter.label(w.code), $0.spread?.maximum) }),
                     LineChart.Series(name: t["demad.trend.median"], points: workloadTrend.map { ($0.quarter.label(w.code), $0.spread?.median) })],
            unit: "", decimals: 2, width: 560, height: 260)
        return .section(
            .h2(.attr("id", "demad-trends"), .text(t["demad.trend.title"])),
            .p(.text(t["demad.trend.intro"])),
            outcomeTrend.isEmpty ? .p(.text(t["demad.trend.none"])) : .div(.attr("class", "demad-pair"),
                DemadWords.figure(.raw(outcomeChart.render().markup), label: t["demad.trend.chartTitle"], caption: t["demad.trend.chartCaption"]),
                DemadWords.table(id: "demad-trend-table", caption: t["demad.trend.tableCaption"],
                                 head: [t["demad.col.quarter"], t["demad.col.followUps"], t["demad.col.meanChange"], t["demad.col.improvedShare"]],
                                 rows: outcomeTrend.map { [$0.quarter.label(w.code), String($0.cases), w.change($0.meanChange), w.percent($0.improvedShare)] })),
            workloadTrend.isEmpty ? .empty : .div(.attr("class", "demad-pair"),
                DemadWords.figure(.raw(workloadChart.render().markup), label: t["demad.trend.loadTitle"], caption: t["demad.trend.loadCaption"]),
                DemadWords.table(id: "demad-load-table", caption: t["demad.trend.loadTableCaption"],
                                 head: [t["demad.col.quarter"], t["demad.col.openCases"], t["demad.col.totalWeight"], t["demad.trend.median"],
                                        t["demad.trend.maximum"], t["demad.col.gini"]],
                                 rows: workloadTrend.map { point in
                                     [point.quarter.label(w.code), String(point.openCases), w.number(point.totalWeight, decimals: 2),
                                      point.spread.map { w.number($0.median, decimals: 2) } ?? "—",
                                      point.spread.map { w.number($0.maximum, decimals: 2) } ?? "—",
                                      point.spread.map { w.number($0.gini, decimals: 2) } ?? "—"]
                                 }))
        )
    }

    func participation(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        return .section(
            .h2(.attr("id", "demad-participation"), .text(t["demad.participation.title"])),
            .p(.attr("id", "demad-participation-state"), .text(takesPart ? t["demad.participation.on"] : t["demad.participation.off"])),
            .if(mayChangeParticipation, .postForm(
                action: DemadPath.participation.path, csrf: csrf,
                .hidden(name: "deelname", value: takesPart ? "nee" : "ja"),
                .element(named: "button", nodes: [.attr("type", "submit"),
                                                  .text(takesPart ? t["demad.participation.stop"] : t["demad.participation.start"])])
            ))
        )
    }
}

/// The page for a visitor who is not signed in: what DEMaD is and where to sign in.
struct DemadIntroPage {
    let language: SiteLanguage

    func page() -> Page {
        let t = DemadWords(language).t
        return Page(
            title: t["demad.dashboard.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["demad.title"], nil)],
            description: t["demad.description"],
            content: .group(
                .p(.text(t["demad.intro.what"])),
                .p(.text(t["demad.intro.privacy"])),
                .p(.a(.attr("href", AccessPath.signIn.url([("terug", DemadPath.home.path)])), .text(t["demad.intro.signIn"]))),
                .p(.a(.attr("href", DemadPath.scale.path), .text(t["demad.scale.title"])))
            ),
            strings: SiteStrings(language))
    }
}
