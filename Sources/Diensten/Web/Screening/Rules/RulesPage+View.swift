import DienstenDomain
import Foundation
import Platform
import Plot

extension RulesPageModel {
    func page() -> Page {
        let words = ScreeningWords(language)
        let t = words.t
        return Page(
            title: t["screening.rules.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["screening.crumb.rights"], RightsPath.home.path), (t["screening.rules.crumb"], nil)],
            description: t["screening.rules.description"],
            content: .group(
                .notice(notice),
                .p(.text(t["screening.rules.intro"])),
                .if(isEditor, .p(.a(.attr("href", ScreeningPath.editRules.path), .text(t["screening.rules.edit"])))),
                .unwrap(shown, { version in self.version(version, words) }, else: .p(.text(t["screening.rules.none"]))),
                history(words)),
            strings: SiteStrings(language))
    }

    func version(_ version: StoredRuleVersion, _ words: ScreeningWords) -> Node<HTML.BodyContext> {
        let t = words.t
        return .group(
            .p(.attr("class", "screening-version"),
               .text(t(version.active ? "screening.rules.activeVersion" : "screening.rules.oldVersion", String(version.version),
                       words.date(version.rules.validFrom)))),
            .p(.text(version.note)),
            .forEach(version.rules.rules) { rule in
                .section(
                    .attr("class", "screening-rule"),
                    .h2(.text(rule.name.text(words.code))),
                    .p(.attr("class", "screening-key"), .text(t("screening.rules.key", rule.key))),
                    .ol(.forEach(rule.conditions) { condition in
                        .li(
                            .h3(.text(condition.label.text(words.code))),
                            .p(.text(condition.explanation.text(words.code))),
                            .p(.strong(.text(t["screening.rules.test"] + " ")), .text(words.test(condition.test))),
                            .p(.attr("class", "screening-source"), .strong(.text(t["screening.rules.source"] + " ")), .text(condition.source),
                               .if(condition.indicative, .span(.attr("class", "screening-indicative"), .text(" (\(t["screening.indicative"]))")))))
                    }))
            })
    }

    func history(_ words: ScreeningWords) -> Node<HTML.BodyContext> {
        let t = words.t
        return .if(!history.isEmpty, .section(
            .attr("aria-labelledby", "screening-history-title"),
            .h2(.attr("id", "screening-history-title"), .text(t["screening.rules.history"])),
            .div(
                .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "screening-history-title"), .attr("tabindex", "0"),
                .table(
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["screening.rules.version"])),
                        .th(.attr("scope", "col"), .text(t["screening.rules.date"])),
                        .th(.attr("scope", "col"), .text(t["screening.rules.author"])),
                        .th(.attr("scope", "col"), .text(t["screening.rules.note"])))),
                    .tbody(.forEach(history) { version in
                        .tr(
                            .td(.a(.attr("href", ScreeningPath.rules.url([("versie", String(version.version))])),
                                   .text(version.active ? t("screening.rules.versionActive", String(version.version)) : String(version.version)))),
                            .td(.text(words.date(CalendarDay(version.createdAt)))),
                            .td(.text(version.authorLabel)),
                            .td(.text(version.note)))
                    })))))
    }
}
