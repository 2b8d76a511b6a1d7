import Platform
import PlannenDomain
import Plot

extension ItemPageModel {
    func indicatorsSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "indicatoren"),
            .h2(.attr("id", "indicatoren"), .text(t["tree.item.indicatorsTitle"])),
            .if(indicators.isEmpty, .p(.text(t["tree.item.noIndicators"]))),
            .forEach(indicators.enumerated()) { index, indicator in indicatorBlock(indicator, index: index, t) }
        )
    }

    private func indicatorBlock(_ indicator: Indicator, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        let stored = indicator.stored
        let unit = stored.unit.isEmpty ? "" : " " + stored.unit
        let values = Array(stored.observations.values) + [stored.baseline?.value, stored.target?.value].compactMap { $0 }
        let decimals = PlanPageText.decimals(values)
        func value(_ yearValue: YearValue?) -> String {
            guard let yearValue else { return t["tree.item.unknown"] }
            return t("tree.indicator.yearValue", PlanPageText.grouped(yearValue.value, decimals: decimals, language) + unit, String(yearValue.year))
        }
        let editable = mayManage && !(stored.milestones != nil)
        return .div(
            .attr("class", "plan-indicator"), .attr("id", "indicator-\(index + 1)"),
            .h3(.text("\(stored.name) (\(stored.code))")),
            .dl(
                .attr("class", "facts"),
                .dt(.text(t["tree.indicator.source"])), .dd(.text(sourceText(indicator, t))),
                .if(stored.milestones == nil, .group(
                    .dt(.text(t["tree.indicator.baseline"])), .dd(.text(value(stored.baseline))),
                    .dt(.text(t["tree.indicator.target"])), .dd(.text(value(stored.target))),
                    .dt(.text(t["tree.indicator.latest"])), .dd(.text(value(indicator.assessment?.latest ?? stored.planIndicator?.latest))),
                    .dt(.text(t["tree.indicator.direction"])),
                    .dd(.text(stored.direction == .higherIsBetter ? t["tree.indicator.higher"] : t["tree.indicator.lower"]))
                ))
            ),
            .if(indicator.isCijfers && (indicator.cijfers?.values.isEmpty ?? true), .p(.attr("class", "notice"), .text(cijfersMissing(stored, t)))),
            .unwrap(indicator.assessment) { assessment in
                .p(.attr("class", "plan-verdict"),
                   .strong(.text(t["tree.indicator.verdict"] + " " + PlannenText.text(assessment.verdict.label, language) + ". ")),
                   .text(PlannenText.text(assessment.explanation, language)))
            },
            .unwrap(stored.milestones) { milestoneList($0, t) },
            .if(stored.milestones == nil, IndicatorChart(indicator: stored, index: index, decimals: decimals, language: language).figure(t)),
            .if(editable, .p(.a(.attr("href", PlannenPath.item(ref, item: item.code).url([("indicator", stored.code)]) + "#indicator-form"),
                                .text(t("tree.indicator.edit", stored.code)))))
        )
    }

    private func sourceText(_ indicator: Indicator, _ t: Strings) -> String {
        switch indicator.stored.source {
        case .own: return t["tree.indicator.own"]
        case .milestones: return t["tree.indicator.milestones"]
        case .cijfers(let code, let level, let area):
            if let series = indicator.cijfers {
                return t("tree.indicator.cijfers", "\(series.name) (\(code))", series.areaName, level)
            }
            return t("tree.indicator.cijfers", code, area, level)
        }
    }

    private func cijfersMissing(_ stored: StoredIndicator, _ t: Strings) -> String {
        guard case .cijfers(let code, let level, let area) = stored.source else { return "" }
        return t("tree.indicator.cijfersMissing", code, area, level)
    }

    private func milestoneList(_ series: MilestoneSeries, _ t: Strings) -> Node<HTML.BodyContext> {
        let done = series.milestones.filter(\.isDone).count
        let overdue = Set(series.overdue(asOf: today).map(\.title))
        return .group(
            .p(.text(t("tree.indicator.milestonesDone", String(done), String(series.milestones.count)))),
            .ul(
                .attr("class", "plan-checklist"),
                .forEach(series.milestones) { milestone in
                    .li(
                        .attr("class", milestone.isDone ? "done" : (overdue.contains(milestone.title) ? "overdue" : "open")),
                        .span(.attr("class", "mark"), .attr("aria-hidden", "true"), .text(milestone.isDone ? "✓" : (overdue.contains(milestone.title) ? "!" : "○"))),
                        .text(" " + milestone.title + " — "),
                        .text(milestone.doneOn.map { t("tree.indicator.doneOn", PlanPageText.day($0, language), PlanPageText.day(milestone.due, language)) }
                            ?? (overdue.contains(milestone.title)
                                ? t("tree.indicator.overdue", PlanPageText.day(milestone.due, language))
                                : t("tree.indicator.due", PlanPageText.day(milestone.due, language))))
                    )
                }
            )
        )
    }
}
