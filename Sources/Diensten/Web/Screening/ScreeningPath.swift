import Platform
import Vapor

/// The pages of screening a client profile for rights, the cases workers keep, and the eligibility rules.
enum ScreeningPath: TypedPath {
    /// GET: the profile form (`?gemeente=NIS`, `?recht=key`); POST: the results (nothing stored).
    case screen
    /// GET: the organisation's cases; POST: save a case.
    case cases
    case caseItem(Int)
    case deleteCase(Int)
    /// The active rules in plain language (`?versie=N` for an older one) and their history.
    case rules
    case editRules

    enum Route: PathRoute {
        case screen, cases, caseItem, deleteCase, rules, editRules

        var pattern: [PathComponent] {
            switch self {
            case .screen: ["rechten", "screening"]
            case .cases: ["rechten", "dossiers"]
            case .caseItem: ["rechten", "dossiers", ":case"]
            case .deleteCase: ["rechten", "dossiers", ":case", "verwijderen"]
            case .rules: ["rechten", "regels"]
            case .editRules: ["rechten", "regels", "bewerken"]
            }
        }
    }

    var route: Route {
        switch self {
        case .screen: .screen
        case .cases: .cases
        case .caseItem: .caseItem
        case .deleteCase: .deleteCase
        case .rules: .rules
        case .editRules: .editRules
        }
    }

    var parameters: [String: String] {
        switch self {
        case .screen, .cases, .rules, .editRules: [:]
        case .caseItem(let id), .deleteCase(let id): ["case": String(id)]
        }
    }

    /// The page of a right in the Rechtenverkenner.
    static func right(_ key: String) -> String {
        RightsPath.right(key).path
    }
}
