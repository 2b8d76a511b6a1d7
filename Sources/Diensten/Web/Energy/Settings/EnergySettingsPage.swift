import DienstenDomain
import Platform
import Plot

/// The setup of a building (new or existing): name, installation, key, tariffs and the apartments, one per line.
struct EnergySettingsPage {
    /// Nil for a new building.
    let buildingID: Int?
    var input: EnergyBuildingSetup.Input
    var problems: [EnergyBuildingSetup.Problem] = []
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = EnergyWords(language)
        let t = w.t
        let title = buildingID == nil ? t["energy.settings.newTitle"] : t("energy.settings.title", input.name)
        var crumbs: [(label: String, url: String?)] = [(t["home.title"], DienstenPath.home.path), (t["energy.home.title"], EnergyPath.home.path),
                                                       (t["energy.buildings.title"], EnergyPath.buildings.path)]
        if let buildingID { crumbs.append((input.name, EnergyPath.building(buildingID).path)) }
        crumbs.append((buildingID == nil ? t["energy.settings.newTitle"] : t["energy.settings.crumb"], nil))
        let action = buildingID.map { EnergyPath.settings($0).path } ?? EnergyPath.buildings.path
        return Page(
            title: title,
            breadcrumbs: crumbs,
            description: t["energy.settings.description"],
            content: .group(
                .p(.attr("class", "lead"), .text(t["energy.settings.lead"])),
                EnergyFormParts.problems(problems, w),
                .postForm(
                    action: action, csrf: csrf, class: "form energy-settings",
                    .fieldset(
                        .legend(.text(t["energy.settings.buildingLegend"])),
                        .field(id: "name", label: t["energy.field.name"], name: "name", value: input.name),
                        .field(id: "installationEAN", label: t["energy.field.installationEAN"], name: "installationEAN", value: input.installationEAN,
                               autocomplete: "off", hint: t["energy.hint.installationEAN"]),
                        .field(id: "kWp", label: t["energy.field.kWp"], name: "kWp", value: input.kWp, hint: t["energy.hint.kWp"])
                    ),
                    .textArea(id: "apartments", label: t["energy.field.apartments"], name: "apartments", value: input.apartments,
                              hint: t["energy.hint.apartments"], rows: 8),
                    EnergyFormParts.keyAndTariffs(key: input.key, energyPrice: input.energyPrice, injectionPrice: input.injectionPrice,
                                                  networkCosts: input.networkCosts, installationCost: input.installationCost, w),
                    .submitButton(buildingID == nil ? t["energy.settings.create"] : t["energy.settings.save"])
                )
            ),
            strings: SiteStrings(language))
    }
}
