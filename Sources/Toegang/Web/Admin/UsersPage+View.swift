import AccessDomain
import Foundation
import Plot
import Platform

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
                    .attr("class", "data sortable"),
                    .caption(.text("Alle gebruikers")),
                    .thead(.tr(.th(.attr("data-sort", "text"), .text("Naam")),
                               .th(.attr("data-sort", "text"), .text("E-mailadres")),
                               .th(.attr("data-sort", "text"), .text("Organisatie")),
                               .th(.attr("data-sort", "text"), .text("Rol")),
                               .th(.text("Status")))),
                    .tbody(.forEach(users) { user in
                        .tr(.td(.a(.attr("href", AccessPath.user(id: user.id ?? 0).path), .text(user.name))), .td(.text(user.email)),
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
                .dl(.attr("class", "facts"), .dt(.text("E-mailadres")), .dd(.text(user.email)),
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
                    .p(.attr("class", "muted"), .text(strings.disableExplained)),
                    .submitButton("Bewaren")),
                .postForm(action: AccessPath.memberPassword(organisation: organisation.code, user: user.id ?? 0).path, csrf: csrf, class: "inline",
                          .labelledButton("Nieuw wachtwoord", label: "Nieuw tijdelijk wachtwoord voor \(user.name)")),
                .p(.attr("class", "muted"), .text(strings.resetExplained))
            ))
    }
}
