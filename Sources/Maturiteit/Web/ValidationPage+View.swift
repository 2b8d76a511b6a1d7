import MaturiteitDomain
import Plot
import Platform

extension ValidationPageModel {
    func page() -> Page {
        let campaign = visible.campaign
        let scale = visible.model.scale
        let options: [(value: String, label: String)] = [("", "geen gevalideerde score")]
            + scale.allowedScores.map { (CampaignSheet.number($0), "\(NumberWords.decimal($0)) — \(scale.placement(of: $0).description)") }
        return Page(
            title: "Validatie \(organisation.shortName)",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          ("Validatie", nil)],
            content: .group(
                .p(.text("Status: \(evaluation.status.label). De zelfscore blijft bewaard; de gevalideerde score komt ernaast en wordt apart getoond en geëxporteerd.")),
                .formErrors(problems),
                .postForm(
                    action: MaturiteitPath.validation(campaign: campaign.code, organisation: organisation.code).path, csrf: csrf,
                    class: "form wide",
                    .forEach(visible.model.themes) { theme in
                        let answer = evaluation.answers[theme.code]?.answer
                        let given = scores[theme.code]
                        return .fieldset(
                            .legend(.text(theme.name)),
                            .p(.text("Zelfscore: \(answer?.score.value.map { NumberWords.decimal($0) } ?? "geen") (\(ScoreCell.words(answer?.score, scale: scale)))")),
                            .if(answer?.evidence.isEmpty == false, .p(.attr("class", "hint"), .text("Onderbouwing: \(answer?.evidence ?? "")"))),
                            .selectField(id: "gevalideerd-\(theme.code)", label: "Gevalideerde score voor \(theme.name)",
                                         name: "gevalideerd_\(theme.code)", options: options,
                                         selected: given?.score.map(CampaignSheet.number) ?? ""),
                            .field(id: "opmerking-\(theme.code)", label: "Opmerking bij de validatie", name: "opmerking_\(theme.code)",
                                   value: given?.note ?? "", required: false)
                        )
                    },
                    .button(.type(.submit), .text("Validatie bewaren"))
                ),
                .h2(.text("Terugsturen")),
                .p(.text("Stuur de zelfevaluatie terug als de organisatie ze moet aanvullen; ze wordt weer een concept.")),
                .postForm(action: MaturiteitPath.reopen(campaign: campaign.code, organisation: organisation.code).path, csrf: csrf,
                          class: "row-form", .labelledButton("Terugsturen naar \(organisation.shortName)", label: "Terugsturen naar \(organisation.shortName)"))
            ))
    }
}
