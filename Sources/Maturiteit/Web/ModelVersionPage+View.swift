import Platform
import Plot

extension ModelVersionPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        return Page(
            title: t("modelVersion.title", current.model.name),
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (t["modelVersion.crumb"], nil)],
            content: .group(
                .p(.text(t("modelVersion.intro", String(current.model.version), String(current.model.version + 1)))),
                .formErrors(problems, strings: SiteStrings(language)),
                .postForm(
                    action: MaturiteitPath.newModelVersion(model: current.model.code).path, csrf: csrf,
                    .field(id: "naam", label: t["common.name"], name: "naam", value: name),
                    .textArea(id: "omschrijving", label: t["modelVersion.description"], name: "omschrijving", value: description),
                    .textArea(id: "themas", label: t["modelVersion.themes"], name: "themas", value: themes,
                              hint: t["modelVersion.themesHint"], rows: 12),
                    .button(.type(.submit), .text(t["modelVersion.submit"])))
            ),
            strings: SiteStrings(language))
    }
}
