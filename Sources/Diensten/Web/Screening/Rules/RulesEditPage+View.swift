import DienstenDomain
import Foundation
import Platform
import Plot

extension RulesEditPageModel {
    func page() -> Page {
        let t = DienstenText.strings(language)
        return Page(
            title: t["screening.edit.title"],
            breadcrumbs: [
                (t["home.title"], DienstenPath.home.path), (t["screening.crumb.rights"], RightsPath.home.path),
                (t["screening.rules.crumb"], ScreeningPath.rules.path), (t["screening.edit.crumb"], nil),
            ],
            content: .group(
                .formErrors(problems, strings: SiteStrings(language)),
                .if(!failures.isEmpty, .section(
                    .attr("class", "screening-failures"), .attr("aria-labelledby", "screening-failures-title"),
                    .h2(.attr("id", "screening-failures-title"), .text(t["screening.edit.failuresTitle"])),
                    .ul(.forEach(failures) { failure in
                        .li(.strong(.text("\(failure.file) — \(failure.caseName)")), .ul(.forEach(failure.problems) { .li(.text($0)) }))
                    }))),
                .p(.text(t["screening.edit.intro"])),
                .p(.text(t("screening.edit.next", String(nextVersion)))),
                .postForm(
                    action: ScreeningPath.editRules.path, csrf: csrf, class: "form screening-edit",
                    .textArea(id: "screening-regels", label: t["screening.edit.json"], name: "regels", value: json, hint: t["screening.edit.jsonHint"], rows: 30),
                    .field(id: "screening-notitie", label: t["screening.edit.note"], name: "notitie", value: note, autocomplete: "off",
                           hint: t["screening.edit.noteHint"]),
                    .submitButton(t["screening.edit.submit"]))),
            strings: SiteStrings(language))
    }
}
