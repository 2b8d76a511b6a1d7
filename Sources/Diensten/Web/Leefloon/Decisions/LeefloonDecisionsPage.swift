import DienstenDomain
import Foundation
import Platform
import Plot

/// An organisation's decisions on leefloon advice, newest first.
struct LeefloonDecisionsPage {
    let decisions: [LeefloonDecision]
    let language: SiteLanguage

    static func euro(_ cents: Int, _ w: LeefloonWords) -> String { w.euro(Decimal(cents) / 100) }

    static func day(_ date: Date, _ language: SiteLanguage) -> String {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Brussels")!, from: date)
        let day = LeefloonDate(year: components.year ?? 2000, month: components.month ?? 1, day: components.day ?? 1)
        return day.map { LeefloonWords(language).date($0) } ?? ""
    }

    func page() -> Page {
        let w = LeefloonWords(language)
        let t = w.t
        return Page(
            title: t["leefloon.decisions.title"],
            breadcrumbs: [(DienstenText.strings(language)["home.title"], DienstenPath.home.path),
                          (t["leefloon.form.title"], LeefloonPath.advice.path), (t["leefloon.decisions.title"], nil)],
            content: .group(
                .p(.text(t["leefloon.decisions.intro"])),
                .p(.attr("class", "hint"), .text(t["leefloon.decide.retention"])),
                decisions.isEmpty ? .p(.text(t["leefloon.decisions.empty"])) : .div(
                    .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "decisions-caption"), .attr("tabindex", "0"),
                    .table(
                        .caption(.attr("id", "decisions-caption"), .text(t["leefloon.decisions.caption"])),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.reference"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.period"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.category"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.advised"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.decided"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.kind"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.worker"])),
                            .th(.attr("scope", "col"), .text(t["leefloon.decisions.date"]))
                        )),
                        .tbody(.forEach(decisions) { decision in
                            .tr(
                                .th(.attr("scope", "row"), .a(.attr("href", LeefloonPath.decision(decision.id).path), .text(decision.reference))),
                                .td(.text(decision.period)),
                                .td(.text(String(decision.category))),
                                .td(.attr("class", "number"), .text(Self.euro(decision.advisedCents, w))),
                                .td(.attr("class", "number"), .text(Self.euro(decision.decidedCents, w))),
                                .td(.text(t["leefloon.decision.\(decision.kind.rawValue)"])),
                                .td(.text(decision.workerName ?? "—")),
                                .td(.text(Self.day(decision.createdAt, language)))
                            )
                        })
                    )
                ),
                .p(.a(.attr("href", LeefloonPath.advice.path), .text(t["leefloon.advice.again"])))
            ),
            strings: SiteStrings(language))
    }
}

/// One decision with the advice it was taken on, and that advice's trail as it was then.
struct LeefloonDecisionPage {
    let decision: LeefloonDecision
    let saved: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = LeefloonWords(language)
        let t = w.t
        let title = t("leefloon.decision.title", decision.reference)
        return Page(
            title: title,
            breadcrumbs: [(DienstenText.strings(language)["home.title"], DienstenPath.home.path),
                          (t["leefloon.decisions.title"], LeefloonPath.decisions.path), (decision.reference, nil)],
            content: .group(
                .if(saved, .p(.attr("class", "notice"), .attr("role", "status"), .text(t["leefloon.decision.saved"]))),
                .element(named: "dl", nodes: [
                    .element(named: "dt", text: t["leefloon.decisions.period"]),
                    .element(named: "dd", text: decision.period),
                    .element(named: "dt", text: t["leefloon.decisions.kind"]),
                    .element(named: "dd", text: t["leefloon.decision.\(decision.kind.rawValue)"]),
                    .element(named: "dt", text: t["leefloon.decisions.advised"]),
                    .element(named: "dd", text: LeefloonDecisionsPage.euro(decision.advisedCents, w)),
                    .element(named: "dt", text: t["leefloon.decisions.decided"]),
                    .element(named: "dd", nodes: [.attr("id", "decided-amount"), .text(LeefloonDecisionsPage.euro(decision.decidedCents, w))]),
                    .element(named: "dt", text: t["leefloon.decision.reason"]),
                    .element(named: "dd", text: decision.reason ?? "—"),
                    .element(named: "dt", text: t["leefloon.decisions.worker"]),
                    .element(named: "dd", text: decision.workerName ?? "—"),
                    .element(named: "dt", text: t["leefloon.decision.parameters"]),
                    .element(named: "dd", text: LeefloonDate(decision.parametersFrom).map(w.date) ?? decision.parametersFrom),
                    .element(named: "dt", text: t["leefloon.decision.deleteAfter"]),
                    .element(named: "dd", text: LeefloonDecisionsPage.day(decision.deleteAfter, language)),
                ]),
                .unwrap(decision.advice) { advice in
                    .group(
                        .h2(.text(t["leefloon.trail.title"])),
                        LeefloonTrailTable.table(advice, words: w),
                        LeefloonTrailTable.checks(advice, words: w)
                    )
                },
                .p(.a(.attr("href", LeefloonPath.decisions.path), .text(t["leefloon.decisions.back"])))
            ),
            strings: SiteStrings(language))
    }
}
