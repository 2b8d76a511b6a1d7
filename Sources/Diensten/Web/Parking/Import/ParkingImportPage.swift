import DienstenDomain
import Foundation
import Platform
import Plot

/// Uploading zones: a GeoJSON FeatureCollection, or the three RDW tables (GEBIED, GEBIED REGELING, TIJDVAK) with
/// an optional GeoJSON for their shapes. Every problem is listed with its file, row or feature and column; nothing
/// is stored then.
struct ParkingImportPage {
    let city: String
    let cityName: String
    let csrf: String
    var problems: [ZoneImportProblem] = []
    var result: (created: [String], replaced: [String])?
    let language: SiteLanguage

    static func fileField(_ id: String, _ label: String, hint: String) -> Node<HTML.BodyContext> {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]),
             .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text(hint)),
             .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                .attr("type", "file"), .attr("id", id), .attr("name", id), .attr("aria-describedby", "\(id)-hint"),
             ])))
    }

    func page() -> Page {
        let t = DienstenText.strings(language)
        return Page(
            title: t["parking.import.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["parking.home.title"], ParkingPath.home.path),
                          (cityName, ParkingPath.city(city).path), (t["parking.import.title"], nil)],
            content: .group(
                .unwrap(result) { result in
                    .p(.attr("class", "notice"), .attr("role", "status"), .attr("id", "import-result"),
                       .text(t("parking.import.done", String(result.created.count), String(result.replaced.count))),
                       .text(result.replaced.isEmpty ? "" : " " + t("parking.import.replaced", result.replaced.joined(separator: ", "))))
                },
                .if(!problems.isEmpty, .div(.attr("class", "form-errors"), .attr("role", "alert"), .attr("id", "import-problems"),
                    .p(.text(t("parking.import.problems", String(problems.count)))),
                    .div(.attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "problems-caption"), .attr("tabindex", "0"),
                        .table(
                            .caption(.attr("id", "problems-caption"), .text(t["parking.import.problemsCaption"])),
                            .thead(.tr(.th(.attr("scope", "col"), .text(t["parking.import.file"])),
                                       .th(.attr("scope", "col"), .text(t["parking.import.record"])),
                                       .th(.attr("scope", "col"), .text(t["parking.import.field"])),
                                       .th(.attr("scope", "col"), .text(t["parking.import.reason"])))),
                            .tbody(.forEach(problems) { problem in
                                .tr(.td(.text(problem.file)), .td(.text(problem.record.isEmpty ? "—" : problem.record)),
                                    .td(.text(problem.field.isEmpty ? "—" : problem.field)), .td(.text(problem.reason)))
                            }))))),
                .p(.text(t["parking.import.intro"])),
                .element(named: "form", nodes: [
                    .attr("method", "post"), .attr("action", ParkingPath.importZones(city).path),
                    .attr("enctype", "multipart/form-data"), .attr("class", "form"),
                    .hidden(name: CSRF.field, value: csrf),
                    Self.fileField("geojson", t["parking.import.geojson"], hint: t["parking.import.geojsonHint"]),
                    .fieldset(.legend(.text(t["parking.import.rdwTitle"])),
                              .p(.attr("class", "hint"), .text(t["parking.import.rdwHint"])),
                              Self.fileField("gebied", "GEBIED", hint: t["parking.import.gebiedHint"]),
                              Self.fileField("regeling", "GEBIED REGELING", hint: t["parking.import.regelingHint"]),
                              Self.fileField("tijdvak", "TIJDVAK", hint: t["parking.import.tijdvakHint"])),
                    .submitButton(t["parking.import.submit"]),
                ]),
                .p(.a(.attr("href", ParkingPath.city(city).path), .text(t("parking.zone.back", cityName))))
            ),
            strings: SiteStrings(language))
    }
}

/// Reading uploaded or command-line zone files into drafts: GeoJSON alone, or RDW CSV (+ optional GeoJSON shapes).
enum ParkingZoneFiles {
    struct Input {
        let name: String
        let data: Data
    }

    static func read(geojson: Input?, areas: Input?, links: Input?, timeframes: Input?, on date: Date = Date()) -> Result<[ZoneDraft], ZoneImportError> {
        let rdwGiven = [areas, links, timeframes].contains { $0 != nil }
        if rdwGiven {
            var missing: [ZoneImportProblem] = []
            if areas == nil { missing.append(ZoneImportProblem(file: "GEBIED", "the file is missing")) }
            if links == nil { missing.append(ZoneImportProblem(file: "GEBIED REGELING", "the file is missing")) }
            if timeframes == nil { missing.append(ZoneImportProblem(file: "TIJDVAK", "the file is missing")) }
            guard missing.isEmpty, let areas, let links, let timeframes else { return .failure(ZoneImportError(missing)) }
            var shapes: [String: ZoneArea] = [:]
            if let geojson {
                switch ZoneImportReader.geometries(geojson.data, file: geojson.name) {
                case .success(let read): shapes = read
                case .failure(let error): return .failure(error)
                }
            }
            return ZoneImportReader.rdw(areas: .init(name: areas.name, data: areas.data), links: .init(name: links.name, data: links.data),
                                        timeframes: .init(name: timeframes.name, data: timeframes.data), geometries: shapes, on: date)
        }
        guard let geojson else { return .failure(ZoneImportError([ZoneImportProblem(file: "-", "send a GeoJSON file, or the three RDW CSV files")])) }
        return ZoneImportReader.geoJSON(geojson.data, file: geojson.name)
    }
}
