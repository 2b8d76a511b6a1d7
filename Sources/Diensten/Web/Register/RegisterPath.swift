import Platform
import Vapor

/// The pages of the processing register. `/verwerkingsregister` is the entry; `/verwerkingsregister/<code>` a city's
/// public register (with its CSV and printable form); everything under `beheer` is the signed-in member's own
/// organisation (never named in the path, so another city's records cannot be asked for); `sjablonen` the
/// Kenniscentrum's templates.
enum RegisterPath: TypedPath {
    case home
    case publicRegister(String)
    case publicCSV(String)
    case publicPrint(String)
    case manage
    case newActivity
    case export
    case activity(Int)
    case edit(Int)
    case versions(Int)
    case dpia(Int)
    case publish(Int)
    case template(Int)
    case requests
    case newRequest
    case request(Int)
    case extendRequest(Int)
    case requestStatus(Int)
    case breaches
    case newBreach
    case breach(Int)
    case settings
    case templates
    case templateShow(Int)
    case copyTemplate(Int)

    enum Route: PathRoute {
        case home, publicRegister, publicCSV, publicPrint, manage, newActivity, export, activity, edit, versions, dpia, publish, template, requests,
             newRequest, request, extendRequest, requestStatus, breaches, newBreach, breach, settings, templates, templateShow, copyTemplate

        var pattern: [PathComponent] {
            let base: [PathComponent] = ["verwerkingsregister"]
            let manage = base + ["beheer"]
            let activity = manage + ["activiteiten", ":activity"]
            let request = manage + ["verzoeken", ":request"]
            switch self {
            case .home: return base
            case .publicRegister: return base + [":organisation"]
            case .publicCSV: return base + [":organisation", "register.csv"]
            case .publicPrint: return base + [":organisation", "afdrukken"]
            case .manage: return manage
            case .newActivity: return manage + ["nieuw"]
            case .export: return manage + ["register.csv"]
            case .activity: return activity
            case .edit: return activity + ["bewerken"]
            case .versions: return activity + ["versies"]
            case .dpia: return activity + ["dpia"]
            case .publish: return activity + ["publicatie"]
            case .template: return activity + ["sjabloon"]
            case .requests: return manage + ["verzoeken"]
            case .newRequest: return manage + ["verzoeken", "nieuw"]
            case .request: return request
            case .extendRequest: return request + ["verlengen"]
            case .requestStatus: return request + ["status"]
            case .breaches: return manage + ["datalekken"]
            case .newBreach: return manage + ["datalekken", "nieuw"]
            case .breach: return manage + ["datalekken", ":breach"]
            case .settings: return manage + ["instellingen"]
            case .templates: return base + ["sjablonen"]
            case .templateShow: return base + ["sjablonen", ":template"]
            case .copyTemplate: return base + ["sjablonen", ":template", "overnemen"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .publicRegister: .publicRegister
        case .publicCSV: .publicCSV
        case .publicPrint: .publicPrint
        case .manage: .manage
        case .newActivity: .newActivity
        case .export: .export
        case .activity: .activity
        case .edit: .edit
        case .versions: .versions
        case .dpia: .dpia
        case .publish: .publish
        case .template: .template
        case .requests: .requests
        case .newRequest: .newRequest
        case .request: .request
        case .extendRequest: .extendRequest
        case .requestStatus: .requestStatus
        case .breaches: .breaches
        case .newBreach: .newBreach
        case .breach: .breach
        case .settings: .settings
        case .templates: .templates
        case .templateShow: .templateShow
        case .copyTemplate: .copyTemplate
        }
    }

    var parameters: [String: String] {
        switch self {
        case .home, .manage, .newActivity, .export, .requests, .newRequest, .breaches, .newBreach, .settings, .templates: [:]
        case .publicRegister(let code), .publicCSV(let code), .publicPrint(let code): ["organisation": code]
        case .activity(let id), .edit(let id), .versions(let id), .dpia(let id), .publish(let id), .template(let id): ["activity": String(id)]
        case .request(let id), .extendRequest(let id), .requestStatus(let id): ["request": String(id)]
        case .breach(let id): ["breach": String(id)]
        case .templateShow(let id), .copyTemplate(let id): ["template": String(id)]
        }
    }
}

/// The open JSON of a city's public register.
enum RegisterAPIPath: TypedPath {
    case publicRegister(String)

    enum Route: PathRoute {
        case publicRegister

        var pattern: [PathComponent] { ["api", "v1", "processing-register", ":organisation"] }
    }

    var route: Route { .publicRegister }

    var parameters: [String: String] {
        switch self {
        case .publicRegister(let code): ["organisation": code]
        }
    }
}
