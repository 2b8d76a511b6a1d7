import AccessDomain
import Foundation
import Plot
import Platform

extension AdminHomeModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["admin.title"],
            breadcrumbs: [(site.home, SitePath.home.path), (t["admin.title"], nil)],
            content: .group(
                .ul(.attr("class", "admin-links"),
                    .li(.a(.attr("href", AccessPath.organisations.path), .text(t("admin.organisations", String(organisations))))),
                    .li(.a(.attr("href", AccessPath.users.path), .text(t("admin.users", String(users))))),
                    .li(.a(.attr("href", AccessPath.accessGroups.path), .text(t("admin.accessGroups", String(groups))))),
                    .li(.a(.attr("href", AccessPath.audit.path), .text(t["admin.audit"]))),
                    .li(.a(.attr("href", AccessPath.mailOutbox.path), .text(t["admin.mail"])))),
                .h2(.text(t["admin.latestChanges"])),
                AuditTable(events: events, language: language).node
            ),
            strings: site)
    }
}
