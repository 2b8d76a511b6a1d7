import AccessDomain
import Plot
import Platform

extension MembersPageModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t("members.title", organisation.name),
            breadcrumbs: [(site.home, SitePath.home.path), (t["members.crumb"], nil)],
            content: .group(
                .notice(notice.map { t["members.notice.\($0)"] }),
                .formErrors(problems, strings: site),
                .temporaryPassword(oneTimePassword, strings: site),
                .section(
                    .attr("aria-labelledby", "leden-kop"),
                    .h2(.attr("id", "leden-kop"), .text(t("members.heading", String(members.count)))),
                    membersTable(t),
                    .p(.attr("class", "muted"), .text(site.disableExplained)),
                    .p(.attr("class", "muted"), .text(site.resetExplained))
                ),
                .section(
                    .attr("aria-labelledby", "nieuw-lid-kop"),
                    .h2(.attr("id", "nieuw-lid-kop"), .text(t["members.addHeading"])),
                    .postForm(
                        action: AccessPath.members(organisation: organisation.code).path, csrf: csrf,
                        .field(id: "lid-email", label: t["common.email"], name: "email", type: "email", value: form.email ?? ""),
                        .field(id: "lid-naam", label: t["common.name"], name: "naam", value: form.naam ?? ""),
                        .selectField(id: "lid-rol", label: t["common.role"], name: "rol", options: assignableRoles.map { ($0.rawValue, $0.label) },
                                     selected: form.rol ?? Role.viewer.rawValue),
                        .submitButton(t["members.addButton"]))
                )
            ),
            strings: site)
    }

    private func membersTable(_ t: Strings) -> Node<HTML.BodyContext> {
        .table(
            .attr("class", "data"),
            .caption(.text(t("members.caption", organisation.name))),
            .thead(.tr(.th(.text(t["common.name"])), .th(.text(t["common.email"])), .th(.text(t["members.roleAndStatus"])),
                       .th(.text(t["members.password"])))),
            .tbody(.forEach(members) { member in
                let id = member.id ?? 0
                return .tr(
                    .td(.text(member.name)),
                    .td(.text(member.email)),
                    .td(.postForm(
                        action: AccessPath.member(organisation: organisation.code, user: id).path, csrf: csrf, class: "row-form",
                        .selectField(id: "rol-\(id)", label: t("members.roleOf", member.name), name: "rol",
                                     options: roleOptions(for: member), selected: member.roleCode),
                        .selectField(id: "status-\(id)", label: t("members.statusOf", member.name), name: "status",
                                     options: [("actief", t["common.active"]), ("uitgeschakeld", t["common.disabled"])],
                                     selected: member.isDisabled ? "uitgeschakeld" : "actief"),
                        .labelledButton(t["common.save"], label: t("members.saveLabel", member.name)))),
                    .td(.postForm(
                        action: AccessPath.memberPassword(organisation: organisation.code, user: id).path, csrf: csrf, class: "inline",
                        .labelledButton(t["members.resetButton"], label: t("members.resetLabel", member.name))))
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
