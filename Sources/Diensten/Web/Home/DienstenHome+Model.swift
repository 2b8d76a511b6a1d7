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
        ], language: request.language)
    }
}
