import DienstenDomain
import Foundation
import Platform
import Plot

/// The form of an activity (new or edit), grouped in fieldsets along art. 30.1; refused saves show it again with
/// every problem at its field.
struct RegisterActivityFormPage {
    let form: RegisterActivityForm
    let activityID: Int?
    let problems: [ProcessingProblem]
    let conflict: Int?
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let a = form.activity
        let messages = Dictionary(problems.map { (RegisterWords.anchor($0.field), w.problem($0.reason)) }, uniquingKeysWith: { first, _ in first })
        let summary = problems.map { (field: $0.field, text: w.fieldLabel($0.field) + ": " + w.problem($0.reason)) }
        let title = activityID == nil ? t["register.form.newTitle"] : t("register.form.editTitle", a.name)
        let action = activityID.map { RegisterPath.edit($0).path } ?? RegisterPath.newActivity.path
        let basisOptions = [("", t["register.form.choose"])] + LegalBasis.allCases.map { ($0.rawValue, "\($0.article) — \(w.word("basis.\($0.rawValue)"))") }
        let groundOptions = [("", t["register.form.noGround"])] + SpecialGround.allCases.map { ($0.rawValue, "\($0.article) — \(w.word("ground.\($0.rawValue)"))") }
        let kindOptions = DataCategory.Kind.allCases.map { ($0.rawValue, w.word("kind.\($0.rawValue)")) }
        let recipientOptions = Recipient.Kind.allCases.map { ($0.rawValue, w.word("recipient.\($0.rawValue)")) }
        let safeguardOptions = [("", t["register.form.choose"])] + Transfer.Safeguard.allCases.map { ($0.rawValue, "\($0.article) — \(w.word("safeguard.\($0.rawValue)"))") }
        func rowCount(_ count: Int) -> [Int] { Array(1...min(RegisterActivityForm.maximumRows, count + RegisterActivityForm.extraRows)) }
        let crumbs: [(String, String?)] = activityID.map { [(a.name, RegisterPath.activity($0).path), (t["register.form.edit"], nil)] }
            ?? [(t["register.form.newTitle"], nil)]
        return Page(
            title: title,
            breadcrumbs: RegisterNodes.crumbs(w, crumbs),
            content: .group(
                .p(.text(t["register.form.intro"])),
                .unwrap(conflict) { version in .p(.attr("class", "form-errors"), .attr("role", "alert"), .text(t("register.form.conflict", String(version)))) },
                RegisterNodes.errorSummary(summary, w),
                .postForm(
                    action: action, csrf: csrf, class: "form register-form",
                    .unwrap(form.expectedVersion) { .hidden(name: "version", value: String($0)) },
                    .fieldset(
                        .legend(.text(t["register.form.general"])),
                        RegisterNodes.input("name", w.field("name"), value: a.name, problems: messages, required: true),
                        RegisterNodes.input("reference", w.field("reference"), value: a.reference, problems: messages, hint: t["register.form.referenceHint"]),
                        RegisterNodes.select("status", w.field("status"), options: ProcessingActivity.Status.allCases.map { ($0.rawValue, w.word("status.\($0.rawValue)")) },
                                             selected: a.status.rawValue, problems: messages),
                        .p(.attr("class", "hint"), .text(t["register.form.statusHint"]))
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.controllerLegend"])),
                        RegisterNodes.input("controller.name", w.field("controller.name"), value: a.controller.name, problems: messages),
                        RegisterNodes.textArea("controller.contact", w.field("controller.contact"), value: a.controller.contact, problems: messages, rows: 2),
                        RegisterNodes.textArea("jointControllers", w.field("jointControllers"),
                                               value: a.jointControllers.map { $0.contact.isEmpty ? $0.name : "\($0.name) | \($0.contact)" }.joined(separator: "\n"),
                                               problems: messages, hint: t["register.form.jointHint"]),
                        RegisterNodes.input("representative.name", w.field("representative.name"), value: a.representative?.name ?? "", problems: messages,
                                            hint: t["register.form.representativeHint"]),
                        RegisterNodes.input("representative.contact", w.field("representative.contact"), value: a.representative?.contact ?? "", problems: messages),
                        RegisterNodes.input("dpoContact", w.field("dpoContact"), value: a.dpoContact, problems: messages)
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.purposesLegend"])),
                        .p(.attr("class", "hint"), .text(t["register.form.purposesHint"])),
                        .div(.attr("class", "check"),
                             .checkbox(id: "publicTask", name: "publicTask", value: "on", checked: a.publicTask),
                             .element(named: "label", nodes: [.attr("for", "publicTask"), .text(w.field("publicTask"))])),
                        .forEach(rowCount(a.purposes.count)) { row in
                            let purpose = row <= a.purposes.count ? a.purposes[row - 1] : nil
                            return .fieldset(
                                .attr("class", "register-row"),
                                .legend(.text(t("register.row.purposes", String(row)))),
                                RegisterNodes.textArea("purposes.\(row).description", w.field("purposes.description"), value: purpose?.description ?? "",
                                                       problems: messages, rows: 2),
                                RegisterNodes.select("purposes.\(row).basis", w.field("purposes.basis"), options: basisOptions,
                                                     selected: purpose?.basis?.rawValue ?? "", problems: messages),
                                RegisterNodes.input("purposes.\(row).basisDetail", w.field("purposes.basisDetail"), value: purpose?.basisDetail ?? "",
                                                    problems: messages)
                            )
                        }
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.dataLegend"])),
                        RegisterNodes.textArea("subjectCategories", w.field("subjectCategories"), value: a.subjectCategories.joined(separator: "\n"),
                                               problems: messages, hint: t["register.form.linesHint"], rows: 4),
                        .p(.attr("class", "hint"), .text(t["register.form.categoriesHint"])),
                        .forEach(rowCount(a.dataCategories.count)) { row in
                            let category = row <= a.dataCategories.count ? a.dataCategories[row - 1] : nil
                            return .fieldset(
                                .attr("class", "register-row"),
                                .legend(.text(t("register.row.dataCategories", String(row)))),
                                RegisterNodes.input("dataCategories.\(row).name", w.field("dataCategories.name"), value: category?.name ?? "", problems: messages),
                                RegisterNodes.select("dataCategories.\(row).kind", w.field("dataCategories.kind"), options: kindOptions,
                                                     selected: category?.kind.rawValue ?? "ordinary", problems: messages),
                                RegisterNodes.select("dataCategories.\(row).ground", w.field("dataCategories.ground"), options: groundOptions,
                                                     selected: category?.ground?.rawValue ?? "", problems: messages),
                                RegisterNodes.input("dataCategories.\(row).lawReference", w.field("dataCategories.lawReference"),
                                                    value: category?.lawReference ?? "", problems: messages)
                            )
                        },
                        RegisterNodes.textArea("source", w.field("source"), value: a.source, problems: messages, rows: 2)
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.recipientsLegend"])),
                        .p(.attr("class", "hint"), .text(t["register.form.recipientsHint"])),
                        .forEach(rowCount(a.recipients.count)) { row in
                            let recipient = row <= a.recipients.count ? a.recipients[row - 1] : nil
                            return .fieldset(
                                .attr("class", "register-row"),
                                .legend(.text(t("register.row.recipients", String(row)))),
                                RegisterNodes.input("recipients.\(row).name", w.field("recipients.name"), value: recipient?.name ?? "", problems: messages),
                                RegisterNodes.select("recipients.\(row).kind", w.field("recipients.kind"), options: recipientOptions,
                                                     selected: recipient?.kind.rawValue ?? "internal", problems: messages),
                                RegisterNodes.input("recipients.\(row).agreement", w.field("recipients.agreement"), value: recipient?.agreement ?? "",
                                                    problems: messages)
                            )
                        }
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.transfersLegend"])),
                        .p(.attr("class", "hint"), .text(t["register.form.transfersHint"])),
                        .forEach(rowCount(a.transfers.count)) { row in
                            let transfer = row <= a.transfers.count ? a.transfers[row - 1] : nil
                            return .fieldset(
                                .attr("class", "register-row"),
                                .legend(.text(t("register.row.transfers", String(row)))),
                                RegisterNodes.input("transfers.\(row).country", w.field("transfers.country"), value: transfer?.country ?? "", problems: messages),
                                RegisterNodes.input("transfers.\(row).recipient", w.field("transfers.recipient"), value: transfer?.recipient ?? "",
                                                    problems: messages),
                                RegisterNodes.select("transfers.\(row).safeguard", w.field("transfers.safeguard"), options: safeguardOptions,
                                                     selected: transfer?.safeguard?.rawValue ?? "", problems: messages),
                                RegisterNodes.input("transfers.\(row).detail", w.field("transfers.detail"), value: transfer?.detail ?? "", problems: messages)
                            )
                        }
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.protectionLegend"])),
                        RegisterNodes.textArea("retention", w.field("retention"), value: a.retention, problems: messages, rows: 2),
                        RegisterNodes.textArea("securityMeasures", w.field("securityMeasures"), value: a.securityMeasures.joined(separator: "\n"),
                                               problems: messages, hint: t["register.form.linesHint"], rows: 4),
                        RegisterNodes.textArea("automatedDecision", w.field("automatedDecision"), value: a.automatedDecision, problems: messages,
                                               hint: t["register.form.automatedHint"], rows: 2)
                    ),
                    .fieldset(
                        .legend(.text(t["register.form.internalLegend"])),
                        RegisterNodes.textArea("internalNote", t["register.form.internalNote"], value: form.internalNote, problems: messages,
                                               hint: t["register.form.internalHint"], rows: 3)
                    ),
                    .submitButton(t["register.form.save"])
                )
            ),
            strings: SiteStrings(language))
    }
}
