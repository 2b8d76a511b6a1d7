import DienstenDomain
import Platform
import Plot

/// The buildings of the member's own organisation, with a link to add one.
struct EnergyBuildingsPage {
    let organisationName: String
    let buildings: [EnergyBuildingSummary]
    let mayEdit: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = EnergyWords(language)
        let t = w.t
        return Page(
            title: t["energy.buildings.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["energy.home.title"], EnergyPath.home.path),
                          (t["energy.buildings.title"], nil)],
            description: t["energy.buildings.description"],
            content: .group(
                .p(.attr("class", "lead"), .text(t("energy.buildings.lead", organisationName))),
                .if(buildings.isEmpty, .p(.text(t["energy.buildings.none"]))),
                .if(!buildings.isEmpty, .div(
                    .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "energy-buildings-caption"),
                    .attr("tabindex", "0"),
                    .table(
                        .attr("class", "data energy-buildings"),
                        .caption(.attr("id", "energy-buildings-caption"), .text(t["energy.buildings.caption"])),
                        .thead(.tr(.th(.attr("scope", "col"), .text(t["energy.field.name"])),
                                   .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.buildings.apartments"])),
                                   .th(.attr("scope", "col"), .text(t["energy.buildings.years"])))),
                        .tbody(.forEach(buildings) { building in
                            .tr(.th(.attr("scope", "row"), .a(.attr("href", EnergyPath.building(building.id).path), .text(building.name))),
                                .td(.attr("class", "num"), .text(String(building.apartments))),
                                .td(.text(building.years.isEmpty ? t["energy.buildings.noData"] : building.years.map(String.init).joined(separator: ", "))))
                        })
                    )
                )),
                .if(mayEdit, .p(.a(.attr("class", "button"), .attr("href", EnergyPath.newBuilding.path), .text(t["energy.buildings.new"])))),
                .if(!mayEdit, .p(.attr("class", "hint"), .text(t["energy.buildings.editorOnly"])))
            ),
            strings: SiteStrings(language))
    }
}
