import MaturiteitDomain
import Plot
import Platform

extension MaturiteitHomeModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        return Page(
            title: t["common.maturity"],
            breadcrumbs: [(t["common.maturity"], nil)],
            description: t["home.description"],
            content: .group(
                .p(.text(t["home.intro"])),
                .section(
                    .attr("aria-labelledby", "metingen-kop"),
                    .h2(.attr("id", "metingen-kop"), .text(t["home.campaigns"])),
                    campaigns.isEmpty
                        ? .p(.text(t["home.noCampaigns"]))
                        : .table(
                            .attr("class", "data"),
                            .caption(.text(t["home.campaignsCaption"])),
                            .thead(.tr(.th(.text(t["home.campaign"])), .th(.text(t["common.model"])), .th(.text(t["common.moment"])),
                                       .th(.attr("class", "num"), .text(t["home.participants"])),
                                       .th(.text(t["common.status"])))),
                            .tbody(.forEach(campaigns) { campaign in
                                .tr(.th(.attr("scope", "row"),
                                        .a(.attr("href", MaturiteitPath.campaign(campaign.code).path), .text(campaign.campaign.name))),
                                    .td(.text(model(of: campaign)?.model.name ?? "")),
                                    .td(.text(campaign.campaign.moment)),
                                    .td(.attr("class", "num"), .text(String(campaign.participants.count))),
                                    .td(.text(t(campaign.campaign.published ? "home.statusPublished" : "home.statusNotPublic",
                                                MaturiteitText.label(campaign.campaign.status, t))),
                                        .unwrap(evaluationLink(campaign)) { link in
                                            .group(.text(" — "), .a(.attr("href", link), .text(t["home.fillIn"])))
                                        }))
                            })
                        ),
                    .if(mayManage, .p(.a(.attr("href", MaturiteitPath.newCampaign.path), .text(t["home.newCampaign"]))))
                ),
                .section(
                    .attr("aria-labelledby", "modellen-kop"),
                    .h2(.attr("id", "modellen-kop"), .text(t["home.models"])),
                    .forEach(models) { stored in
                        .details(
                            .summary(.text(t("home.modelSummary", stored.model.name, String(stored.model.themes.count), String(stored.model.version)))),
                            .p(.text(stored.description)),
                            .ol(.forEach(stored.model.themes) { theme in
                                .li(.strong(.text(theme.name)), .if(!theme.description.isEmpty, .text(": \(theme.description)")))
                            }),
                            .if(mayManage, .p(.a(.attr("href", MaturiteitPath.newModelVersion(model: stored.model.code).path),
                                                 .text(t("home.newVersion", stored.model.name)))))
                        )
                    }
                )
            ),
            strings: SiteStrings(language))
    }
}
