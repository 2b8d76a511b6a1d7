import MaturiteitDomain
import Plot
import Platform

extension EvaluationPageModel {
    func page() -> Page {
        let campaign = visible.campaign
        return Page(
            title: "Zelfevaluatie \(organisation.shortName)",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          ("Zelfevaluatie", nil)],
            content: .group(
                .p(.text("\(campaign.campaign.name), \(campaign.campaign.moment). Status: \(evaluation?.status.label ?? "nog niet begonnen").")),
                .formErrors(problems),
                editable == .allowed ? form : readOnly
            ))
    }

    private var scoreOptions: [(value: String, label: String)] {
        let scale = visible.model.scale
        return [("", "nog niet ingevuld")] + scale.allowedScores.map { value in
            (CampaignSheet.number(value), "\(NumberWords.decimal(value)) — \(scale.placement(of: value).description)")
        } + [("geen", "geen score (geef de reden)")]
    }

    private func selected(_ score: ThemeScore?) -> String {
        switch score {
        case nil: ""
        case .scored(let value): CampaignSheet.number(value)
        case .some(.none(let reason)): reason == MaturityService.notYetAnswered ? "" : "geen"
        }
    }

    private var form: Node<HTML.BodyContext> {
        let scale = visible.model.scale
        return .group(
            .p(.text("Bewaar tussendoor als concept. Dien in als elk thema een score heeft (of de reden waarom niet); daarna ziet het Kenniscentrum je antwoorden en kan het ze valideren.")),
            ScoreCell.legend(scale),
            .postForm(
                action: MaturiteitPath.evaluation(campaign: visible.campaign.code, organisation: organisation.code).path, csrf: csrf,
                class: "form wide",
                .forEach(visible.model.themes) { theme in
                    let answer = answers[theme.code]
                    let reason = answer?.score.reason.flatMap { $0 == MaturityService.notYetAnswered ? nil : $0 } ?? ""
                    return .fieldset(
                        .legend(.text(theme.name)),
                        .if(!theme.description.isEmpty, .p(.attr("class", "hint"), .text(theme.description))),
                        .selectField(id: "score-\(theme.code)", label: "Score voor \(theme.name)", name: "score_\(theme.code)",
                                     options: scoreOptions, selected: selected(answer?.score)),
                        .field(id: "reden-\(theme.code)", label: "Reden als er geen score is", name: "reden_\(theme.code)",
                               value: reason, required: false),
                        .textArea(id: "onderbouwing-\(theme.code)", label: "Onderbouwing", name: "onderbouwing_\(theme.code)",
                                  value: answer?.evidence ?? "", hint: "Waarop steunt de score: plannen, beslissingen, voorbeelden."),
                        .textArea(id: "links-\(theme.code)", label: "Links naar bronnen", name: "links_\(theme.code)",
                                  value: answer?.links.joined(separator: "\n") ?? "", hint: "Eén webadres per regel, beginnend met https://", rows: 2),
                        .textArea(id: "sterk-\(theme.code)", label: "Sterke punten", name: "sterk_\(theme.code)", value: answer?.strengths ?? ""),
                        .textArea(id: "verbeter-\(theme.code)", label: "Verbeterpunten", name: "verbeter_\(theme.code)", value: answer?.improvements ?? ""),
                        .textArea(id: "praktijk-\(theme.code)", label: "Goede praktijken", name: "praktijk_\(theme.code)", value: answer?.practices ?? "")
                    )
                },
                .div(.attr("class", "row-form"),
                     .element(named: "button", nodes: [.attr("type", "submit"), .attr("name", "actie"),
                                                       .attr("value", "bewaren"), .text("Bewaren als concept")]),
                     .element(named: "button", nodes: [.attr("type", "submit"), .attr("name", "actie"),
                                                       .attr("value", "indienen"), .text("Indienen")]))
            )
        )
    }

    private var readOnly: Node<HTML.BodyContext> {
        let scale = visible.model.scale
        let reason: String = if case .denied(let why) = editable { why } else { "" }
        return .group(
            .p(.attr("class", "notice"), .text("Je kunt deze zelfevaluatie niet wijzigen: \(reason).")),
            .table(
                .attr("class", "data maturity"),
                .caption(.text("Antwoorden van \(organisation.shortName)")),
                .thead(.tr(.th(.text("Thema")), .th(.text("Score")), .th(.text("Niveau")), .th(.text("Onderbouwing")))),
                .tbody(.forEach(visible.model.themes) { theme in
                    let answer = answers[theme.code]
                    return .tr(.th(.attr("scope", "row"), .text(theme.name)),
                               ScoreCell.node(answer?.score, validated: evaluation?.answers[theme.code]?.validated, scale: scale),
                               .td(.text(ScoreCell.words(answer?.score, scale: scale))),
                               .td(.text(answer?.evidence ?? "")))
                })
            )
        )
    }
}
