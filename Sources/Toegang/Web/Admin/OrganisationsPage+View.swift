import AccessDomain
import Foundation
import Plot
import Platform

extension OrganisationsPageModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["organisations.title"],
            breadcrumbs: [adminCrumb(site), (t["organisations.title"], nil)],
            content: .group(
                .notice(AdminNotices.text(notice, site)),
                .formErrors(problems, strings: site),
                .table(
                    .attr("class", "data"),
                    .caption(.text(t["organisations.caption"])),
                    .thead(.tr(.th(.text(t["common.name"])), .th(.text(t["organisations.code"])), .th(.text(t["organisations.type"])),
                               .th(.text(t["organisations.members"])), .th(.text(t["common.status"])))),
                    .tbody(.forEach(organisations) { organisation in
                        .tr(.td(.a(.attr("href", AccessPath.organisation(id: organisation.id ?? 0).path), .text(organisation.name))),
                            .td(.text(organisation.code)), .td(.text(organisation.type.label)),
                            .td(.a(.attr("href", AccessPath.members(organisation: organisation.code).path),
                                   .text(String(memberCounts[organisation.id ?? 0] ?? 0)))),
                            .td(.text(t[organisation.active ? "common.active" : "organisations.inactive"])))
                    })),
                .h2(.attr("id", "nieuwe-organisatie"), .text(t["organisations.addHeading"])),
                .postForm(
                    action: AccessPath.organisations.path, csrf: csrf,
                    .field(id: "org-code", label: t["organisations.code"], name: "code", hint: t["organisations.codeHint"]),
                    .field(id: "org-naam", label: t["common.name"], name: "naam"),
                    .selectField(id: "org-type", label: t["organisations.type"], name: "type",
                                 options: OrganisationType.allCases.map { ($0.rawValue, $0.label) }, selected: OrganisationType.partner.rawValue),
                    .field(id: "org-gebied", label: t["organisations.areaCode"], name: "gebied", required: false),
                    .submitButton(t["organisations.addButton"]))
            ),
            strings: site)
    }
}

extension OrganisationEditModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: organisation.name,
            breadcrumbs: [adminCrumb(site), (t["organisations.title"], AccessPath.organisations.path), (organisation.name, nil)],
            content: .group(
                .formErrors(problems, strings: site),
                .p(.text(t["organisationEdit.code"]), .code(.text(organisation.code)), .text(t["organisationEdit.codeFixed"])),
                .postForm(
                    action: AccessPath.organisation(id: organisation.id ?? 0).path, csrf: csrf,
                    .field(id: "org-naam", label: t["common.name"], name: "naam", value: organisation.name),
                    .selectField(id: "org-type", label: t["organisations.type"], name: "type",
                                 options: OrganisationType.allCases.map { ($0.rawValue, $0.label) }, selected: organisation.typeCode),
                    .field(id: "org-gebied", label: t["organisations.areaCode"], name: "gebied", value: organisation.areaCode ?? "", required: false),
                    .selectField(id: "org-status", label: t["common.status"], name: "status",
                                 options: [("actief", t["common.active"]), ("niet-actief", t["organisationEdit.inactive"])],
                                 selected: organisation.active ? "actief" : "niet-actief"),
                    .submitButton(t["common.save"])),
                .p(.a(.attr("href", AccessPath.members(organisation: organisation.code).path), .text(t("organisationEdit.members", organisation.name))))
            ),
            strings: site)
    }
}
