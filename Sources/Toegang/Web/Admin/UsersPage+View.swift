import AccessDomain
import Foundation
import Plot
import Platform

extension UsersPageModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["users.title"],
            breadcrumbs: [adminCrumb(site), (t["users.title"], nil)],
            content: .group(
                .notice(AdminNotices.text(notice, site)),
                .formErrors(problems, strings: site),
                .temporaryPassword(oneTimePassword, strings: site),
                .table(
                    .attr("class", "data sortable"),
                    .caption(.text(t["users.caption"])),
                    .thead(.tr(.th(.attr("data-sort", "text"), .text(t["common.name"])),
                               .th(.attr("data-sort", "text"), .text(t["common.email"])),
                               .th(.attr("data-sort", "text"), .text(t["common.organisation"])),
                               .th(.attr("data-sort", "text"), .text(t["common.role"])),
                               .th(.text(t["common.status"])))),
                    .tbody(.forEach(users) { user in
                        .tr(.td(.a(.attr("href", AccessPath.user(id: user.id ?? 0).path), .text(user.name))), .td(.text(user.email)),
                            .td(.text(organisation(user.organisationID)?.name ?? "")), .td(.text(user.role.label)),
                            .td(.text(t[user.isDisabled ? "common.disabled" : "common.active"])))
                    })),
                .h2(.text(t["users.addHeading"])),
                .postForm(
                    action: AccessPath.users.path, csrf: csrf,
                    .field(id: "gebruiker-email", label: t["common.email"], name: "email", type: "email"),
                    .field(id: "gebruiker-naam", label: t["common.name"], name: "naam"),
                    .selectField(id: "gebruiker-organisatie", label: t["common.organisation"], name: "organisatie",
                                 options: organisations.map { (String($0.id ?? 0), $0.name) }, selected: nil),
                    .selectField(id: "gebruiker-rol", label: t["common.role"], name: "rol",
                                 options: Role.allCases.map { ($0.rawValue, $0.label) }, selected: Role.viewer.rawValue),
                    .submitButton(t["users.addButton"]))
            ),
            strings: site)
    }
}

extension UserEditModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: user.name,
            breadcrumbs: [adminCrumb(site), (t["users.title"], AccessPath.users.path), (user.name, nil)],
            content: .group(
                .formErrors(problems, strings: site),
                .dl(.attr("class", "facts"), .dt(.text(t["common.email"])), .dd(.text(user.email)),
                    .dt(.text(t["common.organisation"])), .dd(.text(organisation.name)),
                    .dt(.text(t["userEdit.created"])), .dd(.text(ToegangText.dayAndTime(user.createdAt, language))),
                    .dt(.text(t["userEdit.passwordChanged"])), .dd(.text(ToegangText.dayAndTime(user.passwordChangedAt, language)))),
                .postForm(
                    action: AccessPath.user(id: user.id ?? 0).path, csrf: csrf,
                    .field(id: "gebruiker-naam", label: t["common.name"], name: "naam", value: user.name),
                    .selectField(id: "gebruiker-rol", label: t["common.role"], name: "rol",
                                 options: Role.available(for: organisation.type).map { ($0.rawValue, $0.label) }, selected: user.roleCode),
                    .selectField(id: "gebruiker-status", label: t["common.status"], name: "status",
                                 options: [("actief", t["common.active"]), ("uitgeschakeld", t["common.disabled"])],
                                 selected: user.isDisabled ? "uitgeschakeld" : "actief"),
                    .p(.attr("class", "muted"), .text(site.disableExplained)),
                    .submitButton(t["common.save"])),
                .postForm(action: AccessPath.memberPassword(organisation: organisation.code, user: user.id ?? 0).path, csrf: csrf, class: "inline",
                          .labelledButton(t["userEdit.resetButton"], label: t("userEdit.resetLabel", user.name))),
                .p(.attr("class", "muted"), .text(site.resetExplained))
            ),
            strings: site)
    }
}
