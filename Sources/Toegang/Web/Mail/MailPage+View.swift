import Foundation
import Plot
import Platform

extension MailPageModel {
    func page() -> Page {
        Page(
            title: "Mail",
            breadcrumbs: [adminCrumb, ("Mail", nil)],
            content: .group(
                .p(.text("Berichten die Stadsbeeld verstuurt, zoals herinneringen en nieuwsbrieven. Een bericht dat niet vertrekt, "
                    + "wordt opnieuw geprobeerd na 1 minuut, 5 minuten, 30 minuten, 2 uur en 12 uur; daarna is het mislukt.")),
                .p(.text(server.map { "Verzonden via \($0)." } ?? "Er is geen SMTP-server ingesteld: berichten blijven in de wachtrij.")),
                .getForm(
                    action: AccessPath.mailOutbox.path,
                    .div(.attr("class", "selectors"),
                         .selectField(id: "mail-status", label: "Status", name: "status",
                                      options: [("", "alle")] + MailStatus.allCases.map { ($0.rawValue, "\($0.label) (\(counts[$0] ?? 0))") },
                                      selected: status?.rawValue ?? ""),
                         .submitButton("Toon"))),
                table,
                .nav(.attr("aria-label", "Pagina's"), .attr("class", "pager"),
                     .if(pageNumber > 1, .a(.attr("href", url(page: pageNumber - 1)), .text("Nieuwere"))),
                     .if(hasNextPage, .a(.attr("href", url(page: pageNumber + 1)), .text("Oudere"))))
            ))
    }

    private var table: Node<HTML.BodyContext> {
        guard !messages.isEmpty else { return .p(.text("Geen berichten gevonden.")) }
        return .table(
            .attr("class", "data mail"),
            .caption(.text("Berichten, nieuwste eerst")),
            .thead(.tr(.th(.text("Aangemaakt")), .th(.text("Module")), .th(.text("Aan")), .th(.text("Onderwerp")),
                       .th(.text("Status")), .th(.text("Pogingen")), .th(.text("Volgende poging")), .th(.text("Laatste fout")),
                       .th(.text("Verstuurd")))),
            .tbody(.forEach(messages) { message in
                .tr(.td(.text(DutchDate.dayAndTime(message.createdAt))),
                    .td(.text(message.module)),
                    .td(.text(message.to.joined(separator: ", "))),
                    .td(.text(message.subject)),
                    .td(.text(message.status.label)),
                    .td(.text(String(message.attempts))),
                    .td(.text(message.status == .queued ? DutchDate.dayAndTime(message.nextAttemptAt) : "—")),
                    .td(.text(message.lastError ?? "—")),
                    .td(.text(message.sentAt.map(DutchDate.dayAndTime) ?? "—")))
            })
        )
    }
}
