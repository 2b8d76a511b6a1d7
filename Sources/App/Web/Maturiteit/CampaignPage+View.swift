import Charts
import MaturiteitDomain
import Plot
import Storage

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
                .if(!missingScores.isEmpty, .div(.class("note"), .h2(.text("Zonder score")), .ul(.forEach(missingScores) { .li(.text($0)) }))),
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
            .dl(.class("facts"),
                .dt(.text("Model")), .dd(.text("\(visible.model.name) (versie \(visible.model.version))")),
                .dt(.text("Moment")), .dd(.text(campaign.moment)),
                .dt(.text("Status")), .dd(.text(campaign.status == .open ? "open: de deelnemers vullen hun zelfevaluatie in" : "afgesloten")),
                .dt(.text("Openbaar")), .dd(.text(campaign.published
                    ? "ja, gepubliceerd"
                    : "nee: alleen de deelnemers en het Kenniscentrum zien deze resultaten"))),
            .p(.text("De kleuren per organisatie komen uit haar eigen zelfevaluatie. De mediaan per thema is berekend over de scores die gegeven werden.")),
            .unwrap(ownOrganisation) { own in
                .if(campaign.status == .open, .p(.class("call"), .a(
                    .href(MaturiteitPath.evaluation(campaign: campaign.code, organisation: own.code).path),
                    .text("Zelfevaluatie van \(own.shortName) invullen of bekijken"))))
            },
            .ul(.class("admin-links"),
                .li(.a(.href(MaturiteitPath.plans(campaign: campaign.code).path), .text("Aanbevelingen en werkpakketten"))),
                .if(!others.isEmpty, .li(.a(.href(MaturiteitPath.evolution(campaign: campaign.code).path), .text("Evolutie tegenover een andere meting")))))
        )
    }

    private var filters: Node<HTML.BodyContext> {
        .getForm(action: MaturiteitPath.campaign(visible.campaign.code).path, .class("selectors"),
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
            .class("table-scroll"),
            .table(
                .class("data maturity"),
                .caption(.text("Maturiteit per organisatie en thema, \(campaign.campaign.moment)"
                    + (table.basis == .validatedWherePresent ? " (gevalideerde scores waar beschikbaar)" : " (zelfevaluatie)"))),
                .thead(
                    .tr(.th(.attribute(named: "scope", value: "col"), .text("Organisatie")),
                        .forEach(themes) { .th(.attribute(named: "scope", value: "col"), .text($0.name)) }),
                    .tr(.class("median"),
                        .th(.attribute(named: "scope", value: "row"), .text("Mediaan (\(table.organisations.count) organisaties)")),
                        .forEach(themes) { theme in
                            ScoreCell.node(table.statistics[theme.code]?.median.map(ThemeScore.scored), scale: scale)
                        }),
                    .unwrap(group) { group in
                        .tr(.class("median"),
                            .th(.attribute(named: "scope", value: "row"), .text("Mediaan \(group.name)")),
                            .forEach(themes) { theme in
                                ScoreCell.node(groupStatistics[theme.code]?.median.map(ThemeScore.scored), scale: scale)
                            })
                    }
                ),
                .tbody(.forEach(table.organisations) { organisation in
                    .tr(
                        .class(group?.members.contains(organisation) == true ? "in-group" : ""),
                        .th(.attribute(named: "scope", value: "row"),
                            .a(.href(MaturiteitPath.profile(campaign: campaign.code, organisation: organisation).url([("groep", group?.code)])),
                               .text(name(organisation))),
                            .if(group?.members.contains(organisation) == true, .span(.class("visually-hidden"), .text(" (in de groep)")))),
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
            .attribute(named: "aria-labelledby", value: "statistiek-kop"),
            .h2(.id("statistiek-kop"), .text("Mediaan, gemiddelde en spreiding per thema")),
            .div(.class("table-scroll"), .table(
                .class("data"),
                .caption(.text("Over de gegeven scores; organisaties zonder score tellen niet mee")),
                .thead(.tr(
                    .th(.text("Thema")), .th(.class("num"), .text("Scores")), .th(.class("num"), .text("Zonder score")),
                    .th(.class("num"), .text("Mediaan")), .th(.class("num"), .text("Gemiddelde")),
                    .th(.class("num"), .text("Laagste")), .th(.class("num"), .text("Hoogste")),
                    .th(.class("num"), .text("Standaardafwijking")),
                    .unwrap(group) { .th(.class("num"), .text("Mediaan \($0.name)")) })),
                .tbody(.forEach(visible.model.themes) { theme in
                    let statistics = table.statistics[theme.code]
                    return .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(theme.name)),
                        .td(.class("num"), .text(String(statistics?.count ?? 0))),
                        .td(.class("num"), .text(String(statistics?.missing ?? 0))),
                        .td(.class("num"), .text(ScoreCell.figure(statistics?.median, digits: 3))),
                        .td(.class("num"), .text(ScoreCell.figure(statistics?.mean))),
                        .td(.class("num"), .text(ScoreCell.figure(statistics?.minimum))),
                        .td(.class("num"), .text(ScoreCell.figure(statistics?.maximum))),
                        .td(.class("num"), .text(ScoreCell.figure(statistics?.standardDeviation))),
                        .unwrap(group) { _ in .td(.class("num"), .text(ScoreCell.figure(groupStatistics[theme.code]?.median, digits: 3))) }
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
            .attribute(named: "aria-labelledby", value: "verdeling-kop"),
            .h2(.id("verdeling-kop"), .text("Verdeling per thema")),
            .div(.class("figures"), figure, distributionTable)
        )
    }

    private var distributionTable: Node<HTML.BodyContext> {
        let levels = scale.levels.map(\.value)
        let header: Node<HTML.TableContext> = .thead(.tr(
            .th(.text("Thema")),
            .forEach(levels) { level in .th(.class("num"), .text(String(level))) },
            .th(.class("num"), .text("Tussen twee niveaus")), .th(.class("num"), .text("Geen score"))))
        let body: Node<HTML.TableContext> = .tbody(.forEach(distributionRows) { row in
            .tr(.th(.attribute(named: "scope", value: "row"), .text(row.theme)),
                .forEach(levels) { level in .td(.class("num"), .text(String(row.onLevel[level] ?? 0))) },
                .td(.class("num"), .text(String(row.betweenLevels.values.reduce(0, +)))),
                .td(.class("num"), .text(String(row.missing))))
        })
        return .div(.class("table-scroll"), .table(.class("data"), .caption(.text("Aantal organisaties per niveau")), header, body))
    }

    private var progressSection: Node<HTML.BodyContext> {
        let campaign = visible.campaign
        let showsProgress = visible.mayManage || ownOrganisation != nil
        return .if(showsProgress, .section(
            .attribute(named: "aria-labelledby", value: "voortgang-kop"),
            .h2(.id("voortgang-kop"), .text("Voortgang van de zelfevaluaties")),
            .table(
                .class("data"),
                .caption(.text("Per deelnemende organisatie")),
                .thead(.tr(.th(.text("Organisatie")), .th(.text("Status")), .th(.text("Laatst gewijzigd")),
                           .if(visible.mayManage, .th(.text("Kenniscentrum"))))),
                .tbody(.forEach(progress) { item in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(item.organisation.shortName)),
                        .td(.text(item.status?.label ?? "nog niet begonnen")),
                        .td(.text(item.evaluation.map { DutchDate.dayAndTime($0.updatedAt) } ?? "–")),
                        .if(visible.mayManage, .td(.if(item.status != nil && item.status != .draft,
                            .a(.href(MaturiteitPath.validation(campaign: campaign.code, organisation: item.organisation.code).path),
                               .text("Valideren"), .span(.class("visually-hidden"), .text(" \(item.organisation.shortName)"))))))
                    )
                })
            )
        ))
    }

    private var manageSection: Node<HTML.BodyContext> {
        let campaign = visible.campaign
        return .section(
            .attribute(named: "aria-labelledby", value: "beheer-kop"),
            .h2(.id("beheer-kop"), .text("Beheer van de meting")),
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
            .p(.class("hint"), .text("CSV met de kolommen van de download 'scores (CSV)': organisatie, thema, score, reden_geen_score, … Met één fout wordt niets ingelezen.")),
            .element(named: "form", nodes: [
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: MaturiteitPath.importSheet(campaign: campaign.code).path),
                .attribute(named: "enctype", value: "multipart/form-data"), .attribute(named: "class", value: "form"),
                .hidden(name: CSRF.field, value: csrf),
                .div(.class("field"),
                     .element(named: "label", nodes: [.attribute(named: "for", value: "bestand"), .text("CSV-bestand")]),
                     .input(.type(.file), .id("bestand"), .name("bestand"), .attribute(named: "accept", value: ".csv,text/csv"),
                            .attribute(named: "required", value: "required"))),
                .button(.type(.submit), .text("Inlezen")),
            ])
        )
    }

    private var downloads: Node<HTML.BodyContext> {
        let code = visible.campaign.code
        return .section(
            .class("downloads"),
            .attribute(named: "aria-labelledby", value: "downloads-kop"),
            .h2(.id("downloads-kop"), .text("Downloads")),
            .ul(
                .li(.a(.href(MaturiteitPath.export(campaign: code, file: .scoresCSV).path), .text("Scores (CSV, zelf en gevalideerd)"))),
                .li(.a(.href(MaturiteitPath.export(campaign: code, file: .scoresJSON).path), .text("Scores (JSON)"))),
                .li(.a(.href(MaturiteitPath.export(campaign: code, file: .recommendationsCSV).path), .text("Aanbevelingen (CSV)"))),
                .li(.a(.href(MaturiteitPath.export(campaign: code, file: .workPackagesCSV).path), .text("Werkpakketten (CSV)")))
            )
        )
    }
}
