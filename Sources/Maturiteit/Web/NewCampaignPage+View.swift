import Platform
import Plot

extension NewCampaignPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        return Page(
            title: t["newCampaign.title"],
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (t["newCampaign.title"], nil)],
            content: .group(
                .formErrors(problems, strings: SiteStrings(language)),
                .postForm(
                    action: MaturiteitPath.newCampaign.path, csrf: csrf,
                    .selectField(id: "model", label: t["common.model"], name: "model", options: modelOptions(t),
                                 selected: form.model.map(String.init)),
                    .field(id: "code", label: t["newCampaign.code"], name: "code", value: form.code ?? "",
                           hint: t["newCampaign.codeHint"]),
                    .field(id: "naam", label: t["common.name"], name: "naam", value: form.naam ?? ""),
                    .field(id: "moment", label: t["common.moment"], name: "moment", value: form.moment ?? "", hint: t["newCampaign.momentHint"]),
                    participants(t),
                    .submitButton(t["newCampaign.submit"])
                )
            ),
            strings: SiteStrings(language))
    }

    private func modelOptions(_ t: Strings) -> [(value: String, label: String)] {
        models.map { stored -> (value: String, label: String) in
            (String(stored.id), t("newCampaign.modelOption", stored.model.name, String(stored.model.version)))
        }
    }

    private func participants(_ t: Strings) -> Node<HTML.BodyContext> {
        let chosen = Set(form.deelnemers ?? [])
        return .fieldset(
            .legend(.text(t["newCampaign.participants"])),
            .forEach(organisations) { organisation in
                let id = "deelnemer-\(organisation.code)"
                return .div(.attr("class", "check"),
                            .checkbox(id: id, name: "deelnemers[]", value: String(organisation.id), checked: chosen.contains(organisation.id)),
                            .element(named: "label", nodes: [.attr("for", id), .text(organisation.name)]))
            }
        )
    }
}
