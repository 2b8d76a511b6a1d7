import DienstenDomain
import Platform
import Plot

/// Exploring a made-up building: the form (apartments, yearly use, kWp, key, tariffs, year, seed) and, once
/// submitted, the year it gives. Nothing is stored.
struct EnergyExplorePage {
    var input = EnergyExploration.Input()
    var problems: [EnergyBuildingSetup.Problem] = []
    var result: (SharingYearResult, EnergyExploration)? = nil
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = EnergyWords(language)
        let t = w.t
        return Page(
            title: t["energy.explore.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["energy.home.title"], EnergyPath.home.path),
                          (t["energy.explore.title"], nil)],
            description: t["energy.explore.description"],
            content: .group(
                .p(.attr("class", "lead"), .text(t["energy.explore.lead"])),
                .p(.attr("class", "hint"), .text(t["energy.explore.profiles"])),
                EnergyFormParts.problems(problems, w),
                .postForm(
                    action: EnergyPath.explore.path, csrf: csrf, class: "form energy-explore",
                    .fieldset(
                        .legend(.text(t["energy.explore.buildingLegend"])),
                        .field(id: "apartments", label: t["energy.field.apartments"], name: "apartments", type: "text", value: input.apartments,
                               hint: t("energy.hint.apartmentsExplore", String(EnergyExploration.maximumApartments))),
                        .field(id: "consumption", label: t["energy.field.consumption"], name: "consumption", value: input.consumption,
                               hint: t["energy.hint.consumption"]),
                        .field(id: "kWp", label: t["energy.field.kWp"], name: "kWp", value: input.kWp, hint: t["energy.hint.kWp"]),
                        .field(id: "year", label: t["energy.field.year"], name: "year", value: input.year, hint: t["energy.hint.year"]),
                        .field(id: "seed", label: t["energy.field.seed"], name: "seed", value: input.seed, hint: t["energy.hint.seed"])
                    ),
                    EnergyFormParts.keyAndTariffs(key: input.key, energyPrice: input.energyPrice, injectionPrice: input.injectionPrice,
                                                  networkCosts: input.networkCosts, installationCost: input.installationCost, w),
                    .submitButton(t["energy.explore.submit"])
                ),
                .unwrap(result.map { $0 }) { result, exploration in
                    .section(
                        .attr("class", "energy-result"), .attr("aria-labelledby", "energy-result-title"),
                        .h2(.attr("id", "energy-result-title"),
                            .text(t("energy.explore.resultTitle", String(exploration.profile.apartments), String(exploration.profile.year)))),
                        .p(.attr("class", "hint"), .text(t["energy.explore.notStored"])),
                        EnergyResultView(result: result, labels: (1...exploration.profile.apartments).map { t("energy.explore.apartment", String($0)) },
                                         tariffs: exploration.tariffs, key: exploration.key, words: w).node()
                    )
                }
            ),
            strings: SiteStrings(language))
    }
}

/// Form parts the explore and setup forms share: the problem list linked to the fields, the key and the tariffs.
enum EnergyFormParts {
    static func problems(_ problems: [EnergyBuildingSetup.Problem], _ w: EnergyWords) -> Node<HTML.BodyContext> {
        .if(!problems.isEmpty, .div(
            .attr("class", "form-errors"), .attr("role", "alert"),
            .p(.text(problems.count == 1 ? w.t["energy.problems.one"] : w.t("energy.problems.many", String(problems.count)))),
            .ul(.forEach(problems) { problem in .li(.a(.attr("href", "#\(problem.field)"), .text(w.problem(problem)))) })
        ))
    }

    static func keyAndTariffs(key: String, energyPrice: String, injectionPrice: String, networkCosts: String, installationCost: String,
                              _ w: EnergyWords) -> Node<HTML.BodyContext> {
        let t = w.t
        return .group(
            .fieldset(
                .attr("id", "key"),
                .legend(.text(t["energy.field.key"])),
                .forEach(SharingKey.allCases) { option in
                    .div(.attr("class", "check"),
                         .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                            .attr("type", "radio"), .attr("id", "key-\(option.rawValue)"), .attr("name", "key"), .attr("value", option.rawValue),
                            .attr("aria-describedby", "key-\(option.rawValue)-hint"),
                         ] + (key == option.rawValue ? [.attr("checked", "checked")] : []))),
                         .element(named: "label", nodes: [.attr("for", "key-\(option.rawValue)"), .text(w.key(option))]),
                         .p(.attr("id", "key-\(option.rawValue)-hint"), .attr("class", "hint"), .text(t["energy.key.\(option.rawValue).explained"])))
                }
            ),
            .fieldset(
                .legend(.text(t["energy.tariffsLegend"])),
                .field(id: "energyPrice", label: t["energy.field.energyPrice"], name: "energyPrice", value: energyPrice,
                       hint: t["energy.home.tariff.energyPrice"]),
                .field(id: "networkCosts", label: t["energy.field.networkCosts"], name: "networkCosts", value: networkCosts,
                       hint: t["energy.home.tariff.networkCosts"]),
                .field(id: "injectionPrice", label: t["energy.field.injectionPrice"], name: "injectionPrice", value: injectionPrice,
                       hint: t["energy.home.tariff.injectionPrice"]),
                .field(id: "installationCost", label: t["energy.field.installationCost"], name: "installationCost", value: installationCost,
                       hint: t["energy.home.tariff.installationCost"])
            )
        )
    }
}
