import DienstenDomain
import Foundation
import Platform
import Plot

extension ScreeningPageModel {
    func page() -> Page {
        let words = ScreeningWords(language)
        let t = words.t
        let crumbs: [(label: String, url: String?)] = [
            (t["home.title"], DienstenPath.home.path), (t["screening.crumb.rights"], RightsPath.home.path),
        ]
        guard let run, let profile else {
            return Page(
                title: t["screening.form.title"],
                breadcrumbs: crumbs + [(t["screening.form.crumb"], nil)],
                description: t["screening.form.description"],
                content: .group(
                    .formErrors(problemList(words), strings: SiteStrings(language)),
                    .p(.text(t["screening.form.intro"])),
                    .p(.attr("class", "screening-privacy"), .text(t["screening.form.privacy"])),
                    .unwrap(focus) { .p(.attr("class", "notice"), .text(t("screening.form.focus", $0))) },
                    ScreeningFormView(form: form, problems: problems, csrf: csrf, focus: focus, words: words).node,
                    links(t)),
                strings: SiteStrings(language))
        }
        return Page(
            title: t["screening.results.title"],
            breadcrumbs: crumbs + [(t["screening.form.crumb"], ScreeningPath.screen.path), (t["screening.results.crumb"], nil)],
            content: .group(
                .p(.attr("class", "notice"), .attr("role", "status"), .text(t["screening.results.notStored"])),
                .h2(.text(t["screening.results.profile"])),
                ScreeningProfileView(profile: profile, words: words, today: run.result.day).node,
                ScreeningResultsView(run: run, words: words, focus: focus).node,
                save(words, profile: profile, run: run),
                .element(named: "details", nodes: [
                    .attr("class", "screening-again"),
                    .element(named: "summary", nodes: [.text(t["screening.results.change"])]),
                    ScreeningFormView(form: form, problems: [:], csrf: csrf, focus: focus, words: words, submit: t["screening.results.again"]).node,
                ]),
                links(t)),
            strings: SiteStrings(language))
    }

    /// The problems above the form, each naming its field.
    func problemList(_ words: ScreeningWords) -> [String] {
        let t = words.t
        return problems.sorted { $0.key < $1.key }.map { field, message in
            field.isEmpty ? message : "\(Self.label(of: field, words)): \(message)"
        }
        .sorted { t.language == .en ? $0 < $1 : $0.localizedCompare($1) == .orderedAscending }
    }

    /// The visible label of a form field.
    static func label(of field: String, _ words: ScreeningWords) -> String {
        let t = words.t
        switch field {
        case ScreeningForm.ageField: return words.field(.age)
        case ScreeningForm.birthDateField: return t["screening.form.birthDate"]
        case ScreeningForm.householdField: return words.field(.household)
        case ScreeningForm.municipalityField: return words.field(.municipality)
        default:
            if let pair = (ScreeningForm.countFields + ScreeningForm.amountFields).first(where: { $0.name == field }) {
                return t["screening.field.\(pair.key)"]
            }
            if let status = ClientStatus.allCases.first(where: { ScreeningForm.statusField($0) == field }) { return words.status(status) }
            return field
        }
    }

    /// "Save as case" for a signed-in worker; a sign-in hint for others.
    func save(_ words: ScreeningWords, profile: ClientProfile, run: ScreeningRun) -> Node<HTML.BodyContext> {
        let t = words.t
        guard maySave else {
            return .section(
                .attr("class", "screening-save"), .attr("aria-labelledby", "screening-save-title"),
                .h2(.attr("id", "screening-save-title"), .text(t["screening.save.title"])),
                .p(.text(t["screening.save.signIn"] + " "), .a(.attr("href", AccessPath.signIn.path), .text(t["screening.save.signInLink"]))))
        }
        let profileJSON = (try? JSONEncoder.sorted.encode(profile)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return .section(
            .attr("class", "screening-save"), .attr("aria-labelledby", "screening-save-title"),
            .h2(.attr("id", "screening-save-title"), .text(t["screening.save.title"])),
            .p(.text(t["screening.save.intro"])),
            .postForm(
                action: ScreeningPath.cases.path, csrf: csrf,
                .hidden(name: ScreeningForm.profileField, value: profileJSON),
                .field(id: "screening-referentie", label: t["screening.save.reference"], name: ScreeningForm.referenceField,
                       autocomplete: "off", hint: t["screening.save.referenceHint"]),
                .selectField(id: "screening-bewaartermijn", label: t["screening.save.retention"], name: ScreeningForm.retentionField,
                             options: ScreeningCases.retentionChoices.map { (String($0), t("screening.save.days", String($0))) },
                             selected: String(ScreeningCases.defaultRetention)),
                .submitButton(t["screening.save.submit"])))
    }

    func links(_ t: Strings) -> Node<HTML.BodyContext> {
        .ul(
            .attr("class", "screening-links"),
            .li(.a(.attr("href", ScreeningPath.rules.path), .text(t["screening.links.rules"]))),
            .li(.a(.attr("href", ScreeningPath.cases.path), .text(t["screening.links.cases"]))))
    }
}
