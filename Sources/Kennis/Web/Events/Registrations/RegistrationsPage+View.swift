import KennisDomain
import Platform
import Plot

extension RegistrationsPageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let title = KennisText.text(event.content.title, language)
        return Page(
            title: t("events.list.title", title),
            breadcrumbs: EventFacts.crumbs(event, language, last: t["events.list.crumb"]),
            content: .group(
                EventFacts.node(event, language),
                .ul(.attr("class", "event-counts"),
                    .li(.text(t("events.list.registered", String(count(.ingeschreven))))),
                    .li(.text(t("events.list.waiting", String(count(.wachtlijst))))),
                    .li(.text(t("events.list.cancelled", String(count(.geannuleerd))))),
                    .unwrap(event.content.details.capacity) { capacity in
                        .li(.text(t("events.list.capacity", String(capacity), String(placesLeft ?? 0))))
                    }),
                .p(.a(.attr("href", KennisPath.registrationsCSV(event.slug).path), .text(t["events.list.csv"]))),
                .if(registrations.isEmpty, .p(.text(t["events.list.none"]))),
                .if(!registrations.isEmpty, .div(
                    .attr("class", "table-scroll"), .attr("tabindex", "0"), .attr("role", "region"),
                    .attr("aria-labelledby", "inschrijvingen-titel"),
                    .table(
                        .attr("class", "data event-registrations"),
                        .caption(.attr("id", "inschrijvingen-titel"), .text(t("events.list.caption", title))),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t["events.list.name"])),
                            .th(.attr("scope", "col"), .text(t["events.list.organisation"])),
                            .th(.attr("scope", "col"), .text(t["events.list.email"])),
                            .th(.attr("scope", "col"), .text(t["events.list.status"])),
                            .th(.attr("scope", "col"), .text(t["events.list.date"])))),
                        .tbody(.forEach(registrations) { registration in
                            .tr(.attr("class", "status-\(registration.status.rawValue)"),
                                .th(.attr("scope", "row"), .text(registration.name)),
                                .td(.text(registration.organisation)),
                                .td(.a(.attr("href", "mailto:" + registration.email), .text(registration.email))),
                                .td(.text(KennisText.pair(registration.status.name, language))),
                                .td(.text(Self.moment(registration.createdAt))))
                        }))))),
            strings: SiteStrings(language))
    }
}
