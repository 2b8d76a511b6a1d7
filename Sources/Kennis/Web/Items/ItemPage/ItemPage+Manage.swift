import Foundation
import KennisDomain
import Platform
import Plot

/// What the author and the editors see under an item: where it stands, the edit link, the workflow's buttons
/// (each a small form), and the upload form.
extension KnowledgeItemPageModel {
    /// The types an upload may have, for the file chooser (the server decides by the content).
    static let acceptedTypes = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.csv,.txt"

    func manage(_ t: Strings) -> Node<HTML.BodyContext> {
        let site = SiteStrings(language)
        return .section(
            .attr("class", "kennis-manage"), .attr("aria-labelledby", "beheer"),
            .h2(.attr("id", "beheer"), .text(t["items.manage.title"])),
            .p(.text(t("items.manage.status", KennisText.pair(item.status.name, language))), .text(" "),
               .text(t["items.manage.statusExplained.\(item.status.rawValue)"])),
            .if(mayEdit, .p(.a(.attr("class", "kennis-button"), .attr("href", KennisPath.edit(item.slug).path), .text(t["items.manage.edit"])))),
            .formErrors(problems[.step] ?? [], strings: site),
            .if(!steps.isEmpty, .div(.attr("class", "kennis-steps"), .forEach(steps) { step in stepForm(step, t) })),
            .if(steps.isEmpty && !mayEdit, .p(.text(t["items.manage.nothing"])))
        )
    }

    private func stepForm(_ step: WorkflowStep, _ t: Strings) -> Node<HTML.BodyContext> {
        let name = KennisText.pair(step.name, language)
        guard step == .sendBack else {
            return .postForm(action: KennisPath.step(item.slug).path, csrf: csrf, class: "inline kennis-step",
                             .hidden(name: "stap", value: step.rawValue),
                             .submitButton(name))
        }
        return .postForm(action: KennisPath.step(item.slug).path, csrf: csrf, class: "form kennis-step",
                         .hidden(name: "stap", value: step.rawValue),
                         .textArea(id: "stap-notitie", label: t["items.manage.note"], name: "notitie", value: note,
                                   hint: t["items.manage.noteHint"], rows: 3),
                         .submitButton(name))
    }

    /// A multipart form: title, optional version label, the file.
    func uploadForm(_ t: Strings) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "kennis-upload"),
            .h3(.attr("id", "toevoegen"), .text(t["items.upload.title"])),
            .p(.attr("class", "hint"), .attr("id", "upload-regels"), .text(t["items.upload.rules"])),
            .formErrors(problems[.upload] ?? [], strings: SiteStrings(language)),
            .element(named: "form", nodes: [
                .attr("method", "post"), .attr("action", KennisPath.upload(item.slug).path), .attr("enctype", "multipart/form-data"),
                .attr("class", "form"), .attr("aria-labelledby", "toevoegen"),
                .hidden(name: CSRF.field, value: csrf),
                .field(id: "upload-titel", label: t["items.upload.fileTitle"], name: "titel", value: uploadTitle, required: false,
                       hint: t["items.upload.fileTitleHint"]),
                .field(id: "upload-versie", label: t["items.upload.version"], name: "versie", value: uploadVersion, required: false,
                       hint: t["items.upload.versionHint"]),
                .div(.attr("class", "field"),
                     .element(named: "label", nodes: [.attr("for", "upload-bestand"), .text(t["items.upload.file"])]),
                     .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                        .attr("type", "file"), .attr("id", "upload-bestand"), .attr("name", "bestand"), .attr("required"),
                        .attr("accept", Self.acceptedTypes), .attr("aria-describedby", "upload-regels"),
                     ]))),
                .submitButton(t["items.upload.submit"]),
            ])
        )
    }
}
