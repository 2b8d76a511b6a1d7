import MaturiteitDomain
import Plot
import Platform

extension ValidationPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        let campaign = visible.campaign
        let scale = visible.model.scale
        let options: [(value: String, label: String)] = [("", t["validation.noValidatedScore"])]
            + scale.allowedScores.map {
                (CampaignSheet.number($0), "\(MaturiteitText.decimal($0, language)) — \(MaturiteitText.placement($0, scale: scale, t))")
            }
        let sendBack = t("validation.sendBackTo", organisation.shortName)
        return Page(
            title: t("validation.title", organisation.shortName),
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          (t["validation.crumb"], nil)],
            content: .group(
                .p(.text(t("validation.intro", MaturiteitText.label(evaluation.status, t)))),
                .formErrors(problems, strings: SiteStrings(language)),
                .postForm(
                    action: MaturiteitPath.validation(campaign: campaign.code, organisation: organisation.code).path, csrf: csrf,
                    class: "form wide",
                    .forEach(visible.model.themes) { theme in
                        let answer = evaluation.answers[theme.code]?.answer
                        let given = scores[theme.code]
                        return .fieldset(
                            .legend(.text(theme.name)),
                            .p(.text(t("validation.selfScore", answer?.score.value.map { MaturiteitText.decimal($0, language) } ?? t["validation.none"],
                                       ScoreCell.words(answer?.score, scale: scale, t)))),
                            .if(answer?.evidence.isEmpty == false, .p(.attr("class", "hint"), .text(t("validation.evidence", answer?.evidence ?? "")))),
                            .selectField(id: "gevalideerd-\(theme.code)", label: t("validation.scoreFor", theme.name),
                                         name: "gevalideerd_\(theme.code)", options: options,
                                         selected: given?.score.map(CampaignSheet.number) ?? ""),
                            .field(id: "opmerking-\(theme.code)", label: t["validation.note"], name: "opmerking_\(theme.code)",
                                   value: given?.note ?? "", required: false)
                        )
                    },
                    .button(.type(.submit), .text(t["validation.save"]))
                ),
                .h2(.text(t["validation.sendBackTitle"])),
                .p(.text(t["validation.sendBackExplained"])),
                .postForm(action: MaturiteitPath.reopen(campaign: campaign.code, organisation: organisation.code).path, csrf: csrf,
                          class: "row-form", .labelledButton(sendBack, label: sendBack))
            ),
            strings: SiteStrings(language))
    }
}
