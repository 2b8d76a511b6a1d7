import AccessDomain
import Foundation
import Plot
import Storage

private let adminCrumb: (label: String, url: String?) = ("Beheer", AccessPath.admin.path)

/// A submit button whose accessible name says which row it acts on.
private func rowButton(_ text: String, label: String) -> Node<HTML.BodyContext> {
    .element(named: "button", nodes: [.attribute(named: "type", value: "submit"), .attribute(named: "aria-label", value: label), .text(text)])
}

extension AdminHomeModel {
    func page() -> Page {
        Page(
            title: "Beheer",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Beheer", nil)],
            content: .group(
                .ul(.class("admin-links"),
                    .li(.a(.href(AccessPath.organisations.path), .text("Organisaties (\(organisations))"))),
                    .li(.a(.href(AccessPath.users.path), .text("Gebruikers (\(users))"))),
                    .li(.a(.href(AccessPath.accessGroups.path), .text("Toegangsgroepen (\(groups))"))),
                    .li(.a(.href(AccessPath.audit.path), .text("Audittrail")))),
                .h2(.text("Laatste wijzigingen")),
                AuditTable(events: events).node
            ))
    }
}

extension OrganisationsPageModel {
    func page() -> Page {
        Page(
            title: "Organisaties",
            breadcrumbs: [adminCrumb, ("Organisaties", nil)],
            content: .group(
                .notice(notice),
                .formErrors(problems),
                .table(
                    .caption(.text("Alle organisaties")),
                    .thead(.tr(.th(.text("Naam")), .th(.text("Code")), .th(.text("Type")), .th(.text("Leden")), .th(.text("Status")))),
                    .tbody(.forEach(organisations) { organisation in
                        .tr(.td(.a(.href(AccessPath.organisation(id: organisation.id ?? 0).path), .text(organisation.name))),
                            .td(.text(organisation.code)), .td(.text(organisation.type.label)),
                            .td(.a(.href(AccessPath.members(organisation: organisation.code).path),
                                   .text(String(memberCounts[organisation.id ?? 0] ?? 0)))),
                            .td(.text(organisation.active ? "actief" : "niet actief")))
                    })),
                .h2(.id("nieuwe-organisatie"), .text("Organisatie toevoegen")),
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
                .p(.a(.href(AccessPath.members(organisation: organisation.code).path), .text("Leden van \(organisation.name)")))
            ))
    }
}

extension UsersPageModel {
    func page() -> Page {
        Page(
            title: "Gebruikers",
            breadcrumbs: [adminCrumb, ("Gebruikers", nil)],
            content: .group(
                .notice(notice),
                .formErrors(problems),
                .temporaryPassword(oneTimePassword),
                .table(
                    .class("sortable"),
                    .caption(.text("Alle gebruikers")),
                    .thead(.tr(.th(.attribute(named: "data-sort", value: "text"), .text("Naam")),
                               .th(.attribute(named: "data-sort", value: "text"), .text("E-mailadres")),
                               .th(.attribute(named: "data-sort", value: "text"), .text("Organisatie")),
                               .th(.attribute(named: "data-sort", value: "text"), .text("Rol")),
                               .th(.text("Status")))),
                    .tbody(.forEach(users) { user in
                        .tr(.td(.a(.href(AccessPath.user(id: user.id ?? 0).path), .text(user.name))), .td(.text(user.email)),
                            .td(.text(organisation(user.organisationID)?.name ?? "")), .td(.text(user.role.label)),
                            .td(.text(user.isDisabled ? "uitgeschakeld" : "actief")))
                    })),
                .h2(.text("Gebruiker toevoegen")),
                .postForm(
                    action: AccessPath.users.path, csrf: csrf,
                    .field(id: "gebruiker-email", label: "E-mailadres", name: "email", type: "email"),
                    .field(id: "gebruiker-naam", label: "Naam", name: "naam"),
                    .selectField(id: "gebruiker-organisatie", label: "Organisatie", name: "organisatie",
                                 options: organisations.map { (String($0.id ?? 0), $0.name) }, selected: nil),
                    .selectField(id: "gebruiker-rol", label: "Rol", name: "rol",
                                 options: Role.allCases.map { ($0.rawValue, $0.label) }, selected: Role.viewer.rawValue),
                    .submitButton("Gebruiker toevoegen"))
            ))
    }
}

