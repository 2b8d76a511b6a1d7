import DienstenDomain
import Foundation
import Platform
import Plot

/// The check as a form (GET, nothing is changed): plate, country, zone and moment (Brussels wall clock) → allowed
/// or not, with the reason and the rights that decide it. Problems are shown at their field.
struct ParkingCheckPage {
    struct Values {
        var plate = ""
        var country = "BE"
        var zone = ""
        var moment = ""
        var since = ""
    }

    let city: String
    let cityName: String
    let zones: [Zone]
    var values = Values()
    var problems: [(field: String, message: String)] = []
    var answer: ParkingChecking.Answer?
    var at: Date?
    let language: SiteLanguage

    /// "2026-03-02T10:30" read on the Brussels clock.
    static func localMoment(_ text: String) -> Date? {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 else { return nil }
        let day = parts[0].split(separator: "-").compactMap { Int($0) }
        let time = parts[1].split(separator: ":").compactMap { Int($0) }
        guard day.count == 3, time.count >= 2, (0..<24).contains(time[0]), (0..<60).contains(time[1]) else { return nil }
        let clock = BrusselsClock()
        guard let date = clock.date(day[0], day[1], day[2], time[0], time[1]) else { return nil }
        let back = clock.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.year == day[0], back.month == day[1], back.day == day[2], back.hour == time[0], back.minute == time[1] else { return nil }
        return date
    }

