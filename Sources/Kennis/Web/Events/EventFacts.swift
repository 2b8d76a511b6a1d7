import Foundation
import KennisDomain
import Platform
import Plot

/// What every event page says about the event: its title (linked), when and where.
enum EventFacts {
    /// "11 februari 2027, 13.30 uur tot 17.00 uur" (the end's date only when it is another day).
    static func when(_ details: KnowledgeDetails, _ language: SiteLanguage) -> String {
        let t = KennisText.strings(language)
        guard let starts = details.starts else { return t["events.facts.noDate"] }
        guard let ends = details.ends, let start = LocalDateTime.parse(starts), let end = LocalDateTime.parse(ends) else {
            return KennisText.dateTime(starts, language)
        }
        if start.date == end.date {
            let time = language == .en ? String(format: "%02d:%02d", end.hour, end.minute) : String(format: "%d.%02d uur", end.hour, end.minute)
            return t("events.facts.sameDay", KennisText.dateTime(starts, language), time)
        }
        return t("events.facts.until", KennisText.dateTime(starts, language), KennisText.dateTime(ends, language))
    }

    /// The event's title, linked to its page, with when and where.
    static func node(_ event: StoredKnowledge, _ language: SiteLanguage) -> Node<HTML.BodyContext> {
        let t = KennisText.strings(language)
        let place = KennisText.text(event.content.details.place, language)
        return .div(
            .attr("class", "event-facts"),
            .p(.attr("class", "event-facts-title"), .a(.attr("href", KennisPath.item(event.slug).path), .text(KennisText.text(event.content.title, language)))),
            .element(named: "dl", nodes: [
                .element(named: "dt", nodes: [.text(t["events.facts.when"])]),
                .element(named: "dd", nodes: [.text(when(event.content.details, language))]),
                .if(!place.isEmpty, .group(
                    .element(named: "dt", nodes: [.text(t["events.facts.where"])]),
                    .element(named: "dd", nodes: [.text(place)]))),
            ]))
    }

    /// The crumbs of an event's pages: Kennis › Evenementen › the event.
    static func crumbs(_ event: StoredKnowledge, _ language: SiteLanguage, last: String) -> [(label: String, url: String?)] {
        let t = KennisText.strings(language)
        return [(t["events.crumb.kennis"], KennisPath.home.path),
                (KennisText.pair(KnowledgeKind.evenement.plural, language), KennisPath.list(.evenement).path),
                (KennisText.text(event.content.title, language), KennisPath.item(event.slug).path),
                (last, nil)]
    }
}
