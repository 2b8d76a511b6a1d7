import Charts
import MaturiteitDomain
import Plot
import Platform

extension CampaignPageModel {
    func page() -> Page {
        let campaign = visible.campaign.campaign
        return Page(
            title: campaign.name,
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), (campaign.name, nil)],
            description: "Maturiteit van \(table.organisations.count) organisaties op \(visible.model.themes.count) thema's, \(campaign.moment).",
            content: .group(
                .notice(notice),
                .formErrors(problems),
                intro,
                filters,
                benchmarkTable,
                .if(!missingScores.isEmpty, .div(.attr("class", "note"), .h2(.text("Zonder score")), .ul(.forEach(missingScores) { .li(.text($0)) }))),
                ScoreCell.legend(scale),
                statisticsSection,
                distributionSection,
                progressSection,
                .if(visible.mayManage, manageSection),
                downloads
            ))
    }

    private var intro: Node<HTML.BodyContext> {
        let campaign = visible.campaign.campaign
        return .group(
            .dl(.attr("class", "facts"),
                .dt(.text("Model")), .dd(.text("\(visible.model.name) (versie \(visible.model.version))")),
                .dt(.text("Moment")), .dd(.text(campaign.moment)),
                .dt(.text("Status")), .dd(.text(campaign.status == .open ? "open: de deelnemers vullen hun zelfevaluatie in" : "afgesloten")),
                .dt(.text("Openbaar")), .dd(.text(campaign.published
                    ? "ja, gepubliceerd"
                    : "nee: alleen de deelnemers en het Kenniscentrum zien deze resultaten"))),
            .p(.text("De kleuren per organisatie komen uit haar eigen zelfevaluatie. De mediaan per thema is berekend over de scores die gegeven werden.")),
            .unwrap(ownOrganisation) { own in
                .if(campaign.status == .open, .p(.attr("class", "call"), .a(
                    .attr("href", MaturiteitPath.evaluation(campaign: campaign.code, organisation: own.code).path),
                    .text("Zelfevaluatie van \(own.shortName) invullen of bekijken"))))
            },
            .ul(.attr("class", "admin-links"),
                .li(.a(.attr("href", MaturiteitPath.plans(campaign: campaign.code).path), .text("Aanbevelingen en werkpakketten"))),
                .if(!others.isEmpty, .li(.a(.attr("href", MaturiteitPath.evolution(campaign: campaign.code).path), .text("Evolutie tegenover een andere meting")))))
        )
    }

    private var filters: Node<HTML.BodyContext> {
        .getForm(action: MaturiteitPath.campaign(visible.campaign.code).path, .attr("class", "selectors"),
            .selectField(id: "basis", label: "Scores", name: "basis",
                         options: [("zelf", "zelfevaluatie"), ("gevalideerd", "gevalideerd waar beschikbaar")],
                         selected: table.basis.rawValue),
            .selectField(id: "groep", label: "Vergelijk met groep", name: "groep",
                         options: [("", "geen groep")] + groups.map { ($0.code, $0.name) }, selected: group?.code ?? ""),
            .submitButton("Toon")
        )
    }

    private var benchmarkTable: Node<HTML.BodyContext> {
        let themes = visible.model.themes
        let campaign = visible.campaign
        return .div(
            .attr("class", "table-scroll"),
            .table(
                .attr("class", "data maturity"),
                .caption(.text("Maturiteit per organisatie en thema, \(campaign.campaign.moment)"
                    + (table.basis == .validatedWherePresent ? " (gevalideerde scores waar beschikbaar)" : " (zelfevaluatie)"))),
                .thead(
                    .tr(.th(.attr("scope", "col"), .text("Organisatie")),
                        .forEach(themes) { .th(.attr("scope", "col"), .text($0.name)) }),
                    .tr(.attr("class", "median"),
                        .th(.attr("scope", "row"), .text("Mediaan (\(table.organisations.count) organisaties)")),
                        .forEach(themes) { theme in
                            ScoreCell.node(table.statistics[theme.code]?.median.map(ThemeScore.scored), scale: scale)
                        }),
                    .unwrap(group) { group in
                        .tr(.attr("class", "median"),
                            .th(.attr("scope", "row"), .text("Mediaan \(group.name)")),
                            .forEach(themes) { theme in
                                ScoreCell.node(groupStatistics[theme.code]?.median.map(ThemeScore.scored), scale: scale)
                            })
                    }
                ),
                .tbody(.forEach(table.organisations) { organisation in
                    .tr(
                        .attr("class", group?.members.contains(organisation) == true ? "in-group" : ""),
                        .th(.attr("scope", "row"),
                            .a(.attr("href", MaturiteitPath.profile(campaign: campaign.code, organisation: organisation).url([("groep", group?.code)])),
                               .text(name(organisation))),
                            .if(group?.members.contains(organisation) == true, .span(.attr("class", "visually-hidden"), .text(" (in de groep)")))),
                        .forEach(themes) { theme in
                            let cell = table.cell(organisation, theme.code)
                            return ScoreCell.node(cell?.score, validated: cell?.validated, scale: scale,
                                                  colourBy: table.counted(organisation, theme.code))
                        }
                    )
                })
            )
        )
    }

    private var statisticsSection: Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "statistiek-kop"),
            .h2(.attr("id", "statistiek-kop"), .text("Mediaan, gemiddelde en spreiding per thema")),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text("Over de gegeven scores; organisaties zonder score tellen niet mee")),
                .thead(.tr(
                    .th(.text("Thema")), .th(.attr("class", "num"), .text("Scores")), .th(.attr("class", "num"), .text("Zonder score")),
                    .th(.attr("class", "num"), .text("Mediaan")), .th(.attr("class", "num"), .text("Gemiddelde")),
                    .th(.attr("class", "num"), .text("Laagste")), .th(.attr("class", "num"), .text("Hoogste")),
                    .th(.attr("class", "num"), .text("Standaardafwijking")),
                    .unwrap(group) { .th(.attr("class", "num"), .text("Mediaan \($0.name)")) })),
                .tbody(.forEach(visible.model.themes) { theme in
                    let statistics = table.statistics[theme.code]
                    return .tr(
                        .th(.attr("scope", "row"), .text(theme.name)),
                        .td(.attr("class", "num"), .text(String(statistics?.count ?? 0))),
                        .td(.attr("class", "num"), .text(String(statistics?.missing ?? 0))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.median, digits: 3))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.mean))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.minimum))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.maximum))),
                        .td(.attr("class", "num"), .text(ScoreCell.figure(statistics?.standardDeviation))),
                        .unwrap(group) { _ in .td(.attr("class", "num"), .text(ScoreCell.figure(groupStatistics[theme.code]?.median, digits: 3))) }
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

    private var distributionSection: Node<HTML.BodyContext> {
        let chart = LevelDistributionChart(
            id: "verdeling", title: "Verdeling van de scores per thema",
            description: "Per thema het aantal organisaties op elk niveau, tussen twee niveaus en zonder score. De tabel ernaast geeft dezelfde aantallen.",
            rows: distributionRows, levels: scale.levels.map(\.value))
        let figure: Node<HTML.BodyContext> = .figure(
            .raw(chart.render().markup), .figcaption(.text("Gestreept: tussen twee niveaus. Grijs: geen score.")))
        return .section(
            .attr("aria-labelledby", "verdeling-kop"),
            .h2(.attr("id", "verdeling-kop"), .text("Verdeling per thema")),
            .div(.attr("class", "figures"), figure, distributionTable)
        )
    }

    private var distributionTable: Node<HTML.BodyContext> {
        let levels = scale.levels.map(\.value)
        let header: Node<HTML.TableContext> = .thead(.tr(
            .th(.text("Thema")),
            .forEach(levels) { level in .th(.attr("class", "num"), .text(String(level))) },
            .th(.attr("class", "num"), .text("Tussen twee niveaus")), .th(.attr("class", "num"), .text("Geen score"))))
        let body: Node<HTML.TableContext> = .tbody(.forEach(distributionRows) { row in
            .tr(.th(.attr("scope", "row"), .text(row.theme)),
                .forEach(levels) { level in .td(.attr("class", "num"), .text(String(row.onLevel[level] ?? 0))) },
                .td(.attr("class", "num"), .text(String(row.betweenLevels.values.reduce(0, +)))),
                .td(.attr("class", "num"), .text(String(row.missing))))
        })
        return .div(.attr("class", "table-scroll"), .table(.attr("class", "data"), .caption(.text("Aantal organisaties per niveau")), header, body))
    }

    private var progressSection: Node<HTML.BodyContext> {
        let campaign = visible.campaign
        let showsProgress = visible.mayManage || ownOrganisation != nil
        return .if(showsProgress, .section(
            .attr("aria-labelledby", "voortgang-kop"),
            .h2(.attr("id", "voortgang-kop"), .text("Voortgang van de zelfevaluaties")),
            .table(
                .attr("class", "data"),
                .caption(.text("Per deelnemende organisatie")),
                .thead(.tr(.th(.text("Organisatie")), .th(.text("Status")), .th(.text("Laatst gewijzigd")),
                           .if(visible.mayManage, .th(.text("Kenniscentrum"))))),
                .tbody(.forEach(progress) { item in
                    .tr(
                        .th(.attr("scope", "row"), .text(item.organisation.shortName)),
                        .td(.text(item.status?.label ?? "nog niet begonnen")),
                        .td(.text(item.evaluation.map { DutchDate.dayAndTime($0.updatedAt) } ?? "–")),
                        .if(visible.mayManage, .td(.if(item.status != nil && item.status != .draft,
                            .a(.attr("href", MaturiteitPath.validation(campaign: campaign.code, organisation: item.organisation.code).path),
                               .text("Valideren"), .span(.attr("class", "visually-hidden"), .text(" \(item.organisation.shortName)"))))))
                    )
                })
            )
        ))
    }

    private var manageSection: Node<HTML.BodyContext> {
        let campaign = visible.campaign
        return .section(
            .attr("aria-labelledby", "beheer-kop"),
            .h2(.attr("id", "beheer-kop"), .text("Beheer van de meting")),
            .postForm(
                action: MaturiteitPath.status(campaign: campaign.code).path, csrf: csrf, class: "row-form",
                campaign.campaign.status == .open
                    ? .labelledButton("Meting afsluiten", label: "Meting afsluiten")
                    : .labelledButton("Meting heropenen", label: "Meting heropenen"),
                .hidden(name: "actie", value: campaign.campaign.status == .open ? "sluiten" : "openen")),
            .postForm(
                action: MaturiteitPath.status(campaign: campaign.code).path, csrf: csrf, class: "row-form",
                .hidden(name: "actie", value: campaign.campaign.published ? "depubliceren" : "publiceren"),
                .labelledButton(campaign.campaign.published ? "Publicatie intrekken" : "Resultaten publiceren",
                                label: campaign.campaign.published ? "Publicatie intrekken" : "Resultaten publiceren")),
            .h3(.text("Scores inlezen uit een rekenblad")),
            .p(.attr("class", "hint"), .text("CSV met de kolommen van de download 'scores (CSV)': organisatie, thema, score, reden_geen_score, … Met één fout wordt niets ingelezen.")),
            .element(named: "form", nodes: [
                .attr("method", "post"), .attr("action", MaturiteitPath.importSheet(campaign: campaign.code).path),
                .attr("enctype", "multipart/form-data"), .attr("class", "form"),
                .hidden(name: CSRF.field, value: csrf),
                .div(.attr("class", "field"),
                     .element(named: "label", nodes: [.attr("for", "bestand"), .text("CSV-bestand")]),
                     .input(.type(.file), .attr("id", "bestand"), .attr("name", "bestand"), .attr("accept", ".csv,text/csv"),
                            .attr("required", "required"))),
                .button(.type(.submit), .text("Inlezen")),
            ])
        )
    }

    private var downloads: Node<HTML.BodyContext> {
        let code = visible.campaign.code
        return .section(
            .attr("class", "downloads"),
            .attr("aria-labelledby", "downloads-kop"),
            .h2(.attr("id", "downloads-kop"), .text("Downloads")),
            .ul(
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .scoresCSV).path), .text("Scores (CSV, zelf en gevalideerd)"))),
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .scoresJSON).path), .text("Scores (JSON)"))),
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .recommendationsCSV).path), .text("Aanbevelingen (CSV)"))),
                .li(.a(.attr("href", MaturiteitPath.export(campaign: code, file: .workPackagesCSV).path), .text("Werkpakketten (CSV)")))
            )
        )
    }
}
