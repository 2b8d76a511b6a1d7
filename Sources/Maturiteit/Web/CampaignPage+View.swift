import Charts
import MaturiteitDomain
import Plot
import Platform

extension CampaignPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        let campaign = visible.campaign.campaign
        return Page(
            title: campaign.name,
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (campaign.name, nil)],
            description: t("campaign.description", String(table.organisations.count), String(visible.model.themes.count), campaign.moment),
            content: .group(
                .notice(notice),
                .formErrors(problems, strings: SiteStrings(language)),
                intro(t),
                filters(t),
                benchmarkTable(t),
                .if(!missingScores.isEmpty, .div(.attr("class", "note"), .h2(.text(t["campaign.missingTitle"])), .ul(.forEach(missingScores) { .li(.text($0)) }))),
                ScoreCell.legend(scale, t),
                statisticsSection(t),
                distributionSection(t),
                progressSection(t),
                .if(visible.mayManage, manageSection(t)),
                downloads(t)
            ),
            strings: SiteStrings(language))
    }

    private func intro(_ t: Strings) -> Node<HTML.BodyContext> {
        let campaign = visible.campaign.campaign
        return .group(
            .dl(.attr("class", "facts"),
                .dt(.text(t["common.model"])), .dd(.text(t("campaign.modelVersion", visible.model.name, String(visible.model.version)))),
                .dt(.text(t["common.moment"])), .dd(.text(campaign.moment)),
                .dt(.text(t["common.status"])), .dd(.text(campaign.status == .open ? t["campaign.statusOpen"] : MaturiteitText.label(campaign.status, t))),
                .dt(.text(t["campaign.public"])), .dd(.text(campaign.published ? t["campaign.publishedYes"] : t["campaign.publishedNo"]))),
            .p(.text(t["campaign.colours"])),
            .unwrap(ownOrganisation) { own in
                .if(campaign.status == .open, .p(.attr("class", "call"), .a(
                    .attr("href", MaturiteitPath.evaluation(campaign: campaign.code, organisation: own.code).path),
                    .text(t("campaign.fillIn", own.shortName)))))
            },
            .ul(.attr("class", "admin-links"),
                .li(.a(.attr("href", MaturiteitPath.plans(campaign: campaign.code).path), .text(t["campaign.plansLink"]))),
                .if(!others.isEmpty, .li(.a(.attr("href", MaturiteitPath.evolution(campaign: campaign.code).path), .text(t["campaign.evolutionLink"])))))
        )
    }

    private func filters(_ t: Strings) -> Node<HTML.BodyContext> {
        .getForm(action: MaturiteitPath.campaign(visible.campaign.code).path, .attr("class", "selectors"),
            .selectField(id: "basis", label: t["campaign.basis"], name: "basis",
                         options: [("zelf", t["campaign.basisSelf"]), ("gevalideerd", t["campaign.basisValidated"])],
                         selected: table.basis.rawValue),
            .selectField(id: "groep", label: t["common.compareWithGroup"], name: "groep",
                         options: [("", t["common.noGroup"])] + groups.map { ($0.code, $0.name) }, selected: group?.code ?? ""),
            .submitButton(t["common.show"])
        )
    }

    private func benchmarkTable(_ t: Strings) -> Node<HTML.BodyContext> {
        let themes = visible.model.themes
        let campaign = visible.campaign
        return .div(
            .attr("class", "table-scroll print-landscape"),
            .table(
                .attr("class", "data maturity"),
                .caption(.text(t(table.basis == .validatedWherePresent ? "campaign.tableCaptionValidated" : "campaign.tableCaptionSelf",
                                 campaign.campaign.moment))),
                .thead(
                    .tr(.th(.attr("scope", "col"), .text(t["common.organisation"])),
                        .forEach(themes) { theme in
                            .th(.attr("scope", "col"),
                                .a(.attr("href", MaturiteitPath.theme(model: visible.model.code, theme: theme.code).path), .text(theme.name)))
                        }),
                    .tr(.attr("class", "median"),
                        .th(.attr("scope", "row"), .text(t("campaign.medianAll", String(table.organisations.count)))),
                        .forEach(themes) { theme in
                            ScoreCell.node(table.statistics[theme.code]?.median.map(ThemeScore.scored), scale: scale, t)
                        }),
                    .unwrap(group) { group in
                        .tr(.attr("class", "median"),
                            .th(.attr("scope", "row"), .text(t("common.medianOf", group.name))),
                            .forEach(themes) { theme in
                                ScoreCell.node(groupStatistics[theme.code]?.median.map(ThemeScore.scored), scale: scale, t)
                            })
                    }
                ),
                .tbody(.forEach(table.organisations) { organisation in
                    .tr(
                        .attr("class", group?.members.contains(organisation) == true ? "in-group" : ""),
                        .th(.attr("scope", "row"),
                            .a(.attr("href", MaturiteitPath.profile(campaign: campaign.code, organisation: organisation).url([("groep", group?.code)])),
                               .text(name(organisation))),
                            .if(group?.members.contains(organisation) == true, .span(.attr("class", "visually-hidden"), .text(" " + t["campaign.inGroup"])))),
                        .forEach(themes) { theme in
                            let cell = table.cell(organisation, theme.code)
                            return ScoreCell.node(cell?.score, validated: cell?.validated, scale: scale,
                                                  colourBy: table.counted(organisation, theme.code), t)
                        }
                    )
                })
            )
        )
    }

    private func statisticsSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "statistiek-kop"),
            .h2(.attr("id", "statistiek-kop"), .text(t["campaign.statisticsTitle"])),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text(t["campaign.statisticsCaption"])),
                .thead(.tr(
                    .th(.text(t["common.theme"])), .th(.attr("class", "num"), .text(t["campaign.scores"])),
                    .th(.attr("class", "num"), .text(t["campaign.missingTitle"])),
                    .th(.attr("class", "num"), .text(t["common.median"])), .th(.attr("class", "num"), .text(t["campaign.mean"])),
                    .th(.attr("class", "num"), .text(t["campaign.lowest"])), .th(.attr("class", "num"), .text(t["campaign.highest"])),
                    .th(.attr("class", "num"), .text(t["campaign.standardDeviation"])),
                    .unwrap(group) { .th(.attr("class", "num"), .text(t("common.medianOf", $0.name))) })),
                .tbody(.forEach(visible.model.themes) { theme in
                    let statistics = table.statistics[theme.code]
                    return .tr(
                        .th(.attr("scope", "row"), .text(theme.name)),
                        .td(.attr("class", "num"), .text(String(statistics?.count ?? 0))),
                        .td(.attr("class", "num"), .text(String(statistics?.missing ?? 0))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.median, digits: 3, language))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.mean, language))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.minimum, language))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.maximum, language))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.standardDeviation, language))),
                        .unwrap(group) { _ in .td(.attr("class", "num"), .text(ScoreCell.figure(groupStatistics[theme.code]?.median, digits: 3, language))) }
                    )
                })
            ))
        )
    }


    private var distributionRows: [LevelDistributionChart.Row] {
        visible.model.themes.map { theme in
            let statistics = table.statistics[theme.code]
            return LevelDistributionChart.Row(theme: theme.name, onLevel: statistics?.onLevel ?? [:],
                                              betweenLevels: statistics?.betweenLevels ?? [:], missing: statistics?.missing ?? 0)
        }
    }

    private func distributionSection(_ t: Strings) -> Node<HTML.BodyContext> {
        var chart = LevelDistributionChart(
            id: "verdeling", title: t["campaign.distributionChartTitle"],
            description: t["campaign.distributionChartDescription"],
            rows: distributionRows, levels: scale.levels.map(\.value))
        chart.words = SiteStrings(language).chartWords
        chart.focusable = true
        let figure: Node<HTML.BodyContext> = .figure(
            .raw(chart.renderSized().markup), .figcaption(.text(t["campaign.distributionCaption"])))
        return .section(
            .attr("aria-labelledby", "verdeling-kop"),
            .h2(.attr("id", "verdeling-kop"), .text(t["campaign.distributionTitle"])),
            .div(.attr("class", "figures"), figure, distributionTable(t))
        )
    }

    private func distributionTable(_ t: Strings) -> Node<HTML.BodyContext> {
        let levels = scale.levels.map(\.value)
        let header: Node<HTML.TableContext> = .thead(.tr(
            .th(.text(t["common.theme"])),
            .forEach(levels) { level in .th(.attr("class", "num"), .text(String(level))) },
            .th(.attr("class", "num"), .text(t["campaign.betweenLevels"])), .th(.attr("class", "num"), .text(t["campaign.noScore"]))))
        let body: Node<HTML.TableContext> = .tbody(.forEach(distributionRows) { row in
            .tr(.th(.attr("scope", "row"), .text(row.theme)),
                .forEach(levels) { level in .td(.attr("class", "num"), .text(String(row.onLevel[level] ?? 0))) },
                .td(.attr("class", "num"), .text(String(row.betweenLevels.values.reduce(0, +)))),
                .td(.attr("class", "num"), .text(String(row.missing))))
        })
        return .div(.attr("class", "table-scroll"), .table(.attr("class", "data"), .caption(.text(t["campaign.distributionTableCaption"])), header, body))
    }

    private func progressSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let campaign = visible.campaign
        let showsProgress = visible.mayManage || ownOrganisation != nil
        return .if(showsProgress, .section(
            .attr("aria-labelledby", "voortgang-kop"),
            .h2(.attr("id", "voortgang-kop"), .text(t["campaign.progressTitle"])),
            .table(
                .attr("class", "data"),
                .caption(.text(t["campaign.progressCaption"])),
                .thead(.tr(.th(.text(t["common.organisation"])), .th(.text(t["common.status"])), .th(.text(t["campaign.lastChanged"])),
                           .if(visible.mayManage, .th(.text(t["campaign.kenniscentrum"]))))),
                .tbody(.forEach(progress) { item in
                    .tr(
                        .th(.attr("scope", "row"), .text(item.organisation.shortName)),
                        .td(.text(item.status.map { MaturiteitText.label($0, t) } ?? t["common.notStarted"])),
                        .td(.text(item.evaluation.map { MaturiteitText.dayAndTime($0.updatedAt, language) } ?? "–")),
                        .if(visible.mayManage, .td(.if(item.status != nil && item.status != .draft,
                            .a(.attr("href", MaturiteitPath.validation(campaign: campaign.code, organisation: item.organisation.code).path),
                               .text(t["campaign.validate"]), .span(.attr("class", "visually-hidden"), .text(" \(item.organisation.shortName)"))))))
                    )
                })
            )
        ))
    }

    private func manageSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let campaign = visible.campaign
        let statusButton = campaign.campaign.status == .open ? t["campaign.close"] : t["campaign.reopen"]
        let publishButton = campaign.campaign.published ? t["campaign.unpublish"] : t["campaign.publish"]
        return .section(
            .attr("aria-labelledby", "beheer-kop"),
            .h2(.attr("id", "beheer-kop"), .text(t["campaign.manageTitle"])),
            .postForm(
                action: MaturiteitPath.status(campaign: campaign.code).path, csrf: csrf, class: "row-form",
                .labelledButton(statusButton, label: statusButton),
                .hidden(name: "actie", value: campaign.campaign.status == .open ? "sluiten" : "openen")),
            .postForm(
                action: MaturiteitPath.status(campaign: campaign.code).path, csrf: csrf, class: "row-form",
                .hidden(name: "actie", value: campaign.campaign.published ? "depubliceren" : "publiceren"),
                .labelledButton(publishButton, label: publishButton)),
            .h3(.text(t["campaign.importTitle"])),
            .p(.attr("class", "hint"), .text(t["campaign.importHint"])),
            .element(named: "form", nodes: [
                .attr("method", "post"), .attr("action", MaturiteitPath.importSheet(campaign: campaign.code).path),
                .attr("enctype", "multipart/form-data"), .attr("class", "form"),
                .hidden(name: CSRF.field, value: csrf),
                .div(.attr("class", "field"),
                     .element(named: "label", nodes: [.attr("for", "bestand"), .text(t["campaign.importFile"])]),
                     .input(.type(.file), .attr("id", "bestand"), .attr("name", "bestand"), .attr("accept", ".csv,text/csv"),
                            .attr("required", "required"))),
                .button(.type(.submit), .text(t["campaign.importButton"])),
            ])
        )
    }

    private func downloads(_ t: Strings) -> Node<HTML.BodyContext> {
        let code = visible.campaign.code
        return .section(
            .attr("class", "downloads"),
            .attr("aria-labelledby", "downloads-kop"),
            .h2(.attr("id", "downloads-kop"), .text(t["campaign.downloads"])),
            .ul(
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .scoresCSV).path), .text(t["campaign.downloadScoresCSV"]))),
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .scoresJSON).path), .text(t["campaign.downloadScoresJSON"]))),
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .recommendationsCSV).path), .text(t["campaign.downloadRecommendationsCSV"]))),
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .workPackagesCSV).path), .text(t["campaign.downloadWorkPackagesCSV"])))
            )
        )
    }
}
