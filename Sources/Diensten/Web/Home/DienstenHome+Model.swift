import Platform
import Vapor

/// The start page of the Diensten pillar: one card per service with its entry points.
struct DienstenHomeModel {
    struct Service {
        let titleKey: String
        let textKey: String
        let links: [(labelKey: String, path: String)]
    }

    let services: [Service]
    let language: SiteLanguage

    static func load(_ request: Request) -> DienstenHomeModel {
        DienstenHomeModel(services: [
            Service(titleKey: "home.rights.title", textKey: "home.rights.text", links: [
                ("home.rights.start", RightsPath.home.path),
                ("home.rights.screening", ScreeningPath.screen.path),
            ]),
            Service(titleKey: "home.leefloon.title", textKey: "home.leefloon.text", links: [
                ("home.leefloon.advice", LeefloonPath.advice.path),
                ("home.leefloon.amounts", LeefloonPath.amounts.path),
            ]),
            Service(titleKey: "home.parking.title", textKey: "home.parking.text", links: [
                ("home.parking.start", ParkingPath.home.path),
            ]),
            Service(titleKey: "home.energy.title", textKey: "home.energy.text", links: [
                ("home.energy.explore", EnergyPath.explore.path),
                ("home.energy.start", EnergyPath.home.path),
            ]),
            Service(titleKey: "home.register.title", textKey: "home.register.text", links: [
                ("home.register.start", RegisterPath.home.path),
            ]),
            Service(titleKey: "home.demad.title", textKey: "home.demad.text", links: [
                ("home.demad.start", DemadPath.home.path),
                ("home.demad.benchmark", DemadPath.benchmark.path),
            ]),
        ], language: request.language)
    }
}
