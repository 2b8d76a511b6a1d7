import MaturiteitDomain
import Plot
import Platform

extension MaturiteitHomeModel {
    func page() -> Page {
        Page(
            title: "Maturiteit",
            breadcrumbs: [("Maturiteit", nil)],
            description: "Zelfevaluaties en benchmarks van de centrumsteden: klimaatgovernance, datamaturiteit en digitale transitie.",
            content: .group(
                .p(.text("Steden schatten zelf in hoe ver ze staan op een reeks thema's, op een schaal van 1 (niet matuur) tot 5 (heel matuur). Het Kenniscentrum Vlaamse Steden vergelijkt de resultaten, bespreekt ze met de steden en zet de grootste noden om in gedeelde aanbevelingen en werkpakketten. De meting kan elk jaar herhaald worden.")),
                .section(
                    .attr("aria-labelledby", "metingen-kop"),
                    .h2(.attr("id", "metingen-kop"), .text("Metingen")),
                    campaigns.isEmpty
                        ? .p(.text("Er zijn nog geen gepubliceerde metingen."))
                        : .table(
                            .attr("class", "data"),
                            .caption(.text("Metingen die je kunt bekijken")),
                            .thead(.tr(.th(.text("Meting")), .th(.text("Model")), .th(.text("Moment")), .th(.attr("class", "num"), .text("Deelnemers")),
                                       .th(.text("Status")))),
                            .tbody(.forEach(campaigns) { campaign in
                                .tr(.th(.attr("scope", "row"),
                                        .a(.attr("href", MaturiteitPath.campaign(campaign.code).path), .text(campaign.campaign.name))),
                                    .td(.text(model(of: campaign)?.model.name ?? "")),
                                    .td(.text(campaign.campaign.moment)),
                                    .td(.attr("class", "num"), .text(String(campaign.participants.count))),
                                    .td(.text(campaign.campaign.status.label + (campaign.campaign.published ? ", gepubliceerd" : ", niet openbaar")),
                                        .unwrap(evaluationLink(campaign)) { link in
                                            .group(.text(" — "), .a(.attr("href", link), .text("zelfevaluatie invullen")))
                                        }))
                            })
                        ),
                    .if(mayManage, .p(.a(.attr("href", MaturiteitPath.newCampaign.path), .text("Nieuwe meting openen"))))
                ),
                .section(
                    .attr("aria-labelledby", "modellen-kop"),
                    .h2(.attr("id", "modellen-kop"), .text("Modellen")),
                    .forEach(models) { stored in
                        .details(
                            .summary(.text("\(stored.model.name) — \(stored.model.themes.count) thema's, versie \(stored.model.version)")),
                            .p(.text(stored.description)),
                            .ol(.forEach(stored.model.themes) { theme in
                                .li(.strong(.text(theme.name)), .if(!theme.description.isEmpty, .text(": \(theme.description)")))
                            }),
                            .if(mayManage, .p(.a(.attr("href", MaturiteitPath.newModelVersion(model: stored.model.code).path),
                                                 .text("Nieuwe versie van \(stored.model.name)"))))
                        )
                    }
                )
            ))
    }
}
