import AccessDomain
import Foundation
import Plot
import Platform

extension AccessGroupsPageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        let list: Node<HTML.BodyContext> = .table(
            .attr("class", "data"),
            .caption(.text(t["accessGroups.title"])),
            .thead(.tr(.th(.text(t["accessGroups.name"])), .th(.text(t["accessGroups.code"])),
                       .th(.text(t["accessGroups.members"])), .th(.text(t["accessGroups.restricted"])))),
            .tbody(.forEach(groups) { group in
                .tr(.td(.a(.attr("href", AccessPath.accessGroup(id: group.id).path), .text(group.name))), .td(.text(group.code)),
                    .td(.text(String(group.members.count))), .td(.text(String(group.restrictions.count))))
            }))
        let form: Node<HTML.BodyContext> = .postForm(
            action: AccessPath.accessGroups.path, csrf: csrf,
            .field(id: "groep-code", label: t["accessGroups.code"], name: "code", hint: t["accessGroups.codeHint"]),
            .field(id: "groep-naam", label: t["accessGroups.name"], name: "naam"),
            .field(id: "groep-omschrijving", label: t["accessGroups.description"], name: "omschrijving", required: false),
            .submitButton(t["accessGroups.add"]))
        return Page(
            title: t["accessGroups.title"],
            breadcrumbs: [adminCrumb(strings), (t["accessGroups.title"], nil)],
            content: .group(
                .notice(notice),
                .formErrors(problems, strings: strings),
                .p(.text(t["accessGroups.intro"])),
                .if(groups.isEmpty, .p(.text(t["accessGroups.none"]))),
                .if(!groups.isEmpty, list),
                .h2(.text(t["accessGroups.add"])),
                form
            ),
            strings: strings)
    }
}

extension AccessGroupEditModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        let members: Node<HTML.BodyContext> = .fieldset(
            .legend(.text(t["accessGroups.members"])),
            .forEach(organisations) { organisation in
                let id = organisation.id ?? 0
                return .div(.attr("class", "check"),
                            .checkbox(id: "lid-\(id)", name: "leden[]", value: String(id), checked: group.members.contains(id)),
                            .element(named: "label", nodes: [.attr("for", "lid-\(id)"), .text(organisation.name)]))
            })
        let levelList = levels.map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        let restrictions: Node<HTML.BodyContext> = .div(
            .attr("class", "field"),
            .element(named: "label", nodes: [.attr("for", "afgeschermd"), .text(t["accessGroup.restricted"])]),
            .p(.attr("id", "afgeschermd-hint"), .attr("class", "hint"), .text(t("accessGroup.restrictedHint", levelList))),
            .element(named: "textarea", nodes: [
                .attr("id", "afgeschermd"), .attr("name", "afgeschermd"),
                .attr("rows", "8"), .attr("cols", "50"),
                .attr("aria-describedby", "afgeschermd-hint"), .text(restrictionLines)]))
        return Page(
            title: group.name,
            breadcrumbs: [adminCrumb(strings), (t["accessGroups.title"], AccessPath.accessGroups.path), (group.name, nil)],
            content: .group(
                .formErrors(problems, strings: strings),
                .unwrap(group.description.isEmpty ? nil : group.description) { .p(.text($0)) },
                .postForm(
                    action: AccessPath.accessGroup(id: group.id).path, csrf: csrf,
                    members,
                    restrictions,
                    .submitButton(t["accessGroup.save"])),
                .postForm(action: AccessPath.deleteAccessGroup(id: group.id).path, csrf: csrf, class: "inline",
                          .labelledButton(t["accessGroup.delete"], label: t("accessGroup.deleteLabel", group.name)))
            ),
            strings: strings)
    }
}
