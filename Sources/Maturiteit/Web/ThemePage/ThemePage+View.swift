import Charts
import MaturiteitDomain
import Platform
import Plot

extension ThemePageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        return Page(
            title: theme.name,
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (theme.name, nil)],
            description: t("theme.description", theme.name, model.model.name),
            content: .group(
                .if(!theme.description.isEmpty, .p(.attr("class", "theme-description"), .text(theme.description))),
                .dl(.attr("class", "facts"),
                    .dt(.text(t["common.model"])), .dd(.text(t("theme.modelVersion", model.model.name, String(model.model.version)))),
                    .dt(.text(t["theme.code"])), .dd(.text(theme.code))),
                questions(t),
                .unwrap(campaign, { scoresSection($0, t) }, else: .section(
                    .attr("aria-labelledby", "scores-kop"),
                    .h2(.attr("id", "scores-kop"), .text(t["theme.scoresTitle"])),
                    .p(.text(t["theme.noCampaign"])))),
                .unwrap(campaign) { plans($0, t) },
                relatedSection(t)
            ),
            strings: SiteStrings(language))
    }

    /// The model's questions on the theme, when it has any (they are optional; the description says what it asks).
    private func questions(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(!theme.questions.isEmpty, .section(
            .attr("aria-labelledby", "vragen-kop"),
            .h2(.attr("id", "vragen-kop"), .text(t["theme.questionsTitle"])),
            .ol(.attr("class", "theme-questions"), .forEach(theme.questions) { question in
                .li(.text(question.text),
                    .if(!question.rubric.isEmpty, .element(named: "details", nodes: [
                        .element(named: "summary", nodes: [.text(t["theme.rubric"])]),
                        .dl(.attr("class", "theme-rubric"), .forEach(question.rubric.keys.sorted()) { level in
                            .group(.dt(.text(t("theme.level", String(level)))), .dd(.text(question.rubric[level] ?? "")))
                        }),
                    ])))
            })
        ))
    }

    private func scoresSection(_ campaign: CampaignScores, _ t: Strings) -> Node<HTML.BodyContext> {
        let name = campaign.campaign.campaign.name
        let median = campaign.statistics?.median
        var chart = BarChart(
            id: "thema-scores", title: t("theme.chartTitle", theme.name, name),
            description: t("theme.chartDescription", theme.name, name),
            bars: campaign.scores.map { score in
                BarChart.Bar(label: score.organisation.shortName, value: score.score?.value, mark: "–")
            },
            unit: "", decimals: 2, reference: median.map { (label: t["common.median"], value: $0) })
        chart.words = SiteStrings(language).chartWords
        chart.focusable = true
        return .section(
            .attr("aria-labelledby", "scores-kop"),
            .h2(.attr("id", "scores-kop"), .text(t("theme.scoresIn", name))),
            .p(.text(t("theme.scoresIntro", name, campaign.campaign.campaign.moment)), .text(" "),
               .a(.attr("href", MaturiteitPath.campaign(campaign.campaign.code).path), .text(t("theme.campaignLink", name)))),
            .if(campaign.scores.isEmpty, .p(.text(t["theme.noScores"]))),
            .if(!campaign.scores.isEmpty, .div(
                .attr("class", "figures"),
                .figure(.attr("class", "bars"), .raw(chart.renderSized().markup),
                        .figcaption(.text(median.map { t("theme.chartCaption", ScoreCell.figure($0, digits: 3, language)) } ?? t["theme.chartCaptionNoMedian"]))),
                .div(.attr("class", "table-scroll"), .table(
                    .attr("class", "data maturity"),
                    .caption(.text(t("theme.tableCaption", theme.name, name))),
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["common.organisation"])), .th(.attr("scope", "col"), .text(t["common.score"])),
                               .th(.attr("scope", "col"), .text(t["common.level"])))),
                    .tbody(.forEach(campaign.scores) { score in
                        .tr(.th(.attr("scope", "row"), .a(
                                .attr("href", MaturiteitPath.profile(campaign: campaign.campaign.code, organisation: score.organisation.code).path),
                                .text(score.organisation.shortName))),
                            ScoreCell.node(score.score, validated: score.validated, scale: campaign.scale, t),
                            .td(.text(ScoreCell.words(score.score, scale: campaign.scale, t))))
                    }),
                    .unwrap(median) { median in
                        .tfoot(.tr(.th(.attr("scope", "row"), .text(t["common.median"])),
                                   .td(.attr("class", "num"), .text(ScoreCell.figure(median, digits: 3, language))),
                                   .td(.text(MaturiteitText.placement(median, scale: campaign.scale, t)))))
                    }
                ))
            ))
        )
    }

    private func plans(_ campaign: CampaignScores, _ t: Strings) -> Node<HTML.BodyContext> {
        let name = campaign.campaign.campaign.name
        return .group(
            .section(
                .attr("aria-labelledby", "aanbevelingen-kop"),
                .h2(.attr("id", "aanbevelingen-kop"), .text(t["theme.recommendationsTitle"])),
                .if(campaign.recommendations.isEmpty, .p(.text(t("theme.noRecommendations", name)))),
                .if(!campaign.recommendations.isEmpty, .div(.attr("class", "table-scroll"), .table(
                    .attr("class", "data"),
                    .caption(.text(t("theme.recommendationsCaption", theme.name, name))),
                    .thead(.tr(.th(.attr("class", "num"), .text(t["plans.number"])), .th(.text(t["plans.recommendation"])),
                               .th(.attr("class", "num"), .text(t["plans.importance"])), .th(.attr("class", "num"), .text(t["plans.urgency"])),
                               .th(.text(t["plans.top"])))),
                    .tbody(.forEach(campaign.recommendations) { item in
                        .tr(.td(.attr("class", "num"), .text(String(item.number))), .td(.text(item.text)),
                            .td(.attr("class", "num"), .text(item.importance.map(String.init) ?? "–")),
                            .td(.attr("class", "num"), .text(item.urgency.map(String.init) ?? "–")),
                            .td(.text(item.selected ? t["common.yes"] : t["common.no"])))
                    })
                )))
            ),
            .section(
                .attr("aria-labelledby", "werkpakketten-kop"),
                .h2(.attr("id", "werkpakketten-kop"), .text(t["theme.workPackagesTitle"])),
                .if(campaign.workPackages.isEmpty, .p(.text(t("theme.noWorkPackages", name)))),
                .if(!campaign.workPackages.isEmpty, .div(.attr("class", "table-scroll"), .table(
                    .attr("class", "data"),
                    .caption(.text(t("theme.workPackagesCaption", theme.name, name))),
                    .thead(.tr(.th(.attr("class", "num"), .text(t["plans.number"])), .th(.text(t["plans.workPackage"])),
                               .th(.text(t["plans.leads"])), .th(.attr("class", "num"), .text(t["plans.priority"])),
                               .th(.text(t["plans.start"])), .th(.text(t["common.status"])))),
                    .tbody(.forEach(campaign.workPackages) { item in
                        .tr(.td(.attr("class", "num"), .text(String(item.number))), .td(.text(item.title)),
                            .td(.text(item.leads.isEmpty ? t["plans.leadsToDecide"] : item.leads.joined(separator: ", "))),
                            .td(.attr("class", "num"), .text(String(item.priority))), .td(.text(item.start)),
                            .td(.text(MaturiteitText.label(item.status, t))))
                    })
                ))),
                .p(.a(.attr("href", MaturiteitPath.plans(campaign: campaign.campaign.code).url([("thema", theme.code)])),
                      .text(t("theme.plansLink", name))))
            )
        )
    }

    private func relatedSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("class", "related"), .attr("aria-labelledby", "kennisbank-kop"),
            .h2(.attr("id", "kennisbank-kop"), .text(t["theme.relatedTitle"])),
            .if(related.isEmpty, .p(.text(t["theme.noRelated"]))),
            .if(!related.isEmpty, .ul(.attr("class", "related-links"), .forEach(related) { link in
                .li(.a(.attr("href", link.path), .text(link.title.text(SiteStrings(language)))),
                    .span(.attr("class", "related-kind"), .text(" — " + link.kind.text(SiteStrings(language)))),
                    .unwrap(link.note) { note in .p(.attr("class", "related-note"), .text(note.text(SiteStrings(language)))) })
            }))
        )
    }
}
