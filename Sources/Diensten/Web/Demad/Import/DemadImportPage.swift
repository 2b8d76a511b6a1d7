import DienstenDomain
import Foundation
import Platform
import Plot

/// The import of measurements from a CSV file: the format, the upload form, and the located problems of a refused
/// file (nothing of it written) or what a good file added.
struct DemadImportPage {
    let language: SiteLanguage
    var csrf = ""
    var problems: [DemadImportFile.Problem] = []
    var message: String?
    var result: (cases: Int, newCases: Int, measurements: Int)?

    func page() -> Page {
        let w = DemadWords(language)
        let t = w.t
        let columns = DemadImportFile.required + w.scale.domainCodes + DemadImportFile.optional
        return Page(
            title: t["demad.import.title"],
            breadcrumbs: w.breadcrumbs(t["demad.import.title"]),
            content: .group(
                .unwrap(result) { r in
                    .p(.attr("class", "notice"), .attr("role", "status"),
                       .text(t("demad.import.done", String(r.measurements), String(r.cases), String(r.newCases))))
                },
                .unwrap(message) { .div(.attr("class", "form-errors"), .attr("role", "alert"), .p(.text($0))) },
                .if(!problems.isEmpty, .div(
                    .attr("class", "form-errors"), .attr("role", "alert"), .attr("id", "demad-import-problems"),
                    .p(.text(t("demad.import.refused", String(problems.count)))),
                    .ul(.forEach(problems.prefix(200)) { .li(.text($0.description)) })
                )),
                .p(.text(t["demad.import.intro"])),
                .h2(.attr("id", "demad-format"), .text(t["demad.import.formatTitle"])),
                .p(.text(t["demad.import.format"])),
                .p(.code(.text(columns.joined(separator: ";")))),
                .p(.attr("class", "hint"), .text(t["demad.import.example"])),
                .pre(.code(.text("dossier;datum;inkomen;schulden;huisvesting;doelen_gesteld;doelen_bereikt\nAB-1234;2026-01-15;2;1;3;3;0\nAB-1234;2026-05-10;3;2;3;3;1"))),
                .element(named: "form", nodes: [
                    .attr("method", "post"), .attr("action", DemadPath.importFile.path), .attr("enctype", "multipart/form-data"), .attr("class", "form"),
                    .hidden(name: CSRF.field, value: csrf),
                    .div(.attr("class", "field"),
                         .element(named: "label", nodes: [.attr("for", "bestand"), .text(t["demad.import.file"])]),
                         .p(.attr("id", "bestand-hint"), .attr("class", "hint"), .text(t["demad.import.fileHint"])),
                         .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                            .attr("type", "file"), .attr("id", "bestand"), .attr("name", "bestand"), .attr("accept", ".csv,text/csv"),
                            .attr("required", "required"), .attr("aria-describedby", "bestand-hint"),
                         ]))),
                    .element(named: "button", nodes: [.attr("type", "submit"), .text(t["demad.import.submit"])]),
                ])
            ),
            strings: SiteStrings(language))
    }
}
