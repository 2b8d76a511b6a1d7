import Platform
import MaturiteitDomain
import Plot

extension MaturityEvolutionPageModel {
    func page() -> Page {
        let campaign = visible.campaign
        return Page(
            title: "Evolutie: \(campaign.campaign.name)",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          ("Evolutie", nil)],
            content: .group(
                .getForm(action: MaturiteitPath.evolution(campaign: campaign.code).path, .attr("class", "selectors"),
                      .selectField(id: "met", label: "Vergelijk met", name: "met",
                                   options: others.map { ($0.code, "\($0.campaign.name) (\($0.campaign.moment))") },
                                   selected: other?.campaign.code),
                      .submitButton("Vergelijk")),
                .unwrap(comparison, { comparison in content(comparison) }, else: .p(.text("Er is geen andere meting om mee te vergelijken.")))
            ))
    }

    private func content(_ comparison: CampaignComparison) -> Node<HTML.BodyContext> {
        let scale = comparison.later.model.scale
        return .group(
            .p(.text("Van \(label(from)) naar \(label(to)). Thema's worden vergeleken op hun code"
                + (comparison.onlyEarlier.isEmpty && comparison.onlyLater.isEmpty ? "." : "; niet in beide: \((comparison.onlyEarlier + comparison.onlyLater).joined(separator: ", ")).")))
            ,
            .table(
                .attr("class", "data"),
                .caption(.text("Mediaan per thema in beide metingen")),
                .thead(.tr(.th(.text("Thema")), .th(.attr("class", "num"), .text(label(from))), .th(.attr("class", "num"), .text(label(to))), .th(.attr("class", "num"), .text("Verschil")))),
                .tbody(.forEach(comparison.themes) { theme in
                    let medians = comparison.medians(theme.code)
                    return .tr(.th(.attr("scope", "row"), .text(theme.name)),
                               .td(.attr("class", "num"), .text(ScoreCell.figure(medians.before, digits: 3))),
                               .td(.attr("class", "num"), .text(ScoreCell.figure(medians.after, digits: 3))),
                               .td(.attr("class", "num"), .text(Self.difference(medians.before, medians.after))))
                })
            ),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data maturity"),
                .caption(.text("Score per organisatie: eerder → later")),
                .thead(.tr(.th(.text("Organisatie")), .forEach(comparison.themes) { .th(.text($0.name)) })),
                .tbody(.forEach(organisations(comparison)) { organisation in
                    .tr(.th(.attr("scope", "row"), .text(name(organisation))),
                        .forEach(comparison.themes) { theme in
                            let change = comparison.change(organisation, theme.code)
                            return .td(
                                .attr("class", ScoreCell.cssClass(change?.after.map(ThemeScore.scored))),
                                .span(.attr("class", "badge"), .text("\(change?.before.map { NumberWords.decimal($0) } ?? "–") → \(change?.after.map { NumberWords.decimal($0) } ?? "–")")),
                                .span(.attr("class", "visually-hidden"), .text(change?.difference.map { " (\(Self.words($0)))" } ?? "")),
                                .span(.attr("aria-hidden", "true"), .text(change?.difference.map { $0 > 0 ? " ▲" : ($0 < 0 ? " ▼" : "") } ?? ""))
                            )
                        })
                })
            )),
            .p(.attr("class", "hint"), .text("Cellen gekleurd volgens de latere score (\(scale.levels.map(\.label).joined(separator: ", "))). ▲ hoger, ▼ lager."))
        )
    }

    private func label(_ visible: VisibleCampaign?) -> String {
        visible.map { "\($0.campaign.campaign.name) (\($0.campaign.campaign.moment))" } ?? ""
    }

    private func organisations(_ comparison: CampaignComparison) -> [String] {
        var seen: [String] = []
        for change in comparison.changes where !seen.contains(change.organisation) { seen.append(change.organisation) }
        return seen
    }

    static func difference(_ before: Double?, _ after: Double?) -> String {
        guard let before, let after else { return "–" }
        let difference = after - before
        return (difference > 0 ? "+" : "") + NumberWords.decimal(difference, digits: 3)
    }

    static func words(_ difference: Double) -> String {
        difference == 0 ? "gelijk" : (difference > 0 ? "\(NumberWords.decimal(difference)) hoger" : "\(NumberWords.decimal(-difference)) lager")
    }
}
