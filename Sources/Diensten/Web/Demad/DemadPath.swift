import Platform
import Vapor

/// The pages of DEMaD: the organisation's dashboard, its cases (the list takes the POST that opens one), one case
/// with its measurements and settings, the import of measurements, the benchmark between cities with the
/// organisation's participation, and the scale with its weights.
enum DemadPath: TypedPath {
    case home
    case cases
    case dossier(Int)
    case measurements(Int)
    case settings(Int)
    case importFile
    case benchmark
    case participation
    case scale

    enum Route: PathRoute {
        case home, cases, dossier, measurements, settings, importFile, benchmark, participation, scale

        var pattern: [PathComponent] {
            switch self {
            case .home: ["demad"]
            case .cases: ["demad", "dossiers"]
            case .dossier: ["demad", "dossiers", ":dossier"]
            case .measurements: ["demad", "dossiers", ":dossier", "metingen"]
            case .settings: ["demad", "dossiers", ":dossier", "gegevens"]
            case .importFile: ["demad", "import"]
            case .benchmark: ["demad", "benchmark"]
            case .participation: ["demad", "deelname"]
            case .scale: ["demad", "schaal"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .cases: .cases
        case .dossier: .dossier
        case .measurements: .measurements
        case .settings: .settings
        case .importFile: .importFile
        case .benchmark: .benchmark
        case .participation: .participation
        case .scale: .scale
        }
    }

    var parameters: [String: String] {
        switch self {
        case .dossier(let id), .measurements(let id), .settings(let id): ["dossier": String(id)]
        default: [:]
        }
    }
}

/// The JSON API of DEMaD: the benchmark's suppressed aggregates.
enum DemadAPIPath: TypedPath {
    case benchmark

    enum Route: PathRoute {
        case benchmark

        var pattern: [PathComponent] { ["api", "v1", "demad", "benchmark"] }
    }

    var route: Route { .benchmark }
    var parameters: [String: String] { [:] }
}
