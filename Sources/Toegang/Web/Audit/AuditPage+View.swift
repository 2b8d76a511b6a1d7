import AccessDomain
import Foundation
import Plot
import Platform

extension AuditPageModel {
    func page() -> Page {
        Page(
            title: "Audittrail",
            breadcrumbs: [("Beheer", AccessPath.admin.path), ("Audittrail", nil)],
            content: .group(
                .p(.text("Elke wijziging in Stadsbeeld: wie, van welke organisatie, wanneer, wat, en de velden voor en na de wijziging.")),
                .getForm(
                    action: AccessPath.audit.path,
                    .div(.attr("class", "selectors"),
                         .selectField(id: "audit-organisatie", label: "Organisatie", name: "organisatie",
                                      options: [("", "alle")] + organisations.map { ($0.code, $0.name) }, selected: query.organisation ?? ""),
                         .selectField(id: "audit-module", label: "Module", name: "module",
                                      options: [("", "alle")] + modules, selected: query.module ?? ""),
                         .selectField(id: "audit-actie", label: "Soort wijziging", name: "actie",
                                      options: [("", "alle")] + AuditAction.allCases.map { ($0.rawValue, $0.label) }, selected: query.action ?? ""),
                         .field(id: "audit-van", label: "Van", name: "van", type: "date", value: query.from ?? "", required: false),
                         .field(id: "audit-tot", label: "Tot en met", name: "tot", type: "date", value: query.until ?? "", required: false),
                         .submitButton("Toon"))),
                .p(.a(.attr("href", AccessPath.auditCSV.url(query.items)), .text("Download deze selectie als CSV"))),
                AuditTable(events: events).node,
                .nav(.attr("aria-label", "Pagina's"), .attr("class", "pager"),
                     .if(query.page > 1, .a(.attr("href", AccessPath.audit.url(query.items + [("pagina", String(query.page - 1))])), .text("Nieuwere"))),
                     .if(hasNextPage, .a(.attr("href", AccessPath.audit.url(query.items + [("pagina", String(query.page + 1))])), .text("Oudere"))))
            ))
    }
}

/// Events as a table: one row per event, its field changes listed as before → after.
struct AuditTable {
    let events: [AuditEvent]

    var node: Node<HTML.BodyContext> {
        guard !events.isEmpty else { return .p(.text("Geen wijzigingen gevonden.")) }
        return .table(
            .attr("class", "data audit"),
            .caption(.text("Wijzigingen, nieuwste eerst")),
            .thead(.tr(.th(.text("Wanneer")), .th(.text("Wie")), .th(.text("Organisatie")), .th(.text("Wat")), .th(.text("Voor → na")))),
            .tbody(.forEach(events) { event in
                .tr(.td(.text(DutchDate.dayAndTime(event.occurredAt))),
                    .td(.text(event.actor.userLabel)),
                    .td(.text(event.actor.organisationLabel)),
                    .td(.text("\(event.action.label): \(event.summary)")),
                    .td(.if(!event.changes.isEmpty, .ul(.attr("class", "changes"), .forEach(event.changes) { change in
                        .li(.strong(.text(change.field)), .text(": \(change.before ?? "—") → \(change.after ?? "—")"))
                    }))))
            })
        )
    }
}
