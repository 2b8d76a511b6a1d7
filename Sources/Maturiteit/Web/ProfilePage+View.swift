import Platform
import Charts
import MaturiteitDomain
import Plot

extension ProfilePageModel {
    func page() -> Page {
        let campaign = visible.campaign
        let scale = visible.model.scale
        let chart = MaturityProfileChart(
            id: "profiel", title: "Profiel van \(organisation.shortName) tegenover de mediaan",
            description: "Per thema de score van \(organisation.shortName) (bolletje), de mediaan van alle organisaties (ruit)"
                + (group.map { " en de mediaan van de groep \($0.name) (driehoek)" } ?? "") + ". De tabel eronder geeft dezelfde cijfers.",
            rows: rows.map { .init(theme: $0.theme.name, score: $0.score?.value, median: $0.median, groupMedian: $0.groupMedian) },
            levels: scale.levels.map { ($0.value, $0.label) }, organisationLabel: organisation.shortName, groupLabel: group?.name)
        return Page(
            title: "\(organisation.shortName): \(campaign.campaign.name)",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          (organisation.shortName, nil)],
            description: "Maturiteitsprofiel van \(organisation.shortName), \(campaign.campaign.moment).",
            content: .group(
                .p(.text("Status van de zelfevaluatie: \(evaluation?.status.label ?? "nog niet begonnen").")),
                .if(!above.isEmpty, .p(.text("Minstens een niveau boven de mediaan: \(above.joined(separator: ", ")).") )),
                .if(!below.isEmpty, .p(.text("Minstens een niveau onder de mediaan: \(below.joined(separator: ", ")).") )),
                .getForm(action: MaturiteitPath.profile(campaign: campaign.code, organisation: organisation.code).path, .attr("class", "selectors"),
                      .selectField(id: "groep", label: "Vergelijk met groep", name: "groep",
                                   options: [("", "geen groep")] + groups.map { ($0.code, $0.name) }, selected: group?.code ?? ""),
                      .submitButton("Toon")),
                .figure(.raw(chart.render().markup)),
                .div(.attr("class", "table-scroll"), .table(
                    .attr("class", "data maturity"),
                    .caption(.text("Score van \(organisation.shortName) per thema, met de mediaan")),
                    .thead(.tr(.th(.text("Thema")), .th(.text("Score")), .th(.text("Niveau")), .th(.attr("class", "num"), .text("Mediaan")),
                               .th(.attr("class", "num"), .text("Verschil met de mediaan")),
                               .unwrap(group) { .th(.attr("class", "num"), .text("Mediaan \($0.name)")) },
                               .th(.text("Gevalideerd")))),
                    .tbody(.forEach(rows) { row in
                        .tr(.th(.attr("scope", "row"), .text(row.theme.name)),
                            ScoreCell.node(row.score, scale: scale),
                            .td(.text(ScoreCell.words(row.score, scale: scale))),
                            .td(.attr("class", "num"), .text(ScoreCell.figure(row.median, digits: 3))),
                            .td(.attr("class", "num"), .text(row.difference.map { ($0 > 0 ? "+" : "") + NumberWords.decimal($0, digits: 3) } ?? "–")),
                            .unwrap(group) { _ in .td(.attr("class", "num"), .text(ScoreCell.figure(row.groupMedian, digits: 3))) },
                            .td(.text(row.validated.map { NumberWords.decimal($0) + (row.answer?.validationNote.isEmpty == false ? " (\(row.answer!.validationNote))" : "") } ?? "–")))
                    })
                )),
                .h2(.text("Toelichting per thema")),
                .forEach(rows) { row in
                    .section(
                        .attr("class", "theme"),
                        .h3(.text(row.theme.name)),
                        .if(!row.theme.description.isEmpty, .p(.attr("class", "hint"), .text(row.theme.description))),
                        .unwrap(row.answer) { stored in
                            .dl(.attr("class", "facts"),
                                Self.fact("Onderbouwing", stored.answer.evidence),
                                .if(!stored.answer.links.isEmpty, .group(.dt(.text("Bronnen")), .dd(.ul(.forEach(stored.answer.links) { link in
                                    .li(.a(.attr("href", link), .attr("rel", "noopener noreferrer"), .text(link)))
                                })))),
                                Self.fact("Sterke punten", stored.answer.strengths),
                                Self.fact("Verbeterpunten", stored.answer.improvements),
                                Self.fact("Goede praktijken", stored.answer.practices))
                        }
                    )
                }
            ))
    }

    static func fact(_ label: String, _ text: String) -> Node<HTML.DescriptionListContext> {
        text.isEmpty ? .empty : .group(.dt(.text(label)), .dd(.text(text)))
    }
}
