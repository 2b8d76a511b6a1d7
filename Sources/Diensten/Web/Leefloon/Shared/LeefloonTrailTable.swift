import DienstenDomain
import Foundation
import Platform
import Plot

/// The trail of an advice as a table (step, rule, parameter, value, date, source) and the checks the worker confirms.
enum LeefloonTrailTable {
    static func table(_ advice: LeefloonAdvice, words w: LeefloonWords) -> Node<HTML.BodyContext> {
        let t = w.t
        return .div(
            .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "trail-title"), .attr("tabindex", "0"),
            .table(
                .attr("class", "leefloon-trail"),
                .caption(.attr("id", "trail-title"), .text(t["leefloon.trail.caption"])),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["leefloon.trail.step"])),
                    .th(.attr("scope", "col"), .text(t["leefloon.trail.rule"])),
                    .th(.attr("scope", "col"), .text(t["leefloon.trail.parameter"])),
                    .th(.attr("scope", "col"), .text(t["leefloon.trail.result"])),
                    .th(.attr("scope", "col"), .text(t["leefloon.trail.date"])),
                    .th(.attr("scope", "col"), .text(t["leefloon.trail.source"]))
                )),
                .tbody(.forEach(Array(advice.trail.enumerated())) { index, step in
                    .tr(
                        .th(.attr("scope", "row"), .text("\(index + 1). \(w.explain(step))")),
                        .td(.text(step.rule)),
                        .td(.unwrap(step.parameter, { parameter in
                            .group(.code(.text(parameter)), .unwrap(step.parameterValue) { .text(" = \(parameterValue(parameter, $0, w))") })
                        }, else: .text("—"))),
                        .td(.attr("class", "number"), .text(result(step, w))),
                        .td(.text(step.from.map(w.date) ?? "—")),
                        .td(step.parameter == nil ? .text("—") : w.source(step.source))
                    )
                })
            )
        )
    }

    static func parameterValue(_ parameter: String, _ value: Decimal, _ w: LeefloonWords) -> String {
        parameter.hasSuffix("share") ? "\(LeefloonMoney.display(value, language: w.code)) %" : w.euro(value)
    }

    static func result(_ step: LeefloonTrailStep, _ w: LeefloonWords) -> String {
        step.step.hasPrefix("category") ? w.category(LeefloonCategory(rawValue: NSDecimalNumber(decimal: step.value).intValue) ?? .single)
            : w.t("leefloon.trail.perYear", w.euro(step.value))
    }

    static func checks(_ advice: LeefloonAdvice, words w: LeefloonWords) -> Node<HTML.BodyContext> {
        .section(
            .attr("class", "leefloon-checks"), .attr("aria-labelledby", "checks-title"),
            .h2(.attr("id", "checks-title"), .text(w.t["leefloon.checks.title"])),
            .p(.text(w.t["leefloon.checks.intro"])),
            .ul(.forEach(advice.checks) { check in
                .li(.text(w.t["leefloon.check.\(check.rawValue)"]), .text(" "),
                    .span(.attr("class", "hint"), .text("(\(check.rule))")))
            })
        )
    }
}
