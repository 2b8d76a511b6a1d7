import Foundation
import KennisDomain
import Platform
import Plot

/// Each kind's own block on the item page: the facts of a practice, a publication, a contract, a standard document,
/// a network or an event, and the longer texts of a practice and a contract as sections.
extension KnowledgeItemPageModel {
    func details(_ t: Strings) -> Node<HTML.BodyContext> {
        let d = item.content.details
        var rows: [(String, Node<HTML.BodyContext>)] = []
        func add(_ key: String, _ value: String?) {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return }
            rows.append((t[key], .text(value)))
        }
        func list(_ key: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            rows.append((t[key], .ul(.forEach(values) { .li(.text($0)) })))
        }
        switch item.kind {
        case .praktijk:
            add("items.practice.city", d.city.map { names[$0] ?? $0 })
            add("items.practice.contact", d.contact)
            if !d.links.isEmpty {
                rows.append((t["items.practice.links"], .ul(.forEach(d.links) { link in
                    .li(.a(.attr("href", link.url), .attr("rel", "noopener noreferrer nofollow"), .text(link.title.isEmpty ? link.url : link.title)))
                })))
            }
        case .publicatie:
            add("items.publication.publisher", d.publisher)
            add("items.publication.year", d.publicationYear.map(String.init))
        case .raamcontract:
            add("items.contract.authority", d.authority)
            list("items.contract.suppliers", d.suppliers)
            list("items.contract.lots", d.lots)
            add("items.contract.term", term(d, t))
            add("items.contract.value", d.estimatedValue.map { KennisText.euro($0, language) })
            add("items.contract.hours", d.expertHours.map { t("items.contract.hoursValue", String($0)) })
            list("items.contract.experts", d.experts)
        case .modeldocument:
            add("items.document.kind", d.documentKind)
        case .netwerk:
            add("items.network.kind", d.networkKind.map { ["lerend-netwerk", "werkgroep"].contains($0) ? t["items.network.kind.\($0)"] : $0 })
            add("items.network.chair", d.chair.map { names[$0] ?? $0 })
            list("items.network.members", d.members.map { names[$0] ?? $0 })
        case .evenement:
            add("items.event.when", when(d, t))
            add("items.event.where", KennisText.text(d.place, language))
            add("items.event.capacity", d.capacity.map(String.init))
            if let seats { add("items.event.left", seats.left.map(String.init) ?? t["items.event.noLimit"]) }
            add("items.event.until", d.registrationUntil.map { KennisText.date($0, language) })
        case .nieuws:
            break
        }
        return .group(
            .if(!rows.isEmpty, .dl(.attr("class", "facts kennis-details"), .forEach(rows) { label, value in
                .group(.dt(.text(label)), .dd(value))
            })),
            item.kind == .modeldocument ? versions(t) : .empty,
            item.kind == .netwerk ? meetings(t) : .empty,
            item.kind == .evenement ? event(t) : .empty
        )
    }

    /// The longer texts of a practice and a contract, each under its own heading, after the body.
    func sections(_ t: Strings) -> Node<HTML.BodyContext> {
        let d = item.content.details
        let texts: [(String, Bilingual)]
        switch item.kind {
        case .praktijk:
            texts = [("items.practice.problem", d.problem), ("items.practice.approach", d.approach), ("items.practice.results", d.results),
                     ("items.practice.costs", d.costs)]
        case .raamcontract:
            texts = [("items.contract.whoMayJoin", d.whoMayJoin), ("items.contract.howToJoin", d.howToJoin)]
        default:
            texts = []
        }
        return .forEach(texts.filter { !$0.1.isEmpty }) { key, text in
            .section(.attr("class", "kennis-section"),
                     .h2(.text(t[key])),
                     ItemMarkdown.node(KennisText.text(text, language), top: 3, slug: item.slug))
        }
    }

    private func term(_ d: KnowledgeDetails, _ t: Strings) -> String? {
        switch (d.termStart, d.termEnd) {
        case let (start?, end?): t("items.contract.termFromTo", KennisText.date(start, language), KennisText.date(end, language))
        case let (start?, nil): t("items.contract.termFrom", KennisText.date(start, language))
        case let (nil, end?): t("items.contract.termTo", KennisText.date(end, language))
        default: nil
        }
    }

    private func when(_ d: KnowledgeDetails, _ t: Strings) -> String? {
        guard let starts = d.starts else { return nil }
        guard let ends = d.ends else { return KennisText.dateTime(starts, language) }
        if starts.prefix(10) == ends.prefix(10), let end = LocalDateTime.parse(ends) {
            let time = language == .en ? String(format: "%02d:%02d", end.hour, end.minute) : String(format: "%d.%02d uur", end.hour, end.minute)
            return t("items.event.sameDay", KennisText.dateTime(starts, language), time)
        }
        return t("items.event.fromTo", KennisText.dateTime(starts, language), KennisText.dateTime(ends, language))
    }

    private func versions(_ t: Strings) -> Node<HTML.BodyContext> {
        let versions = item.content.details.versions
        guard !versions.isEmpty else { return .empty }
        return ItemWidgets.scrollTable(t["items.document.versions"],
            .table(
                .attr("class", "data"),
                .caption(.text(t["items.document.versions"])),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["items.document.version"])),
                           .th(.attr("scope", "col"), .text(t["items.document.date"])),
                           .th(.attr("scope", "col"), .text(t["items.document.note"])))),
                .tbody(.forEach(versions) { version in
                    .tr(.th(.attr("scope", "row"), .text(version.version)),
                        .td(.text(KennisText.date(version.date, language))),
                        .td(.text(KennisText.text(version.note, language))))
                })
            )
        )
    }

    private func meetings(_ t: Strings) -> Node<HTML.BodyContext> {
        let meetings = item.content.details.meetings
        guard !meetings.isEmpty else { return .empty }
        return ItemWidgets.scrollTable(t["items.network.meetings"],
            .table(
                .attr("class", "data"),
                .caption(.text(t["items.network.meetings"])),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["items.network.date"])),
                           .th(.attr("scope", "col"), .text(t["items.network.place"])),
                           .th(.attr("scope", "col"), .text(t["items.network.minutes"])))),
                .tbody(.forEach(meetings) { meeting in
                    .tr(.th(.attr("scope", "row"), .text(KennisText.date(meeting.date, language))),
                        .td(.text(meeting.place)),
                        .td(.text(KennisText.text(meeting.summary, language))))
                })
            )
        )
    }

    /// An event's registration form (while registration is open) and its calendar file.
    private func event(_ t: Strings) -> Node<HTML.BodyContext> {
        guard item.status == .gepubliceerd, let seats else { return .empty }
        let full = seats.left == 0
        return .section(
            .attr("class", "kennis-register"), .attr("aria-labelledby", "inschrijven"),
            .h2(.attr("id", "inschrijven"), .text(t["items.event.register"])),
            seats.isOpen ? .group(
                .p(.text(full ? t["items.event.full"] : t["items.event.registerIntro"])),
                .postForm(
                    action: KennisPath.register(item.slug).path, csrf: csrf,
                    .field(id: "inschrijving-naam", label: t["items.event.name"], name: "name", autocomplete: "name"),
                    .field(id: "inschrijving-email", label: t["items.event.email"], name: "email", type: "email", autocomplete: "email"),
                    .field(id: "inschrijving-organisatie", label: t["items.event.organisation"], name: "organisation",
                           autocomplete: "organization", required: false),
                    .submitButton(full ? t["items.event.submitWaiting"] : t["items.event.submit"])
                ),
                .p(.attr("class", "hint"), .text(t["items.event.privacy"]))
            ) : .p(.text(t["items.event.closed"])),
            .p(.a(.attr("href", KennisPath.calendar(item.slug).path), .text(t["items.event.calendar"]))),
            .if(isEditor, .p(.a(.attr("href", KennisPath.registrations(item.slug).path),
                                .text(t("items.event.registrations", String(seats.taken), String(seats.waiting))))))
        )
    }
}
