import DienstenDomain
import Platform
import Plot

/// A building's year: the year chosen among those with meter data, the result (recomputed on every view: a
/// 50-apartment year takes milliseconds), or what data is still missing; links to the setup, the meter data and
/// the CSV exports.
struct EnergyBuildingPage {
    enum Outcome {
        case result(SharingYearResult)
        case missing(EnergyBuildingYear.Missing)
        case noData
    }

    let building: StoredEnergyBuilding
    let years: [Int]
    let year: Int?
    let outcome: Outcome
    let notice: String?
    let mayEdit: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = EnergyWords(language)
        let t = w.t
        let setup = building.setup
        return Page(
            title: setup.name,
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["energy.home.title"], EnergyPath.home.path),
                          (t["energy.buildings.title"], EnergyPath.buildings.path), (setup.name, nil)],
            description: t["energy.building.description"],
            content: .group(
                .notice(notice),
                .p(.text(t("energy.building.lead", String(setup.apartments.count), w.number(setup.kWp, decimals: 1), setup.installationEAN))),
                .ul(
                    .attr("class", "energy-actions"),
                    .li(.a(.attr("href", EnergyPath.meters(building.id).path), .text(t["energy.building.meters"]))),
                    .if(mayEdit, .li(.a(.attr("href", EnergyPath.settings(building.id).path), .text(t["energy.building.settings"]))))
                ),
                yearChooser(t),
                content(w)
            ),
            strings: SiteStrings(language))
    }

    func yearChooser(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(years.count > 1, .element(named: "form", nodes: [
            .attr("method", "get"), .attr("action", EnergyPath.building(building.id).path), .attr("class", "form energy-year"),
            .selectField(id: "jaar", label: t["energy.field.year"], name: "jaar",
                         options: years.map { (String($0), String($0)) }, selected: year.map(String.init)),
            .submitButton(t["energy.building.show"]),
        ]))
    }

    func content(_ w: EnergyWords) -> Node<HTML.BodyContext> {
        let t = w.t
        switch outcome {
        case .noData:
            return .p(.attr("class", "energy-missing"), .text(t["energy.building.noData"]), .text(" "),
                      .a(.attr("href", EnergyPath.meters(building.id).path), .text(t["energy.building.meters"])))
        case .missing(let missing):
            return .div(
                .attr("class", "energy-missing"),
                .p(.text(t("energy.building.missing", year.map(String.init) ?? ""))),
                .ul(
                    .if(missing.installation, .li(.text(t("energy.building.missingInstallation", building.setup.installationEAN)))),
                    .forEach(missing.apartments) { .li(.text(t("energy.building.missingApartment", $0))) }
                ),
                .p(.a(.attr("href", EnergyPath.meters(building.id).path), .text(t["energy.building.meters"])))
            )
        case .result(let result):
            let query = year.map { [("jaar", String($0))] } ?? []
            return .section(
                .attr("class", "energy-result"), .attr("aria-labelledby", "energy-year-title"),
                .h2(.attr("id", "energy-year-title"), .text(t("energy.building.year", year.map(String.init) ?? ""))),
                EnergyResultView(result: result, labels: building.setup.apartments.map(\.label), tariffs: building.setup.tariffs,
                                 key: building.setup.key, words: w).node(),
                .h2(.text(t["energy.building.export"])),
                .ul(
                    .li(.a(.attr("href", EnergyPath.apartmentsCSV(building.id).url(query)), .text(t["energy.building.exportApartments"]))),
                    .li(.a(.attr("href", EnergyPath.monthsCSV(building.id).url(query)), .text(t["energy.building.exportMonths"])))
                ),
                .p(.attr("class", "hint"), .text(t["energy.building.exportHint"]))
            )
        }
    }
}
