import AccessDomain
import Foundation
import Plot
import Platform

extension OrganisationsPageModel {
    func page() -> Page {
        Page(
            title: "Organisaties",
            breadcrumbs: [adminCrumb, ("Organisaties", nil)],
            content: .group(
                .notice(notice),
                .formErrors(problems),
                .table(
                    .attr("class", "data"),
                    .caption(.text("Alle organisaties")),
                    .thead(.tr(.th(.text("Naam")), .th(.text("Code")), .th(.text("Type")), .th(.text("Leden")), .th(.text("Status")))),
                    .tbody(.forEach(organisations) { organisation in
                        .tr(.td(.a(.attr("href", AccessPath.organisation(id: organisation.id ?? 0).path), .text(organisation.name))),
                            .td(.text(organisation.code)), .td(.text(organisation.type.label)),
                            .td(.a(.attr("href", AccessPath.members(organisation: organisation.code).path),
                                   .text(String(memberCounts[organisation.id ?? 0] ?? 0)))),
                            .td(.text(organisation.active ? "actief" : "niet actief")))
                    })),
                .h2(.attr("id", "nieuwe-organisatie"), .text("Organisatie toevoegen")),
                .postForm(
                    action: AccessPath.organisations.path, csrf: csrf,
                    .field(id: "org-code", label: "Code", name: "code", hint: "Kleine letters, cijfers en koppeltekens; verschijnt in adressen."),
                    .field(id: "org-naam", label: "Naam", name: "naam"),
                    .selectField(id: "org-type", label: "Type", name: "type",
                                 options: OrganisationType.allCases.map { ($0.rawValue, $0.label) }, selected: OrganisationType.partner.rawValue),
                    .field(id: "org-gebied", label: "NIS-code van de gemeente", name: "gebied", required: false),
                    .submitButton("Organisatie toevoegen"))
            ))
    }
}

extension OrganisationEditModel {
    func page() -> Page {
        Page(
            title: organisation.name,
            breadcrumbs: [adminCrumb, ("Organisaties", AccessPath.organisations.path), (organisation.name, nil)],
            content: .group(
                .formErrors(problems),
                .p(.text("Code: "), .code(.text(organisation.code)), .text(" (blijft vast)")),
                .postForm(
                    action: AccessPath.organisation(id: organisation.id ?? 0).path, csrf: csrf,
                    .field(id: "org-naam", label: "Naam", name: "naam", value: organisation.name),
                    .selectField(id: "org-type", label: "Type", name: "type",
                                 options: OrganisationType.allCases.map { ($0.rawValue, $0.label) }, selected: organisation.typeCode),
                    .field(id: "org-gebied", label: "NIS-code van de gemeente", name: "gebied", value: organisation.areaCode ?? "", required: false),
                    .selectField(id: "org-status", label: "Status", name: "status",
                                 options: [("actief", "actief"), ("niet-actief", "niet actief (leden kunnen niet aanmelden)")],
                                 selected: organisation.active ? "actief" : "niet-actief"),
                    .submitButton("Bewaren")),
                .p(.a(.attr("href", AccessPath.members(organisation: organisation.code).path), .text("Leden van \(organisation.name)")))
            ))
    }
}
