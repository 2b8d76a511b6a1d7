import AccessDomain
import Foundation
import Plot
import Platform

extension AuditPageModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["audit.title"],
            breadcrumbs: [adminCrumb(site), (t["audit.title"], nil)],
            content: .group(
                .p(.text(t["audit.intro"])),
                .getForm(
                    action: AccessPath.audit.path,
                    .div(.attr("class", "selectors"),
                         .selectField(id: "audit-organisatie", label: t["common.organisation"], name: "organisatie",
                                      options: [("", t["common.all"])] + organisations.map { ($0.code, $0.name) }, selected: query.organisation ?? ""),
                         .selectField(id: "audit-module", label: t["audit.module"], name: "module",
                                      options: [("", t["common.all"])] + modules, selected: query.module ?? ""),
                         .selectField(id: "audit-actie", label: t["audit.action"], name: "actie",
                                      options: [("", t["common.all"])] + AuditAction.allCases.map { ($0.rawValue, t.action($0)) },
                                      selected: query.action ?? ""),
                         .field(id: "audit-van", label: t["audit.from"], name: "van", type: "date", value: query.from ?? "", required: false),
                         .field(id: "audit-tot", label: t["audit.until"], name: "tot", type: "date", value: query.until ?? "", required: false),
                         .submitButton(t["common.show"]))),
                .p(.a(.attr("href", AccessPath.auditCSV.url(query.items)), .text(t["audit.download"]))),
                AuditTable(events: events, language: language).node,
                .nav(.attr("aria-label", t["common.pages"]), .attr("class", "pager"),
                     .if(query.page > 1, .a(.attr("href", AccessPath.audit.url(query.items + [("pagina", String(query.page - 1))])),
                                            .text(t["common.newer"]))),
                     .if(hasNextPage, .a(.attr("href", AccessPath.audit.url(query.items + [("pagina", String(query.page + 1))])),
                                         .text(t["common.older"]))))
            ),
            strings: site)
    }
}

/// Events as a table: one row per event, its field changes listed as before → after. The summaries and the changed
/// fields are stored in Dutch and shown as stored.
struct AuditTable {
    let events: [AuditEvent]
    let language: SiteLanguage

    var node: Node<HTML.BodyContext> {
        let t = ToegangText.strings(language)
        guard !events.isEmpty else { return .p(.text(t["auditTable.none"])) }
        return .table(
            .attr("class", "data audit"),
            .caption(.text(t["auditTable.caption"])),
            .thead(.tr(.th(.text(t["auditTable.when"])), .th(.text(t["auditTable.who"])), .th(.text(t["common.organisation"])),
                       .th(.text(t["auditTable.what"])), .th(.text(t["auditTable.beforeAfter"])))),
            .tbody(.forEach(events) { event in
                .tr(.td(.text(ToegangText.dayAndTime(event.occurredAt, language))),
                    .td(.text(event.actor.userLabel)),
                    .td(.text(event.actor.organisationLabel)),
                    .td(.text("\(t.action(event.action)): \(event.summary)")),
                    .td(.if(!event.changes.isEmpty, .ul(.attr("class", "changes"), .forEach(event.changes) { change in
                        .li(.strong(.text(change.field)), .text(": \(change.before ?? "—") → \(change.after ?? "—")"))
                    }))))
            })
        )
    }
}
