import AccessDomain
import Foundation
import Plot
import Platform

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
                    .attr("class", "data"),
                    .caption(.text("Toegangsgroepen")),
                    .thead(.tr(.th(.text("Naam")), .th(.text("Code")), .th(.text("Leden")), .th(.text("Afgeschermd")))),
                    .tbody(.forEach(groups) { group in
                        .tr(.td(.a(.attr("href", AccessPath.accessGroup(id: group.id).path), .text(group.name))), .td(.text(group.code)),
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
                            return .div(.attr("class", "check"),
                                        .checkbox(id: "lid-\(id)", name: "leden[]", value: String(id), checked: group.members.contains(id)),
                                        .element(named: "label", nodes: [.attr("for", "lid-\(id)"), .text(organisation.name)]))
                        }),
                    .div(.attr("class", "field"),
                         .element(named: "label", nodes: [.attr("for", "afgeschermd"), .text("Afgeschermde cijfers")]),
                         .p(.attr("id", "afgeschermd-hint"), .attr("class", "hint"),
                            .text("Eén per regel: een indicatorcode (de hele indicator) of indicatorcode@niveau (alleen dat niveau). Niveaus: "
                                  + levels.map { "\($0.code) (\($0.name))" }.joined(separator: ", ") + ".")),
                         .element(named: "textarea", nodes: [
                             .attr("id", "afgeschermd"), .attr("name", "afgeschermd"),
                             .attr("rows", "8"), .attr("cols", "50"),
                             .attr("aria-describedby", "afgeschermd-hint"), .text(restrictionLines)])),
                    .submitButton("Bewaren")),
                .postForm(action: AccessPath.deleteAccessGroup(id: group.id).path, csrf: csrf, class: "inline",
                          .labelledButton("Toegangsgroep verwijderen", label: "Toegangsgroep \(group.name) verwijderen"))
            ))
    }
}
