import Platform
import Vapor

/// The pages of the leefloon advice: the form (GET) and its advice (POST), the amounts over time, and the
/// decisions an organisation's workers took (the list also takes the POST that records one).
enum LeefloonPath: TypedPath {
    case advice
    case amounts
    case decisions
    case decision(Int)

    enum Route: PathRoute {
        case advice, amounts, decisions, decision

        var pattern: [PathComponent] {
            switch self {
            case .advice: ["leefloon"]
            case .amounts: ["leefloon", "bedragen"]
            case .decisions: ["leefloon", "beslissingen"]
            case .decision: ["leefloon", "beslissingen", ":decision"]
            }
        }
    }

    var route: Route {
        switch self {
        case .advice: .advice
        case .amounts: .amounts
        case .decisions: .decisions
        case .decision: .decision
        }
    }

    var parameters: [String: String] {
        switch self {
        case .advice, .amounts, .decisions: [:]
        case .decision(let id): ["decision": String(id)]
        }
    }
}

/// The JSON API of the leefloon advice: the amounts in force on a day, and an advice for a situation.
enum LeefloonAPIPath: TypedPath {
    case amounts
    case advice

    enum Route: PathRoute {
        case amounts, advice

        var pattern: [PathComponent] {
            switch self {
            case .amounts: ["api", "v1", "leefloon", "amounts"]
            case .advice: ["api", "v1", "leefloon", "advice"]
            }
        }
    }

    var route: Route {
        switch self {
        case .amounts: .amounts
        case .advice: .advice
        }
    }

    var parameters: [String: String] { [:] }
}
