import DienstenDomain
import Foundation
import Platform
import Plot

extension CasePageModel {
    func page() -> Page {
        let words = ScreeningWords(language)
        let t = words.t
        let today = CalendarDay(now)
        let current = run.rules?.version ?? 0
        return Page(
            title: t("screening.case.title", stored.reference),
            breadcrumbs: [
                (t["home.title"], DienstenPath.home.path), (t["screening.crumb.rights"], RightsPath.home.path),
                (t["screening.cases.crumb"], ScreeningPath.cases.path), (stored.reference, nil),
            ],
            content: .group(
                .notice(notice),
                .dl(
                    .attr("class", "screening-facts"),
                    .dt(.text(t["screening.cases.saved"])), .dd(.text(words.date(CalendarDay(stored.createdAt)))),
                    .dt(.text(t["screening.case.deleteOn"])),
                    .dd(.text(t("screening.case.deleteOnValue", words.date(CalendarDay(stored.deleteAfter)), String(stored.daysLeft(now: now))))),
                    .dt(.text(t["screening.case.versionThen"])), .dd(.text(String(stored.ruleVersion))),
                    .dt(.text(t["screening.case.versionNow"])), .dd(.text(String(current)))),
                .h2(.text(t["screening.results.profile"])),
                ScreeningProfileView(profile: stored.profile, words: words, today: today).node,
                .if(rulesChanged, differences(words)),
                .h2(.text(rulesChanged ? t("screening.case.resultNow", String(current)) : t["screening.case.result"])),
                ScreeningResultsView(run: run, words: words, level: 3).node,
                .element(named: "details", nodes: [
                    .attr("class", "screening-again"),
                    .element(named: "summary", nodes: [.text(t["screening.results.change"])]),
                    ScreeningFormView(
                        form: ScreeningForm(profile: stored.profile), problems: [:], csrf: csrf, focus: nil, words: words,
                        submit: t["screening.results.again"]
                    ).node,
                ]),
                .h2(.text(t["screening.case.deleteTitle"])),
                .postForm(
                    action: ScreeningPath.deleteCase(stored.id).path, csrf: csrf,
                    .p(.text(t["screening.case.deleteIntro"])),
                    .labelledButton(t["screening.case.delete"], label: t("screening.case.deleteLabel", stored.reference)))),
            strings: SiteStrings(language))
    }

    func differences(_ words: ScreeningWords) -> Node<HTML.BodyContext> {
        let t = words.t
        let changed = changes
        return .section(
            .attr("class", "screening-changes"), .attr("aria-labelledby", "screening-changes-title"),
            .h2(.attr("id", "screening-changes-title"), .text(t["screening.case.changesTitle"])),
            .p(.text(t("screening.case.changesIntro", String(stored.ruleVersion), String(run.rules?.version ?? 0)))),
            changed.isEmpty
                ? .p(.text(t["screening.case.noChanges"]))
                : .div(
                    .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "screening-changes-caption"), .attr("tabindex", "0"),
                    .table(
                        .caption(.attr("id", "screening-changes-caption"), .text(t["screening.case.changesCaption"])),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t["screening.case.right"])),
                            .th(.attr("scope", "col"), .text(t("screening.case.thenVersion", String(stored.ruleVersion)))),
                            .th(.attr("scope", "col"), .text(t("screening.case.nowVersion", String(run.rules?.version ?? 0)))))),
                        .tbody(.forEach(changed) { change in
                            .tr(
                                .th(.attr("scope", "row"), .text(change.name)),
                                .td(.text(change.then.map(words.outcome) ?? t["screening.case.notScreened"])),
                                .td(.text(words.outcome(change.now))))
                        }))))
    }
}
