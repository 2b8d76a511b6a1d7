import DienstenDomain
import Foundation
import Platform
import Plot

/// The member's own register: the activities with their status, publication and DPIA verdict, and the way to the
/// requests, the breach log, the exports and the templates.
struct RegisterManagePage {
    let organisationName: String
    let organisationCode: String
    let activities: [RegisterActivitySummary]
    let openRequests: Int
    let overdueRequests: Int
    let openBreaches: Int
    let dpo: (name: String, email: String)?
    let mayEdit: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        return Page(
            title: t("register.manage.heading", organisationName),
            breadcrumbs: RegisterNodes.crumbs(w, []),
            content: .group(
                .p(.text(t["register.manage.intro"])),
                .ul(.attr("class", "register-links"),
                    .if(mayEdit, .li(.a(.attr("href", RegisterPath.newActivity.path), .text(t["register.manage.new"])))),
                    .li(.a(.attr("href", RegisterPath.templates.path), .text(t["register.manage.templates"]))),
                    .li(.a(.attr("href", RegisterPath.requests.path), .text(t("register.manage.requests", String(openRequests), String(overdueRequests))))),
                    .li(.a(.attr("href", RegisterPath.breaches.path), .text(t("register.manage.breaches", String(openBreaches))))),
                    .li(.a(.attr("href", RegisterPath.export.path), .text(t["register.manage.export"]))),
                    .li(.a(.attr("href", RegisterPath.publicRegister(organisationCode).path), .text(t["register.manage.public"]))),
                    .li(.a(.attr("href", RegisterPath.settings.path), .text(t["register.manage.settings"])))),
                .p(.text(dpo.map { t("register.manage.dpo", $0.name, $0.email) } ?? t["register.manage.noDPO"])),
                activities.isEmpty ? .p(.text(t["register.manage.empty"])) : RegisterNodes.table(
                    id: "activiteiten", caption: t["register.manage.caption"],
                    head: [w.field("name"), w.field("reference"), w.field("status"), t["register.manage.published"], t["register.dpia.short"],
                           t["register.manage.version"]],
                    rows: activities.map { a in
                        [.a(.attr("href", RegisterPath.activity(a.id).path), .text(a.name)), .text(a.reference.isEmpty ? "—" : a.reference),
                         .text(w.word("status.\(a.status.rawValue)")),
                         .text(a.published ? t["register.yes"] : t["register.no"]) ,
                         .text(a.dpiaVerdict.map { t["register.dpia.verdict.\($0.rawValue)"] } ?? t["register.dpia.notDone"]),
                         .text(String(a.currentVersion))]
                    })
            ),
            strings: SiteStrings(language))
    }
}

