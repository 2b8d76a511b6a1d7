import Platform
import Plot

extension ModelVersionPageModel {
    func page() -> Page {
        Page(
            title: "Nieuwe versie van \(current.model.name)",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), ("Nieuwe modelversie", nil)],
            content: .group(
                .p(.text("Nu geldt versie \(current.model.version). Een nieuwe versie wordt versie \(current.model.version + 1); metingen op de vorige versie behouden hun antwoorden. Thema's met dezelfde code worden tussen versies vergeleken.")),
                .formErrors(problems),
                .postForm(
                    action: MaturiteitPath.newModelVersion(model: current.model.code).path, csrf: csrf,
                    .field(id: "naam", label: "Naam", name: "naam", value: name),
                    .textArea(id: "omschrijving", label: "Omschrijving", name: "omschrijving", value: description),
                    .textArea(id: "themas", label: "Thema's", name: "themas", value: themes,
                              hint: "Eén thema per regel: code; naam; omschrijving", rows: 12),
                    .button(.type(.submit), .text("Nieuwe versie bewaren")))
            ))
    }
}