    static func inputValue(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: ParkingWords.brussels, from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    func message(_ field: String) -> String? { problems.first { $0.field == field }?.message }

    func input(_ id: String, _ label: String, _ value: String, type: String = "text", required: Bool = true, hint: String? = nil) -> Node<HTML.BodyContext> {
        let problem = message(id)
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", id)]
        if !value.isEmpty { attributes.append(.attr("value", value)) }
        if required { attributes.append(.attr("required", "required")) }
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if problem != nil { described.append("\(id)-error"); attributes.append(.attr("aria-invalid", "true")) }
        if !described.isEmpty { attributes.append(.attr("aria-describedby", described.joined(separator: " "))) }
        return .div(.attr("class", problem == nil ? "field" : "field parking-invalid"),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]),
                    .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
                    .unwrap(problem) { .p(.attr("id", "\(id)-error"), .attr("class", "field-error"), .text($0)) },
                    .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    func page() -> Page {
        let w = ParkingWords(language)
        let t = w.t
        return Page(
            title: t["parking.check.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], ParkingPath.home.path),
                          (cityName, ParkingPath.city(city).path), (t["parking.check.title"], nil)],
            content: .group(
                .p(.text(t["parking.check.intro"])),
                .if(!problems.isEmpty, .div(.attr("class", "form-errors"), .attr("role", "alert"),
                    .p(.text(t["parking.form.problems"])),
                    .ul(.forEach(problems) { problem in .li(.a(.attr("href", "#\(problem.field)"), .text(problem.message))) }))),
                .unwrap(answer) { answer in answerBlock(answer, w) },
                .element(named: "form", nodes: [
                    .attr("method", "get"), .attr("action", ParkingPath.check(city).path), .attr("class", "form"),
                    input("plate", t["parking.check.plate"], values.plate, hint: t["parking.check.plateHint"]),
                    input("country", t["parking.check.country"], values.country, hint: t["parking.check.countryHint"]),
                    .div(.attr("class", message("zone") == nil ? "field" : "field parking-invalid"),
                         .element(named: "label", nodes: [.attr("for", "zone"), .text(t["parking.check.zone"])]),
                         .unwrap(message("zone")) { .p(.attr("id", "zone-error"), .attr("class", "field-error"), .text($0)) },
                         .element(named: "select", nodes: [.attr("id", "zone"), .attr("name", "zone")]
                            + zones.map { zone in
                                .element(named: "option", nodes: [.attr("value", zone.id), zone.id == values.zone ? .attr("selected", "selected") : .empty,
                                                                  .text("\(zone.id) — \(zone.name)")])
                            })),
                    input("moment", t["parking.check.moment"], values.moment, type: "datetime-local", hint: t["parking.check.momentHint"]),
                    input("since", t["parking.check.since"], values.since, type: "datetime-local", required: false, hint: t["parking.check.sinceHint"]),
                    .submitButton(t["parking.check.submit"]),
                ])
            ),
            strings: SiteStrings(language))
    }

    func answerBlock(_ answer: ParkingChecking.Answer, _ w: ParkingWords) -> Node<HTML.BodyContext> {
        let t = w.t
        return .section(
            .attr("class", answer.result.allowed ? "parking-answer allowed" : "parking-answer refused"), .attr("aria-labelledby", "answer-title"),
            .attr("id", "answer"),
            .h2(.attr("id", "answer-title"), .text(answer.result.allowed ? t["parking.check.allowed"] : t["parking.check.refused"])),
            .p(.text(t("parking.check.about", answer.plate.description, values.zone, at.map(w.moment) ?? ""))),
            .p(.strong(.text(t["parking.check.reason"] + " ")), .text(w.reason(answer.result.reason)),
               .text(" "), .code(.text(answer.result.reason.code))),
            .if(!answer.result.rights.isEmpty, ParkingRightsTable.table(answer.result.rights, city: city, words: w, caption: t["parking.check.rights"], holders: [:]))
        )
    }
}

/// A table of rights: kind, plates, zones, validity, time restrictions, status and legal basis.
enum ParkingRightsTable {
    static func table(_ rights: [ParkingRight], city: String, words w: ParkingWords, caption: String, holders: [String: String],
                      actions: ((ParkingRight) -> Node<HTML.TableRowContext>)? = nil) -> Node<HTML.BodyContext> {
        let captionID = "rights-caption-" + String(abs(caption.unicodeScalars.reduce(0) { ($0 &* 31 &+ Int($1.value)) % 1_000_003 }))
        let head = header(w.t, holders: !holders.isEmpty, actions: actions != nil)
        let body: Node<HTML.TableContext> = .tbody(.forEach(rights) { right in row(right, city: city, words: w, holders: holders, actions: actions) })
        let table: Node<HTML.BodyContext> = .table(.caption(.attr("id", captionID), .text(caption)), head, body)
        return .div(.attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", captionID), .attr("tabindex", "0"), table)
    }

    static func header(_ t: Strings, holders: Bool, actions: Bool) -> Node<HTML.TableContext> {
        var keys = ["id", "kind", "plates", "zones", "validity", "times", "status", "basis"]
        if holders { keys.append("holder") }
        if actions { keys.append("actions") }
        return .thead(.tr(.forEach(keys) { key in .th(.attr("scope", "col"), .text(t["parking.right.\(key)"])) }))
    }

    static func row(_ right: ParkingRight, city: String, words w: ParkingWords, holders: [String: String],
                    actions: ((ParkingRight) -> Node<HTML.TableRowContext>)?) -> Node<HTML.TableContext> {
        let t = w.t
        let zones = right.zones.isEmpty ? t["parking.right.allZones"] : right.zones.joined(separator: ", ")
        var holderCell: Node<HTML.TableRowContext> = .empty
        if !holders.isEmpty {
            if let id = right.holderID, let name = holders[id] {
                holderCell = .td(.a(.attr("href", ParkingPath.holder(city, Int(id) ?? 0).path), .text(name)))
            } else {
                holderCell = .td(.text("—"))
            }
        }
        let cells: [Node<HTML.TableRowContext>] = [
            .th(.attr("scope", "row"), .text(right.id)),
            .td(.text(w.rightKind(right.kind))),
            .td(.text(right.plates.map(\.description).joined(separator: ", "))),
            .td(.text(zones)),
            .td(.text(w.validity(right))),
            .td(.text(w.windows(right.timeRestrictions))),
            .td(.text(w.status(right.status))),
            .td(.text(right.legalBasis)),
            holderCell,
            actions.map { $0(right) } ?? .empty,
        ]
        return .tr(.group(cells))
    }
}
