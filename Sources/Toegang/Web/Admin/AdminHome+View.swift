import AccessDomain
import Foundation
import Plot
import Platform

/// The first crumb of every administration page.

extension AdminHomeModel {
    func page() -> Page {
        Page(
            title: "Beheer",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Beheer", nil)],
            content: .group(
                .ul(.attr("class", "admin-links"),
                    .li(.a(.attr("href", AccessPath.organisations.path), .text("Organisaties (\(organisations))"))),
                    .li(.a(.attr("href", AccessPath.users.path), .text("Gebruikers (\(users))"))),
                    .li(.a(.attr("href", AccessPath.accessGroups.path), .text("Toegangsgroepen (\(groups))"))),
                    .li(.a(.attr("href", AccessPath.audit.path), .text("Audittrail"))),
                    .li(.a(.attr("href", AccessPath.mailOutbox.path), .text("Mail")))),
                .h2(.text("Laatste wijzigingen")),
                AuditTable(events: events).node
            ))
    }
}
