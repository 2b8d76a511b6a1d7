import DienstenDomain
import Foundation
import Platform
import Plot

/// `/parkeren`: the cities that keep their zones here, and what the register offers.
struct ParkingHomePage {
    let cities: [(code: String, name: String, zones: Int)]
    let language: SiteLanguage

    func page() -> Page {
        let w = ParkingWords(language)
        let t = w.t
        return Page(
            title: t["parking.home.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], nil)],
            content: .group(
                .p(.attr("class", "lead"), .text(t["parking.home.intro"])),
                .h2(.text(t["parking.home.cities"])),
                cities.isEmpty ? .p(.text(t["parking.home.none"])) : .ul(.attr("class", "parking-cities"), .forEach(cities) { city in
                    .li(.a(.attr("href", ParkingPath.city(city.code).path), .text(city.name)), .text(" — " + t("parking.home.zoneCount", String(city.zones))))
                }),
                .h2(.text(t["parking.home.apiTitle"])),
                .p(.text(t["parking.home.api"])),
                .pre(.attr("class", "parking-api"), .code(.text("GET /api/v1/parking/check?plate=1-ABC-123&zone=VS-C1&at=2026-03-02T10:30:00%2B01:00\nAuthorization: Bearer …"))),
                .p(.text(t["parking.home.staff"]))
            ),
            strings: SiteStrings(language))
    }
}

/// A city's zones: the map and, beside it, the same zones as a table with their kind and regulations.
struct ParkingCityPage {
    let city: String
    let cityName: String
    let zones: [Zone]
    let isMember: Bool
    let mayEdit: Bool
    let language: SiteLanguage

    static func regulationSummary(_ zone: Zone, _ w: ParkingWords) -> String {
        if zone.regulations.isEmpty { return w.t["parking.zone.noRegulation"] }
        return zone.regulations.map { regulation in
            w.windows(regulation.windows) + (regulation.maximumDuration.map { " (" + w.t("parking.zone.maximum", w.minutes($0)) + ")" } ?? "")
        }.joined(separator: "; ")
    }

    static func swatch(_ kind: ZoneKind) -> Node<HTML.BodyContext> {
        .span(.attr("class", "parking-swatch parking-swatch-\(kind.rawValue)"), .attr("aria-hidden", "true"))
    }

    func page() -> Page {
        let w = ParkingWords(language)
        let t = w.t
        let map = ParkingZoneMap(id: "zones-\(city)", title: t("parking.city.mapTitle", cityName), items: zones.map { zone in
            .init(zone: zone, href: ParkingPath.zone(city, zone.id).path, label: "\(zone.name) — \(w.zoneKind(zone.kind))")
        })
        let drawn = zones.contains { !$0.area.polygons.isEmpty }
        return Page(
            title: t("parking.city.title", cityName),
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], ParkingPath.home.path), (cityName, nil)],
            content: .group(
                .p(.text(t["parking.city.intro"])),
                .if(isMember, .ul(.attr("class", "parking-actions"),
                    .li(.a(.attr("href", ParkingPath.check(city).path), .text(t["parking.check.title"]))),
                    .li(.a(.attr("href", ParkingPath.register(city).path), .text(t["parking.register.title"]))),
                    .if(mayEdit, .li(.a(.attr("href", ParkingPath.importZones(city).path), .text(t["parking.import.title"])))))),
                zones.isEmpty ? .p(.text(t["parking.city.noZones"])) : .div(.attr("class", "parking-map-layout"),
                    .if(drawn, .figure(.attr("class", "parking-map-figure"), .raw(map.render().markup),
                                       .figcaption(.text(t["parking.city.mapCaption"])))),
                    .div(.attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "zones-caption"), .attr("tabindex", "0"),
                         .table(
                            .caption(.attr("id", "zones-caption"), .text(t("parking.city.tableCaption", cityName))),
                            .thead(.tr(
                                .th(.attr("scope", "col"), .text(t["parking.zone.code"])),
                                .th(.attr("scope", "col"), .text(t["parking.zone.name"])),
                                .th(.attr("scope", "col"), .text(t["parking.zone.kind"])),
                                .th(.attr("scope", "col"), .text(t["parking.zone.regulations"]))
                            )),
                            .tbody(.forEach(zones) { zone in
                                .tr(
                                    .td(.text(zone.id)),
                                    .th(.attr("scope", "row"), .a(.attr("href", ParkingPath.zone(city, zone.id).path), .text(zone.name))),
                                    .td(Self.swatch(zone.kind), .text(w.zoneKind(zone.kind))),
                                    .td(.text(Self.regulationSummary(zone, w)))
                                )
                            })
                         )))
            ),
            strings: SiteStrings(language))
    }
}

/// One zone: its kind, regulations, the rights that admit a vehicle and, for a low-emission zone, its admission steps.
struct ParkingZonePage {
    let city: String
    let cityName: String
    let zone: Zone
    let language: SiteLanguage

    func page() -> Page {
        let w = ParkingWords(language)
        let t = w.t
        let map = ParkingZoneMap(id: "zone-\(zone.id)", title: t("parking.zone.mapTitle", zone.name),
                                 items: [.init(zone: zone, href: "", label: zone.name)], width: 320, height: 240)
        let admitting = RightKind.allCases.filter { zone.admitting.contains($0) }
        return Page(
            title: zone.name,
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], ParkingPath.home.path),
                          (cityName, ParkingPath.city(city).path), (zone.name, nil)],
            content: .group(
                .element(named: "dl", nodes: [
                    .element(named: "dt", text: t["parking.zone.code"]), .element(named: "dd", text: zone.id),
                    .element(named: "dt", text: t["parking.zone.kind"]),
                    .element(named: "dd", nodes: [ParkingCityPage.swatch(zone.kind), .text(w.zoneKind(zone.kind))]),
                    .element(named: "dt", text: t["parking.zone.admitted"]),
                    .element(named: "dd", text: admitting.map(w.rightKind).joined(separator: ", ")),
                ]),
                .h2(.text(t["parking.zone.regulations"])),
                zone.regulations.isEmpty ? .p(.text(t["parking.zone.noRegulation"])) : .ul(.forEach(zone.regulations) { regulation in
                    .li(.text(w.windows(regulation.windows)),
                        .unwrap(regulation.maximumDuration) { .text(" — " + t("parking.zone.maximum", w.minutes($0))) })
                }),
                .if(zone.kind == .lowEmission, .group(
                    .h2(.text(t["parking.zone.admissions"])),
                    zone.admissions.isEmpty ? .p(.text(t["parking.zone.noAdmissions"])) : .ul(.forEach(zone.admissions.sorted { ($0.fuel.rawValue, $0.from) < ($1.fuel.rawValue, $1.from) }) { step in
                        .li(.text(step.minimumEuroNorm.map { t("parking.zone.admission", w.fuel(step.fuel), w.day(step.from), String($0.rawValue)) }
                                  ?? t("parking.zone.banned", w.fuel(step.fuel), w.day(step.from))))
                    })
                )),
                .if(!zone.area.polygons.isEmpty, .figure(.attr("class", "parking-map-figure small"), .raw(map.render().markup),
                                                         .figcaption(.text(t["parking.zone.mapCaption"])))),
                .p(.a(.attr("href", ParkingPath.city(city).path), .text(t("parking.zone.back", cityName))))
            ),
            strings: SiteStrings(language))
    }
}
