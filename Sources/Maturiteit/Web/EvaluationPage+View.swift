import MaturiteitDomain
import Plot
import Platform

extension EvaluationPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        let campaign = visible.campaign
        return Page(
            title: t("evaluation.title", organisation.shortName),
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          (t["evaluation.crumb"], nil)],
            content: .group(
                .p(.text(t("evaluation.status", campaign.campaign.name, campaign.campaign.moment,
                           evaluation.map { MaturiteitText.label($0.status, t) } ?? t["common.notStarted"]))),
                .formErrors(problems, strings: SiteStrings(language)),
                editable == .allowed ? form(t) : readOnly(t)
            ),
            strings: SiteStrings(language))
    }

    private func scoreOptions(_ t: Strings) -> [(value: String, label: String)] {
        let scale = visible.model.scale
        return [("", t["evaluation.notFilledIn"])] + scale.allowedScores.map { value in
            (CampaignSheet.number(value), "\(MaturiteitText.decimal(value, language)) — \(MaturiteitText.placement(value, scale: scale, t))")
        } + [("geen", t["evaluation.noScoreOption"])]
    }

    private func selected(_ score: ThemeScore?) -> String {
        switch score {
        case nil: ""
        case .scored(let value): CampaignSheet.number(value)
        case .some(.none(let reason)): reason == MaturityService.notYetAnswered ? "" : "geen"
        }
    }

    private func form(_ t: Strings) -> Node<HTML.BodyContext> {
        let scale = visible.model.scale
        let options = scoreOptions(t)
        return .group(
            .p(.text(t["evaluation.intro"])),
            ScoreCell.legend(scale, t),
            .postForm(
                action: MaturiteitPath.evaluation(campaign: visible.campaign.code, organisation: organisation.code).path, csrf: csrf,
                class: "form wide",
                .forEach(visible.model.themes) { theme in
                    let answer = answers[theme.code]
                    let reason = answer?.score.reason.flatMap { $0 == MaturityService.notYetAnswered ? nil : $0 } ?? ""
                    return .fieldset(
                        .legend(.text(theme.name)),
                        .if(!theme.description.isEmpty, .p(.attr("class", "hint"), .text(theme.description))),
                        .selectField(id: "score-\(theme.code)", label: t("evaluation.scoreFor", theme.name), name: "score_\(theme.code)",
                                     options: options, selected: selected(answer?.score)),
                        .field(id: "reden-\(theme.code)", label: t["evaluation.reason"], name: "reden_\(theme.code)",
                               value: reason, required: false),
                        .textArea(id: "onderbouwing-\(theme.code)", label: t["common.evidence"], name: "onderbouwing_\(theme.code)",
                                  value: answer?.evidence ?? "", hint: t["evaluation.evidenceHint"]),
                        .textArea(id: "links-\(theme.code)", label: t["evaluation.links"], name: "links_\(theme.code)",
                                  value: answer?.links.joined(separator: "\n") ?? "", hint: t["evaluation.linksHint"], rows: 2),
                        .textArea(id: "sterk-\(theme.code)", label: t["common.strengths"], name: "sterk_\(theme.code)", value: answer?.strengths ?? ""),
                        .textArea(id: "verbeter-\(theme.code)", label: t["common.improvements"], name: "verbeter_\(theme.code)", value: answer?.improvements ?? ""),
                        .textArea(id: "praktijk-\(theme.code)", label: t["common.practices"], name: "praktijk_\(theme.code)", value: answer?.practices ?? "")
                    )
                },
                .div(.attr("class", "row-form"),
                     .element(named: "button", nodes: [.attr("type", "submit"), .attr("name", "actie"),
                                                       .attr("value", "bewaren"), .text(t["evaluation.saveDraft"])]),
                     .element(named: "button", nodes: [.attr("type", "submit"), .attr("name", "actie"),
                                                       .attr("value", "indienen"), .text(t["evaluation.submit"])]))
            )
        )
    }

    private func readOnly(_ t: Strings) -> Node<HTML.BodyContext> {
        let scale = visible.model.scale
        let reason: String = if case .denied(let why) = editable { why } else { "" }
        return .group(
            .p(.attr("class", "notice"), .text(t("evaluation.readOnly", reason))),
            .table(
                .attr("class", "data maturity"),
                .caption(.text(t("evaluation.answersOf", organisation.shortName))),
                .thead(.tr(.th(.text(t["common.theme"])), .th(.text(t["common.score"])), .th(.text(t["common.level"])), .th(.text(t["common.evidence"])))),
                .tbody(.forEach(visible.model.themes) { theme in
                    let answer = answers[theme.code]
                    return .tr(.th(.attr("scope", "row"), .text(theme.name)),
                               ScoreCell.node(answer?.score, validated: evaluation?.answers[theme.code]?.validated, scale: scale, t),
                               .td(.text(ScoreCell.words(answer?.score, scale: scale, t))),
                               .td(.text(answer?.evidence ?? "")))
                })
            )
        )
    }
}
