import Platform
import Plot

extension NewCampaignPageModel {
    func page() -> Page {
        Page(
            title: "Nieuwe meting",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), ("Nieuwe meting", nil)],
            content: .group(
                .formErrors(problems),
                .postForm(
                    action: MaturiteitPath.newCampaign.path, csrf: csrf,
                    .selectField(id: "model", label: "Model", name: "model", options: modelOptions, selected: form.model.map(String.init)),
                    .field(id: "code", label: "Code", name: "code", value: form.code ?? "",
                           hint: "Kleine letters, cijfers en streepjes, bv. klimaatgovernance-2026. Komt in de webadressen."),
                    .field(id: "naam", label: "Naam", name: "naam", value: form.naam ?? ""),
                    .field(id: "moment", label: "Moment", name: "moment", value: form.moment ?? "", hint: "Bv. najaar 2026"),
                    participants,
                    .submitButton("Meting openen")
                )
            ))
    }

    private var modelOptions: [(value: String, label: String)] {
        models.map { stored -> (value: String, label: String) in
            (String(stored.id), stored.model.name + ", versie " + String(stored.model.version))
        }
    }

    private var participants: Node<HTML.BodyContext> {
        let chosen = Set(form.deelnemers ?? [])
        return .fieldset(
            .legend(.text("Deelnemende organisaties")),
            .forEach(organisations) { organisation in
                let id = "deelnemer-\(organisation.code)"
                return .div(.attr("class", "check"),
                            .checkbox(id: id, name: "deelnemers[]", value: String(organisation.id), checked: chosen.contains(organisation.id)),
                            .element(named: "label", nodes: [.attr("for", id), .text(organisation.name)]))
            }
        )
    }
}
