import Charts
import MaturiteitDomain
import Platform
import Plot

extension ProfilePageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        let campaign = visible.campaign
        let scale = visible.model.scale
        var chart = MaturityProfileChart(
            id: "profiel", title: t("profile.chartTitle", organisation.shortName),
            description: group.map { t("profile.chartDescriptionGroup", organisation.shortName, $0.name) }
                ?? t("profile.chartDescription", organisation.shortName),
            rows: rows.map { .init(theme: $0.theme.name, score: $0.score?.value, median: $0.median, groupMedian: $0.groupMedian) },
            levels: scale.levels.map { ($0.value, $0.label) }, organisationLabel: organisation.shortName, groupLabel: group?.name)
        chart.words = SiteStrings(language).chartWords
        chart.focusable = true
        return Page(
            title: "\(organisation.shortName): \(campaign.campaign.name)",
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          (organisation.shortName, nil)],
            description: t("profile.description", organisation.shortName, campaign.campaign.moment),
            content: .group(
                .p(.text(t("profile.status", evaluation.map { MaturiteitText.label($0.status, t) } ?? t["common.notStarted"]))),
                .if(!above.isEmpty, .p(.text(t("profile.above", above.joined(separator: ", "))))),
                .if(!below.isEmpty, .p(.text(t("profile.below", below.joined(separator: ", "))))),
                .getForm(action: MaturiteitPath.profile(campaign: campaign.code, organisation: organisation.code).path, .attr("class", "selectors"),
                      .selectField(id: "groep", label: t["common.compareWithGroup"], name: "groep",
                                   options: [("", t["common.noGroup"])] + groups.map { ($0.code, $0.name) }, selected: group?.code ?? ""),
                      .submitButton(t["common.show"])),
                .figure(.raw(chart.renderSized().markup)),
                .div(.attr("class", "table-scroll"), .table(
                    .attr("class", "data maturity"),
                    .caption(.text(t("profile.tableCaption", organisation.shortName))),
                    .thead(.tr(.th(.text(t["common.theme"])), .th(.text(t["common.score"])), .th(.text(t["common.level"])),
                               .th(.attr("class", "num"), .text(t["common.median"])),
                               .th(.attr("class", "num"), .text(t["profile.difference"])),
                               .unwrap(group) { .th(.attr("class", "num"), .text(t("common.medianOf", $0.name))) },
                               .th(.text(t["profile.validated"])))),
                    .tbody(.forEach(rows) { row in
                        .tr(.th(.attr("scope", "row"), .text(row.theme.name)),
                            ScoreCell.node(row.score, scale: scale, t),
                            .td(.text(ScoreCell.words(row.score, scale: scale, t))),
                            .td(.attr("class", "num"), .text(ScoreCell.figure(row.median, digits: 3, language))),
                            .td(.attr("class", "num"), .text(row.difference.map { ($0 > 0 ? "+" : "") + MaturiteitText.decimal($0, digits: 3, language) } ?? "–")),
                            .unwrap(group) { _ in .td(.attr("class", "num"), .text(ScoreCell.figure(row.groupMedian, digits: 3, language))) },
                            .td(.text(row.validated.map { MaturiteitText.decimal($0, language) + (row.answer?.validationNote.isEmpty == false ? " (\(row.answer!.validationNote))" : "") } ?? "–")))
                    })
                )),
                .h2(.text(t["profile.explanation"])),
                .forEach(rows) { row in
                    .section(
                        .attr("class", "theme"),
                        .h3(.text(row.theme.name)),
                        .if(!row.theme.description.isEmpty, .p(.attr("class", "hint"), .text(row.theme.description))),
                        .unwrap(row.answer) { stored in
                            .dl(.attr("class", "facts"),
                                Self.fact(t["common.evidence"], stored.answer.evidence),
                                .if(!stored.answer.links.isEmpty, .group(.dt(.text(t["profile.sources"])), .dd(.ul(.forEach(stored.answer.links) { link in
                                    .li(.a(.attr("href", link), .attr("rel", "noopener noreferrer"), .text(link)))
                                })))),
                                Self.fact(t["common.strengths"], stored.answer.strengths),
                                Self.fact(t["common.improvements"], stored.answer.improvements),
                                Self.fact(t["common.practices"], stored.answer.practices))
                        }
                    )
                }
            ),
            strings: SiteStrings(language))
    }

    static func fact(_ label: String, _ text: String) -> Node<HTML.DescriptionListContext> {
        text.isEmpty ? .empty : .group(.dt(.text(label)), .dd(.text(text)))
    }
}
