import DienstenDomain
import Foundation
import Platform
import Plot

/// The entry: the member's own register (when signed in) and the public registers of every city that publishes.
struct RegisterHomePage {
    let organisations: [(code: String, name: String, count: Int)]
    let signedIn: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        return Page(
            title: t["register.home.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["register.home.title"], nil)],
            description: t["register.home.text"],
            content: .group(
                .p(.text(t["register.home.intro"])),
                signedIn
                    ? .ul(.attr("class", "register-links"),
                          .li(.a(.attr("href", RegisterPath.manage.path), .text(t["register.home.own"]))),
                          .li(.a(.attr("href", RegisterPath.templates.path), .text(t["register.manage.templates"]))))
                    : .p(.text(t["register.home.signIn"])),
                .h2(.text(t["register.home.public"])),
                organisations.isEmpty ? .p(.text(t["register.home.nonePublic"])) : .ul(.forEach(organisations) { organisation in
                    .li(.a(.attr("href", RegisterPath.publicRegister(organisation.code).path), .text(organisation.name)),
                        .text(" — " + t("register.home.count", String(organisation.count))))
                })
            ),
            strings: SiteStrings(language))
    }
}

/// A city's public register: the published activities with their art. 30.1 fields, no internal notes; printable
/// (one activity per A4 page) and as CSV.
struct RegisterPublicPage {
    let organisationCode: String
    let organisationName: String
    let records: [RegisterActivityRecord]
    let printable: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let title = t("register.public.title", organisationName)
        return Page(
            title: title,
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["register.home.title"], RegisterPath.home.path),
                          (organisationName, printable ? RegisterPath.publicRegister(organisationCode).path : nil)]
                + (printable ? [(t["register.public.print"], nil)] : []),
            description: t("register.public.description", organisationName),
            content: .group(
                .p(.text(t["register.public.intro"])),
                .if(!printable, .ul(.attr("class", "register-links no-print"),
                                    .li(.a(.attr("href", RegisterPath.publicCSV(organisationCode).path), .text(t["register.public.csv"]))),
                                    .li(.a(.attr("href", RegisterPath.publicPrint(organisationCode).path), .text(t["register.public.print"]))))),
                records.isEmpty ? .p(.text(t["register.public.empty"])) : .group(
                    .if(!printable, .nav(.attr("aria-label", t["register.public.contents"]),
                                         .ol(.forEach(records) { record in
                                             .li(.a(.attr("href", "#activiteit-\(record.summary.id)"), .text(record.activity.name)))
                                         }))),
                    .forEach(records) { record in
                        .article(
                            .attr("class", "register-activity"), .attr("id", "activiteit-\(record.summary.id)"),
                            .attr("aria-labelledby", "activiteit-\(record.summary.id)-titel"),
                            .h2(.attr("id", "activiteit-\(record.summary.id)-titel"), .text(record.activity.name)),
                            RegisterNodes.facts(ProcessingFields.flatten(record.activity, word: w.word)
                                .filter { $0.name != "name" }
                                .map { (label: w.field($0.name), text: $0.text) }, emptyText: "—")
                        )
                    }
                )
            ),
            strings: SiteStrings(language))
    }
}

/// The Kenniscentrum's templates, for any signed-in member to copy into the own register as a draft; each links to
/// what the knowledge base has on it.
struct RegisterTemplatesPage {
    let templates: [RegisterActivityRecord]
    let mayCopy: Bool
    let csrf: String
    let language: SiteLanguage

    static func kennisSearch(_ name: String) -> String { SitePath.search.path + "?q=" + PathEscaping.query("AVG " + name) }

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        return Page(
            title: t["register.templates.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["register.home.title"], RegisterPath.home.path),
                          (t["register.templates.title"], nil)],
            content: .group(
                .p(.text(t["register.templates.intro"])),
                templates.isEmpty ? .p(.text(t["register.templates.empty"])) : .ul(.attr("class", "register-templates"), .forEach(templates) { template in
                    .li(
                        .a(.attr("href", RegisterPath.templateShow(template.summary.id).path), .text(template.activity.name)),
                        .text(" — " + template.activity.purposes.map(\.description).joined(separator: "; ")),
                        .text(" "),
                        .a(.attr("href", Self.kennisSearch(template.activity.name)), .text(t("register.templates.kennis", template.activity.name))),
                        .if(mayCopy, .postForm(action: RegisterPath.copyTemplate(template.summary.id).path, csrf: csrf, class: "form register-inline",
                                               .labelledButton(t["register.templates.copy"], label: t("register.templates.copyLabel", template.activity.name))))
                    )
                })
            ),
            strings: SiteStrings(language))
    }
}

/// One template with all its fields.
struct RegisterTemplatePage {
    let template: RegisterActivityRecord
    let mayCopy: Bool
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        return Page(
            title: template.activity.name,
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["register.home.title"], RegisterPath.home.path),
                          (t["register.templates.title"], RegisterPath.templates.path), (template.activity.name, nil)],
            content: .group(
                .p(.a(.attr("href", RegisterTemplatesPage.kennisSearch(template.activity.name)), .text(t("register.templates.kennis", template.activity.name)))),
                RegisterNodes.facts(ProcessingFields.flatten(template.activity, word: w.word).map { (label: w.field($0.name), text: $0.text) }, emptyText: "—"),
                .if(mayCopy, .postForm(action: RegisterPath.copyTemplate(template.summary.id).path, csrf: csrf, class: "form",
                                       .submitButton(t["register.templates.copy"])))
            ),
            strings: SiteStrings(language))
    }
}

/// Per organisation: who the DPO is (name and address); the reminders go there.
struct RegisterSettingsPage {
    let values: [String: String]
    let problems: [(field: String, text: String)]
    let saved: Bool
    let mayEdit: Bool
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let messages = Dictionary(problems.map { ($0.field, $0.text) }, uniquingKeysWith: { first, _ in first })
        return Page(
            title: t["register.settings.title"],
            breadcrumbs: RegisterNodes.crumbs(w, [(t["register.settings.title"], nil)]),
            content: .group(
                .notice(saved ? t["register.settings.saved"] : nil),
                .p(.text(t["register.settings.intro"])),
                RegisterNodes.errorSummary(problems.map { (field: $0.field, text: t["register.settings.\($0.field)"] + ": " + $0.text) }, w),
                .if(mayEdit, .postForm(
                    action: RegisterPath.settings.path, csrf: csrf, class: "form register-form",
                    RegisterNodes.input("dpoName", t["register.settings.dpoName"], value: values["dpoName"] ?? "", problems: messages, required: true),
                    RegisterNodes.input("dpoEmail", t["register.settings.dpoEmail"], value: values["dpoEmail"] ?? "", problems: messages, type: "email",
                                        required: true),
                    .submitButton(t["register.settings.save"])
                ), else: RegisterNodes.facts([(t["register.settings.dpoName"], values["dpoName"] ?? ""), (t["register.settings.dpoEmail"], values["dpoEmail"] ?? "")],
                                             emptyText: "—"))
            ),
            strings: SiteStrings(language))
    }
}
