import DienstenDomain
import Foundation
import Platform
import Plot

extension CasesPageModel {
    func page() -> Page {
        let words = ScreeningWords(language)
        let t = words.t
        return Page(
            title: t["screening.cases.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["screening.crumb.rights"], RightsPath.home.path), (t["screening.cases.crumb"], nil)],
            content: .group(
                .notice(notice),
                .p(.text(t("screening.cases.intro", organisation))),
                cases.isEmpty
                    ? .p(.text(t["screening.cases.none"]))
                    : .div(
                        .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "screening-cases-caption"), .attr("tabindex", "0"),
                        .table(
                            .caption(.attr("id", "screening-cases-caption"), .text(t["screening.cases.caption"])),
                            .thead(.tr(
                                .th(.attr("scope", "col"), .text(t["screening.cases.reference"])),
                                .th(.attr("scope", "col"), .text(t["screening.cases.saved"])),
                                .th(.attr("scope", "col"), .text(t["screening.cases.version"])),
                                .th(.attr("scope", "col"), .text(t["screening.cases.daysLeft"])))),
                            .tbody(.forEach(cases) { stored in
                                .tr(
                                    .td(.a(.attr("href", ScreeningPath.caseItem(stored.id).path), .text(stored.reference))),
                                    .td(.text(words.date(CalendarDay(stored.createdAt)))),
                                    .td(.text(String(stored.ruleVersion))),
                                    .td(.text(t("screening.cases.days", String(stored.daysLeft(now: now))))))
                            }))),
                .p(.a(.attr("href", ScreeningPath.screen.path), .text(t["screening.cases.new"])))),
            strings: SiteStrings(language))
    }
}