extension UserEditModel {
    func page() -> Page {
        Page(
            title: user.name,
            breadcrumbs: [adminCrumb, ("Gebruikers", AccessPath.users.path), (user.name, nil)],
            content: .group(
                .formErrors(problems),
                .dl(.class("facts"), .dt(.text("E-mailadres")), .dd(.text(user.email)),
                    .dt(.text("Organisatie")), .dd(.text(organisation.name)),
                    .dt(.text("Aangemaakt")), .dd(.text(DutchDate.dayAndTime(user.createdAt))),
                    .dt(.text("Wachtwoord gewijzigd")), .dd(.text(DutchDate.dayAndTime(user.passwordChangedAt)))),
                .postForm(
                    action: AccessPath.user(id: user.id ?? 0).path, csrf: csrf,
                    .field(id: "gebruiker-naam", label: "Naam", name: "naam", value: user.name),
                    .selectField(id: "gebruiker-rol", label: "Rol", name: "rol",
                                 options: Role.available(for: organisation.type).map { ($0.rawValue, $0.label) }, selected: user.roleCode),
                    .selectField(id: "gebruiker-status", label: "Status", name: "status",
                                 options: [("actief", "actief"), ("uitgeschakeld", "uitgeschakeld")],
                                 selected: user.isDisabled ? "uitgeschakeld" : "actief"),
                    .submitButton("Bewaren")),
                .postForm(action: AccessPath.memberPassword(organisation: organisation.code, user: user.id ?? 0).path, csrf: csrf, class: "inline",
                          rowButton("Nieuw wachtwoord", label: "Nieuw tijdelijk wachtwoord voor \(user.name)"))
            ))
    }
}

extension AccessGroupsPageModel {
    func page() -> Page {
        Page(
            title: "Toegangsgroepen",
            breadcrumbs: [adminCrumb, ("Toegangsgroepen", nil)],
            content: .group(
                .notice(notice),
                .formErrors(problems),
                .p(.text("Een toegangsgroep schermt een indicator af, of één gebiedsniveau ervan (bijvoorbeeld statistische sectoren). "
                         + "Alleen de organisaties in de groep zien die cijfers; bezoekers zonder account zien ze nergens, ook niet in de API of in downloads. "
                         + "Indicatoren met een formule erven de afscherming van de indicatoren waaruit ze berekend worden.")),
                .if(groups.isEmpty, .p(.text("Er zijn nog geen toegangsgroepen."))),
                .if(!groups.isEmpty, .table(
                    .caption(.text("Toegangsgroepen")),
                    .thead(.tr(.th(.text("Naam")), .th(.text("Code")), .th(.text("Leden")), .th(.text("Afgeschermd")))),
                    .tbody(.forEach(groups) { group in
                        .tr(.td(.a(.href(AccessPath.accessGroup(id: group.id).path), .text(group.name))), .td(.text(group.code)),
                            .td(.text(String(group.members.count))), .td(.text(String(group.restrictions.count))))
                    }))),
                .h2(.text("Toegangsgroep toevoegen")),
                .postForm(
                    action: AccessPath.accessGroups.path, csrf: csrf,
                    .field(id: "groep-code", label: "Code", name: "code", hint: "Kleine letters, cijfers en koppeltekens."),
                    .field(id: "groep-naam", label: "Naam", name: "naam"),
                    .field(id: "groep-omschrijving", label: "Omschrijving", name: "omschrijving", required: false),
                    .submitButton("Toegangsgroep toevoegen"))
            ))
    }
}

extension AccessGroupEditModel {
    func page() -> Page {
        Page(
            title: group.name,
            breadcrumbs: [adminCrumb, ("Toegangsgroepen", AccessPath.accessGroups.path), (group.name, nil)],
            content: .group(
                .formErrors(problems),
                .unwrap(group.description.isEmpty ? nil : group.description) { .p(.text($0)) },
                .postForm(
                    action: AccessPath.accessGroup(id: group.id).path, csrf: csrf,
                    .fieldset(
                        .legend(.text("Leden")),
                        .forEach(organisations) { organisation in
                            let id = organisation.id ?? 0
                            return .div(.class("check"),
                                        .checkbox(id: "lid-\(id)", name: "leden[]", value: String(id), checked: group.members.contains(id)),
                                        .element(named: "label", nodes: [.attribute(named: "for", value: "lid-\(id)"), .text(organisation.name)]))
                        }),
                    .div(.class("field"),
                         .element(named: "label", nodes: [.attribute(named: "for", value: "afgeschermd"), .text("Afgeschermde cijfers")]),
                         .p(.id("afgeschermd-hint"), .class("hint"),
                            .text("Eén per regel: een indicatorcode (de hele indicator) of indicatorcode@niveau (alleen dat niveau). Niveaus: "
                                  + levels.map { "\($0.code) (\($0.name))" }.joined(separator: ", ") + ".")),
                         .element(named: "textarea", nodes: [
                             .attribute(named: "id", value: "afgeschermd"), .attribute(named: "name", value: "afgeschermd"),
                             .attribute(named: "rows", value: "8"), .attribute(named: "cols", value: "50"),
                             .attribute(named: "aria-describedby", value: "afgeschermd-hint"), .text(restrictionLines)])),
                    .submitButton("Bewaren")),
                .postForm(action: AccessPath.deleteAccessGroup(id: group.id).path, csrf: csrf, class: "inline",
                          rowButton("Toegangsgroep verwijderen", label: "Toegangsgroep \(group.name) verwijderen"))
            ))
    }
}
