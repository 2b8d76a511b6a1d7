import Foundation
import Platform
import PlannenDomain
import Plot

extension PlanComparisonModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        return Page(
            title: t["overview.cmp.title"],
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (t["overview.cmp.title"], nil)],
            description: t["overview.cmp.description"],
            content: .group(
                .overviewSaid(said),
                .p(.text(t["overview.cmp.intro"])),
                .if(notPublished > 0, .p(.attr("class", "hint"), .text(notPublished == 1 ? t["overview.cmp.notPublishedOne"]
                                                                    : t("overview.cmp.notPublishedMany", String(notPublished))))),
                .getForm(action: PlannenPath.comparison.path, .attr("class", "selectors no-print"),
                         .selectField(id: "jaar", label: t["overview.common.year"], name: "jaar",
                                      options: [("", t["overview.common.allYears"])] + years.map { (String($0), String($0)) },
                                      selected: year.map(String.init) ?? ""),
                         .submitButton(t["overview.common.show"])),
                .p(.attr("class", "downloads"), .text(t["overview.common.download"] + " "),
                   .a(.attr("href", PlannenPath.comparisonExport(file: .comparisonCSV).url(query(year: year))), .text("CSV")), .text(" · "),
                   .a(.attr("href", PlannenPath.comparisonExport(file: .comparisonJSON).url(query(year: year))), .text("JSON"))),
                comparison.cities.isEmpty ? .p(.text(t["overview.cmp.none"])) : .group(
                    citiesSection(t),
                    .forEach(domains) { domain in domainSection(domain, t) }
                ),
                .if(!populationNotes.isEmpty, .section(
                    .attr("aria-labelledby", "inwoners-kop"),
                    .h2(.attr("id", "inwoners-kop"), .text(t["overview.cmp.populationTitle"])),
                    .ul(.forEach(populationNotes) { .li(.text($0)) })
                )),
                .p(.attr("class", "hint"), .text(t["overview.cmp.rule"]))
            ),
            strings: SiteStrings(language))
    }

    /// The levels to show: the strategic level only when a city uses it.
    private var levels: [PlanLevel] {
        PlanLevel.allCases.filter { level in
            level != .strategischeDoelstelling || comparison.cities.contains { $0.domains.contains { ($0.itemsPerLevel[level] ?? 0) > 0 } }
        }
    }

    private var budgetLabel: String {
        let t = PlannenText.strings(language)
        return year.map { t("overview.dash.budgetYear", String($0)) } ?? t["overview.dash.budgetAll"]
    }

    private func citiesSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "steden-kop"),
            .h2(.attr("id", "steden-kop"), .text(t["overview.cmp.cities"])),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text(t("overview.cmp.citiesCaption", budgetLabel))),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["overview.cmp.city"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.cmp.population"])),
                           .forEach(levels) { level in
                               .th(.attr("scope", "col"), .attr("class", "num"), .text(OverviewWords.header(level, t)))
                           },
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.common.credit"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.cmp.spent"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.cmp.creditPerInhabitant"])))),
                .tbody(.forEach(comparison.cities) { city in
                    let krediet = city.domains.reduce(Decimal(0)) { $0 + $1.krediet }
                    let uitgaven = city.domains.reduce(Decimal(0)) { $0 + $1.uitgaven }
                    return .tr(
                        .th(.attr("scope", "row"), cityLink(city)),
                        .td(.attr("class", "num"), .text(populationText(city))),
                        .forEach(levels) { level in
                            .td(.attr("class", "num"), .text(String(city.domains.reduce(0) { $0 + ($1.itemsPerLevel[level] ?? 0) })))
                        },
                        .td(.attr("class", "num"), .text(PlannenText.euro(krediet, language))),
                        .td(.attr("class", "num"), .text(PlannenText.euro(uitgaven, language))),
                        .td(.attr("class", "num"), .text(perInhabitant(city.population.map { _ in krediet }, city.population))))
                })
            ))
        )
    }

    private func domainSection(_ domain: (code: String?, name: String), _ t: Strings) -> Node<HTML.BodyContext> {
        let id = "domein-\(domain.code ?? "geen")"
        let title = domain.code.map { "\($0) \(domain.name)" } ?? t["overview.cmp.noDomain"]
        return .section(
            .attr("class", "cmp-domain"), .attr("aria-labelledby", id),
            .h2(.attr("id", id), .text(title)),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text(t("overview.cmp.domainCaption", title, budgetLabel))),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["overview.cmp.city"])),
                           .forEach(levels) { level in
                               .th(.attr("scope", "col"), .attr("class", "num"), .text(OverviewWords.header(level, t)))
                           },
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.common.credit"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.cmp.spent"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.cmp.creditPerInhabitant"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.cmp.spentPerInhabitant"])),
                           .th(.attr("scope", "col"), .text(t["overview.cmp.statuses"])))),
                .tbody(.forEach(comparison.cities) { city in
                    let figures = city.domains.first { $0.domein == domain.code }
                    return .tr(
                        .th(.attr("scope", "row"), cityLink(city)),
                        .forEach(levels) { level in
                            .td(.attr("class", "num"), .text(String(figures?.itemsPerLevel[level] ?? 0)))
                        },
                        .td(.attr("class", "num"), .text(PlannenText.euro(figures?.krediet ?? 0, language))),
                        .td(.attr("class", "num"), .text(PlannenText.euro(figures?.uitgaven ?? 0, language))),
                        .td(.attr("class", "num"), .text(perInhabitant(figures?.kredietPerInhabitant, city.population))),
                        .td(.attr("class", "num"), .text(perInhabitant(figures?.uitgavenPerInhabitant, city.population))),
                        .td(.text(StatusCounts(counts: figures?.statusCounts ?? [:]).words(language))))
                })
            ))
        )
    }

    private func cityLink(_ city: CityComparison.City) -> Node<HTML.BodyContext> {
        guard let source = sources[city.organisation] else { return .text(city.organisation) }
        return .a(.attr("href", PlannenPath.publicView(PlanRef(source.plan)).path), .text(source.label))
    }

    private func populationText(_ city: CityComparison.City) -> String {
        guard let population = city.population else { return "–" }
        let text = OverviewNumbers.count(population, language)
        return sources[city.organisation]?.populationYear.map { "\(text) (\($0))" } ?? text
    }

    /// Euro per inhabitant with cents; "–" without a population (the note under the page says why).
    private func perInhabitant(_ value: Decimal?, _ population: Int?) -> String {
        guard population != nil, let value else { return "–" }
        let amount = OverviewNumbers.double(value)
        return "€ " + PlannenText.number(amount, digits: 2, language)
    }
}
