import DienstenDomain
import Foundation
import Platform
import Plot
import Vapor

/// The measuring frame in plain language (GET /demad/schaal, anyone): the scale, the domains, the lasting rule,
/// the case weights, the benchmark's threshold and the retention period — from the data file, so the page always
/// says what the rules use.
struct DemadScaleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(DemadPath.Route.scale.pattern) { req in DemadScalePage(language: req.language).page().response(for: req) }
    }
}

struct DemadScalePage {
    let language: SiteLanguage

    func page() -> Page {
        let w = DemadWords(language)
        let t = w.t
        let s = w.scale
        let weight = s.caseWeight
        return Page(
            title: t["demad.scale.title"],
            breadcrumbs: w.breadcrumbs(t["demad.scale.title"]),
            content: .group(
                .p(.text(t("demad.scale.intro", String(s.version), s.validFrom))),
                DemadWords.table(id: "demad-scale", caption: t["demad.scale.levelsCaption"], head: [t["demad.col.score"], t["demad.col.level"], t["demad.col.meaning"]],
                                 rows: s.scale.map { [String($0.score), $0.label.text(w.code), $0.meaning.text(w.code)] }),
                .h2(.attr("id", "demad-domains"), .text(t["demad.scale.domainsTitle"])),
                .ul(.attr("class", "demad-domains"), .forEach(s.domains) { .li(.text($0.label.text(w.code)), .text(" "), .code(.text($0.code))) }),
                .h2(.attr("id", "demad-rules"), .text(t["demad.scale.rulesTitle"])),
                .ul(
                    .li(.text(t("demad.scale.lasting", String(s.lastingMonths)))),
                    .li(.text(t("demad.scale.weight", w.number(weight.base, decimals: 2), String(weight.lowScore), w.number(weight.perLowDomain, decimals: 2),
                                String(weight.urgentScore), w.number(weight.perUrgentDomain, decimals: 2), w.number(weight.languageSupport, decimals: 2),
                                w.number(weight.maximum, decimals: 2)))),
                    .li(.text(t("demad.scale.benchmark", String(s.benchmark.minimumCases)))),
                    .li(.text(t("demad.scale.retention", String(s.retentionYears)))),
                    .li(.text(t["demad.scale.pseudonym"]))
                ),
                .p(.attr("class", "hint"), .text(s.note))
            ),
            strings: SiteStrings(language))
    }
}