/// One activity of the own register: every field, the DPIA verdict, the publication switch and the way to its
/// versions and edit form.
struct RegisterActivityPage {
    let record: RegisterActivityRecord
    let problems: [ProcessingProblem]
    let notice: String?
    let mayEdit: Bool
    let mayMarkTemplate: Bool
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let s = record.summary
        let fields = ProcessingFields.flatten(record.activity, word: w.word).map { (label: w.field($0.name), text: $0.text) }
        return Page(
            title: record.activity.name,
            breadcrumbs: RegisterNodes.crumbs(w, [(record.activity.name, nil)]),
            content: .group(
                .notice(notice),
                .p(.text(t("register.activity.version", String(s.currentVersion), w.moment(s.updatedAt)))),
                .ul(.attr("class", "register-links"),
                    .if(mayEdit, .li(.a(.attr("href", RegisterPath.edit(s.id).path), .text(t["register.activity.edit"])))),
                    .li(.a(.attr("href", RegisterPath.versions(s.id).path), .text(t["register.activity.versions"]))),
                    .li(.a(.attr("href", RegisterPath.dpia(s.id).path), .text(t["register.activity.dpia"])))),
                .if(!problems.isEmpty, .div(
                    .attr("class", "register-incomplete"),
                    .h2(.text(t["register.activity.incomplete"])),
                    .ul(.forEach(problems) { .li(.text(w.fieldLabel($0.field) + ": " + w.problem($0.reason))) }))),
                .h2(.text(t["register.activity.fields"])),
                RegisterNodes.facts(fields, emptyText: "—"),
                .h2(.text(t["register.dpia.short"])),
                .p(.text(s.dpiaVerdict.map { t["register.dpia.verdict.\($0.rawValue)"] } ?? t["register.dpia.notDone"])),
                .if(!s.internalNote.isEmpty, .group(.h2(.text(t["register.form.internalNote"])), .p(.text(s.internalNote)))),
                .h2(.text(t["register.activity.publication"])),
                .p(.text(s.published ? t["register.activity.isPublished"] : t["register.activity.notPublished"])),
                .if(mayEdit, .postForm(action: RegisterPath.publish(s.id).path, csrf: csrf, class: "form register-inline",
                                       .hidden(name: "published", value: s.published ? "0" : "1"),
                                       .submitButton(s.published ? t["register.activity.withdraw"] : t["register.activity.publish"]))),
                .if(mayMarkTemplate, .postForm(action: RegisterPath.template(s.id).path, csrf: csrf, class: "form register-inline",
                                               .hidden(name: "template", value: s.isTemplate ? "0" : "1"),
                                               .submitButton(s.isTemplate ? t["register.activity.untemplate"] : t["register.activity.makeTemplate"])))
            ),
            strings: SiteStrings(language))
    }
}

/// The versions of an activity, and what changed between two of them.
struct RegisterVersionsPage {
    let activityID: Int
    let name: String
    let versions: [RegisterActivityVersion]
    let from: Int
    let to: Int
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let old = versions.first { $0.version == from }
        let new = versions.first { $0.version == to }
        let changes = (old != nil && new != nil) ? ProcessingDiff.between(old!.activity, new!.activity, word: w.word) : []
        let options = versions.map { (value: String($0.version), label: t("register.versions.option", String($0.version), w.moment($0.savedAt))) }
        return Page(
            title: t("register.versions.title", name),
            breadcrumbs: RegisterNodes.crumbs(w, [(name, RegisterPath.activity(activityID).path), (t["register.activity.versions"], nil)]),
            content: .group(
                RegisterNodes.table(
                    id: "versies", caption: t["register.versions.caption"],
                    head: [t["register.manage.version"], t["register.versions.savedAt"], t["register.versions.by"], w.field("status")],
                    rows: versions.map { v in
                        [.text(String(v.version)), .text(w.moment(v.savedAt)), .text(v.userName ?? "—"), .text(w.word("status.\(v.activity.status.rawValue)"))]
                    }),
                .h2(.attr("id", "verschil"), .text(t("register.versions.diffTitle", String(from), String(to)))),
                .getForm(action: RegisterPath.versions(activityID).path,
                         .selectField(id: "van", label: t["register.versions.from"], name: "van", options: options, selected: String(from)),
                         .selectField(id: "naar", label: t["register.versions.to"], name: "naar", options: options, selected: String(to)),
                         .submitButton(t["register.versions.compare"])),
                changes.isEmpty ? .p(.text(t["register.versions.same"])) : RegisterNodes.table(
                    id: "verschillen", caption: t("register.versions.diffCaption", String(from), String(to)),
                    head: [t["register.versions.field"], t["register.versions.removed"], t["register.versions.added"]],
                    rows: changes.map { change in
                        let removed = change.removed.isEmpty && change.added.isEmpty ? [change.before] : change.removed
                        let added = change.removed.isEmpty && change.added.isEmpty ? [change.after] : change.added
                        return [.text(w.field(change.field)),
                                .ul(.attr("class", "register-removed"), .forEach(removed) { .li(.element(named: "del", text: $0)) }),
                                .ul(.attr("class", "register-added"), .forEach(added) { .li(.element(named: "ins", text: $0)) })]
                    })
            ),
            strings: SiteStrings(language))
    }
}
