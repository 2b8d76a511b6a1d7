import Foundation
import Plot
import Platform

extension MailPageModel {
    func page() -> Page {
        let t = ToegangText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["mail.title"],
            breadcrumbs: [adminCrumb(site), (t["mail.title"], nil)],
            content: .group(
                .p(.text(t["mail.intro"])),
                .p(.text(server.map { t("mail.server", $0) } ?? t["mail.noServer"])),
                .getForm(
                    action: AccessPath.mailOutbox.path,
                    .div(.attr("class", "selectors"),
                         .selectField(id: "mail-status", label: t["common.status"], name: "status",
                                      options: [("", t["common.all"])]
                                        + MailStatus.allCases.map { ($0.rawValue, "\(t.mailStatus($0)) (\(counts[$0] ?? 0))") },
                                      selected: status?.rawValue ?? ""),
                         .submitButton(t["common.show"]))),
                table(t),
                .nav(.attr("aria-label", t["common.pages"]), .attr("class", "pager"),
                     .if(pageNumber > 1, .a(.attr("href", url(page: pageNumber - 1)), .text(t["common.newer"]))),
                     .if(hasNextPage, .a(.attr("href", url(page: pageNumber + 1)), .text(t["common.older"]))))
            ),
            strings: site)
    }

    /// The messages as stored: their module, addresses, subject and last error are not translated.
    private func table(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !messages.isEmpty else { return .p(.text(t["mail.none"])) }
        return .table(
            .attr("class", "data mail"),
            .caption(.text(t["mail.caption"])),
            .thead(.tr(.th(.text(t["mail.created"])), .th(.text(t["mail.module"])), .th(.text(t["mail.to"])), .th(.text(t["mail.subject"])),
                       .th(.text(t["common.status"])), .th(.text(t["mail.attempts"])), .th(.text(t["mail.nextAttempt"])),
                       .th(.text(t["mail.lastError"])), .th(.text(t["mail.sent"])))),
            .tbody(.forEach(messages) { message in
                .tr(.td(.text(ToegangText.dayAndTime(message.createdAt, language))),
                    .td(.text(message.module)),
                    .td(.text(message.to.joined(separator: ", "))),
                    .td(.text(message.subject)),
                    .td(.text(t.mailStatus(message.status))),
                    .td(.text(String(message.attempts))),
                    .td(.text(message.status == .queued ? ToegangText.dayAndTime(message.nextAttemptAt, language) : "—")),
                    .td(.text(message.lastError ?? "—")),
                    .td(.text(message.sentAt.map { ToegangText.dayAndTime($0, language) } ?? "—")))
            })
        )
    }
}
