import DienstenDomain
import Platform
import Plot

/// The entry of the calculator: what it does, the rules it follows, and the ways in (explore without meter data;
/// a signed-in member's buildings).
struct EnergyHomePage {
    let signedIn: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = EnergyWords(language)
        let t = w.t
        return Page(
            title: t["energy.home.title"],
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["energy.home.title"], nil)],
            description: t["energy.home.description"],
            content: .group(
                .p(.attr("class", "lead"), .text(t["energy.home.lead"])),
                .ul(
                    .attr("class", "energy-ways"),
                    .li(.a(.attr("href", EnergyPath.explore.path), .text(t["energy.home.explore"])), .text(" — "), .text(t["energy.home.exploreText"])),
                    .li(.a(.attr("href", EnergyPath.buildings.path), .text(t["energy.home.buildings"])), .text(" — "),
                        .text(signedIn ? t["energy.home.buildingsText"] : t["energy.home.buildingsSignIn"]))
                ),
                .section(
                    .attr("aria-labelledby", "energy-rules-title"),
                    .h2(.attr("id", "energy-rules-title"), .text(t["energy.home.rulesTitle"])),
                    .ul(.forEach(["quarter", "cap", "returned", "ownEAN"]) { .li(.text(t["energy.home.rule.\($0)"])) }),
                    .h3(.text(t["energy.home.keysTitle"])),
                    .element(named: "dl", nodes: SharingKey.allCases.flatMap { key -> [Node<HTML.BodyContext>] in
                        [.element(named: "dt", text: w.key(key)), .element(named: "dd", text: t["energy.key.\(key.rawValue).explained"])]
                    }),
                    .h3(.text(t["energy.home.tariffsTitle"])),
                    .element(named: "dl", nodes: ["energyPrice", "networkCosts", "injectionPrice", "installationCost"].flatMap { field -> [Node<HTML.BodyContext>] in
                        [.element(named: "dt", text: t["energy.field.\(field)"]), .element(named: "dd", text: t["energy.home.tariff.\(field)"])]
                    }),
                    .p(.text(t["energy.home.data"])),
                    .p(.text(t["energy.home.api"]), .text(" "), .code(.text("POST " + EnergyAPIPath.allocate.path)))
                )
            ),
            strings: SiteStrings(language))
    }
}
