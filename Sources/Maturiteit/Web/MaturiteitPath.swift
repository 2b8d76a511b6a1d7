import Platform
import Foundation
import Vapor

/// The pages of the Maturiteit pillar. Routes are registered from `pattern`; links come from `path`/`url` (TypedPath).
enum MaturiteitPath: TypedPath {
    case home
    case newCampaign
    case newModelVersion(model: String)
    case theme(model: String, theme: String)
    case campaign(String)
    case profile(campaign: String, organisation: String)
    case evolution(campaign: String)
    case plans(campaign: String)
    case evaluation(campaign: String, organisation: String)
    case validation(campaign: String, organisation: String)
    case reopen(campaign: String, organisation: String)
    case status(campaign: String)
    case importSheet(campaign: String)
    case recommendations(campaign: String)
    case workPackages(campaign: String)
    case export(campaign: String, file: ExportFile)

    /// The downloads of a campaign.
    enum ExportFile: String, CaseIterable {
        case scoresCSV = "scores.csv"
        case scoresJSON = "scores.json"
        case recommendationsCSV = "aanbevelingen.csv"
        case recommendationsJSON = "aanbevelingen.json"
        case workPackagesCSV = "werkpakketten.csv"
        case workPackagesJSON = "werkpakketten.json"
    }

    enum Route: PathRoute {
        case home, newCampaign, newModelVersion, theme, campaign, profile, evolution, plans, evaluation, validation, reopen, status, importSheet, recommendations, workPackages, export

        var pattern: [PathComponent] {
            switch self {
            case .home: ["maturiteit"]
            case .newCampaign: ["maturiteit", "nieuwe-meting"]
            case .newModelVersion: ["maturiteit", "modellen", ":model", "nieuwe-versie"]
            case .theme: ["maturiteit", "modellen", ":model", "themas", ":theme"]
            case .campaign: ["maturiteit", "metingen", ":campaign"]
            case .profile: ["maturiteit", "metingen", ":campaign", "organisaties", ":organisation"]
            case .evolution: ["maturiteit", "metingen", ":campaign", "evolutie"]
            case .plans: ["maturiteit", "metingen", ":campaign", "aanbevelingen"]
            case .evaluation: ["maturiteit", "metingen", ":campaign", "zelfevaluatie", ":organisation"]
            case .validation: ["maturiteit", "metingen", ":campaign", "validatie", ":organisation"]
            case .reopen: ["maturiteit", "metingen", ":campaign", "validatie", ":organisation", "terugsturen"]
            case .status: ["maturiteit", "metingen", ":campaign", "status"]
            case .importSheet: ["maturiteit", "metingen", ":campaign", "inlezen"]
            case .recommendations: ["maturiteit", "metingen", ":campaign", "aanbevelingen", "bewaren"]
            case .workPackages: ["maturiteit", "metingen", ":campaign", "werkpakketten", "bewaren"]
            case .export: ["maturiteit", "metingen", ":campaign", ":file"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .newCampaign: .newCampaign
        case .newModelVersion: .newModelVersion
        case .theme: .theme
        case .campaign: .campaign
        case .profile: .profile
        case .evolution: .evolution
        case .plans: .plans
        case .evaluation: .evaluation
        case .validation: .validation
        case .reopen: .reopen
        case .status: .status
        case .importSheet: .importSheet
        case .recommendations: .recommendations
        case .workPackages: .workPackages
        case .export: .export
        }
    }

    var parameters: [String: String] {
        switch self {
        case .newModelVersion(let model): ["model": model]
        case .theme(let model, let theme): ["model": model, "theme": theme]
        case .campaign(let campaign), .evolution(let campaign), .plans(let campaign), .status(let campaign),
             .importSheet(let campaign), .recommendations(let campaign), .workPackages(let campaign):
            ["campaign": campaign]
        case .profile(let campaign, let organisation), .evaluation(let campaign, let organisation),
             .validation(let campaign, let organisation), .reopen(let campaign, let organisation):
            ["campaign": campaign, "organisation": organisation]
        case .export(let campaign, let file): ["campaign": campaign, "file": file.rawValue]
        default: [:]
        }
    }
}
