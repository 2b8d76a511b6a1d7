import AccessDomain
import Plot
import Platform

extension MembersPageModel {
    func page() -> Page {
        Page(
            title: "Leden van \(organisation.name)",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Organisatie", nil)],
            content: .group(
                .notice(notice),
                .formErrors(problems),
                .temporaryPassword(oneTimePassword),
                .section(
                    .attr("aria-labelledby", "leden-kop"),
                    .h2(.attr("id", "leden-kop"), .text("Leden (\(members.count))")),
                    membersTable,
                    .p(.attr("class", "muted"), .text(strings.disableExplained)),
                    .p(.attr("class", "muted"), .text(strings.resetExplained))
                ),
                .section(
                    .attr("aria-labelledby", "nieuw-lid-kop"),
                    .h2(.attr("id", "nieuw-lid-kop"), .text("Lid toevoegen")),
                    .postForm(
                        action: AccessPath.members(organisation: organisation.code).path, csrf: csrf,
                        .field(id: "lid-email", label: "E-mailadres", name: "email", type: "email", value: form.email ?? ""),
                        .field(id: "lid-naam", label: "Naam", name: "naam", value: form.naam ?? ""),
                        .selectField(id: "lid-rol", label: "Rol", name: "rol", options: assignableRoles.map { ($0.rawValue, $0.label) },
                                     selected: form.rol ?? Role.viewer.rawValue),
                        .submitButton("Lid toevoegen"))
                )
            ))
    }

    private var membersTable: Node<HTML.BodyContext> {
        .table(
            .attr("class", "data"),
            .caption(.text("Accounts van \(organisation.name)")),
            .thead(.tr(.th(.text("Naam")), .th(.text("E-mailadres")), .th(.text("Rol en status")), .th(.text("Wachtwoord")))),
            .tbody(.forEach(members) { member in
                let id = member.id ?? 0
                return .tr(
                    .td(.text(member.name)),
                    .td(.text(member.email)),
                    .td(.postForm(
                        action: AccessPath.member(organisation: organisation.code, user: id).path, csrf: csrf, class: "row-form",
                        .selectField(id: "rol-\(id)", label: "Rol van \(member.name)", name: "rol",
                                     options: roleOptions(for: member), selected: member.roleCode),
                        .selectField(id: "status-\(id)", label: "Status van \(member.name)", name: "status",
                                     options: [("actief", "actief"), ("uitgeschakeld", "uitgeschakeld")],
                                     selected: member.isDisabled ? "uitgeschakeld" : "actief"),
                        .labelledButton("Bewaren", label: "Bewaar \(member.name)"))),
                    .td(.postForm(
                        action: AccessPath.memberPassword(organisation: organisation.code, user: id).path, csrf: csrf, class: "inline",
                        .labelledButton("Nieuw wachtwoord", label: "Nieuw wachtwoord voor \(member.name)")))
                )
            })
        )
    }

    /// The roles on offer for a member; a member whose role the actor may not hand out keeps it as the only choice.
    private func roleOptions(for member: UserModel) -> [(value: String, label: String)] {
        let roles = assignableRoles.contains(member.role) ? assignableRoles : [member.role]
        return roles.map { ($0.rawValue, $0.label) }
    }
}
