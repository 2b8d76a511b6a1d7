import Platform
import MaturiteitDomain
import Plot

extension MaturityEvolutionPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        let campaign = visible.campaign
        return Page(
            title: t("evolution.title", campaign.campaign.name),
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          (t["evolution.crumb"], nil)],
            content: .group(
                .getForm(action: MaturiteitPath.evolution(campaign: campaign.code).path, .attr("class", "selectors"),
                      .selectField(id: "met", label: t["evolution.compareWith"], name: "met",
                                   options: others.map { ($0.code, "\($0.campaign.name) (\($0.campaign.moment))") },
                                   selected: other?.campaign.code),
                      .submitButton(t["evolution.compare"])),
                .unwrap(comparison, { comparison in content(comparison, t) }, else: .p(.text(t["evolution.nothingToCompare"])))
            ),
            strings: SiteStrings(language))
    }

    private func content(_ comparison: CampaignComparison, _ t: Strings) -> Node<HTML.BodyContext> {
        let scale = comparison.later.model.scale
        let notInBoth = comparison.onlyEarlier + comparison.onlyLater
        return .group(
            .p(.text(notInBoth.isEmpty
                ? t("evolution.intro", label(from), label(to))
                : t("evolution.introNotInBoth", label(from), label(to), notInBoth.joined(separator: ", ")))),
            .table(
                .attr("class", "data"),
                .caption(.text(t["evolution.mediansCaption"])),
                .thead(.tr(.th(.text(t["common.theme"])), .th(.attr("class", "num"), .text(label(from))), .th(.attr("class", "num"), .text(label(to))),
                           .th(.attr("class", "num"), .text(t["evolution.difference"])))),
                .tbody(.forEach(comparison.themes) { theme in
                    let medians = comparison.medians(theme.code)
                    return .tr(.th(.attr("scope", "row"), .text(theme.name)),
                               .td(.attr("class", "num"), .text(ScoreCell.figure(medians.before, digits: 3, language))),
                               .td(.attr("class", "num"), .text(ScoreCell.figure(medians.after, digits: 3, language))),
                               .td(.attr("class", "num"), .text(Self.difference(medians.before, medians.after, language))))
                })
            ),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data maturity"),
                .caption(.text(t["evolution.scoresCaption"])),
                .thead(.tr(.th(.text(t["common.organisation"])), .forEach(comparison.themes) { .th(.text($0.name)) })),
                .tbody(.forEach(organisations(comparison)) { organisation in
                    .tr(.th(.attr("scope", "row"), .text(name(organisation))),
                        .forEach(comparison.themes) { theme in
                            let change = comparison.change(organisation, theme.code)
                            let before = change?.before.map { MaturiteitText.decimal($0, language) } ?? "–"
                            let after = change?.after.map { MaturiteitText.decimal($0, language) } ?? "–"
                            return .td(
                                .attr("class", ScoreCell.cssClass(change?.after.map(ThemeScore.scored))),
                                .span(.attr("class", "badge"), .text("\(before) → \(after)")),
                                .span(.attr("class", "visually-hidden"), .text(change?.difference.map { " (\(Self.words($0, t)))" } ?? "")),
                                .span(.attr("aria-hidden", "true"), .text(change?.difference.map { $0 > 0 ? " ▲" : ($0 < 0 ? " ▼" : "") } ?? ""))
                            )
                        })
                })
            )),
            .p(.attr("class", "hint"), .text(t("evolution.hint", scale.levels.map(\.label).joined(separator: ", "))))
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

    static func difference(_ before: Double?, _ after: Double?, _ language: SiteLanguage) -> String {
        guard let before, let after else { return "–" }
        let difference = after - before
        return (difference > 0 ? "+" : "") + MaturiteitText.decimal(difference, digits: 3, language)
    }

    static func words(_ difference: Double, _ t: Strings) -> String {
        difference == 0 ? t["evolution.same"]
            : (difference > 0 ? t("evolution.higher", MaturiteitText.decimal(difference, t.language))
                              : t("evolution.lower", MaturiteitText.decimal(-difference, t.language)))
    }
}
