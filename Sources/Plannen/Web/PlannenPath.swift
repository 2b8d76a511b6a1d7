import Platform
import Vapor

/// Which plan an address is about: the organisation's code and the plan's own code.
struct PlanRef: Sendable, Hashable {
    let organisation: String
    let plan: String

    init(_ organisation: String, _ plan: String) {
        self.organisation = organisation
        self.plan = plan
    }

    init(_ plan: StoredPlan) { self.init(plan.organisation.code, plan.code) }

    var parameters: [String: String] { ["organisation": organisation, "plan": plan] }
}

/// The pages of the Plannen pillar. Routes are registered from `pattern`; links come from `path`/`url` (TypedPath).
enum PlannenPath: TypedPath {
    case home
    case comparison
    case comparisonExport(file: ExportFile)
    /// Upload a plan (new, or a re-import) for an organisation.
    case importPlan(organisation: String)
    case plan(PlanRef)
    case export(PlanRef, file: ExportFile)
    case item(PlanRef, item: String)
    case saveUpdate(PlanRef, item: String)
    case saveOwners(PlanRef, item: String)
    case saveLinks(PlanRef, item: String)
    case saveIndicator(PlanRef, item: String)
    case dashboard(PlanRef)
    case report(PlanRef)
    case publicView(PlanRef)
    case manage(PlanRef)
    case adopt(PlanRef)
    case publish(PlanRef)
    case openPeriod(PlanRef)
    case closePeriod(PlanRef, period: String)
    case reopenPeriod(PlanRef, period: String)
    case sendReminders(PlanRef, period: String)

    /// The downloads: the two import files, and CSV/JSON of what the pages show.
    enum ExportFile: String, CaseIterable, Sendable {
        case planCSV = "plan.csv"
        case budgetCSV = "budget.csv"
        case itemsCSV = "items.csv"
        case itemsJSON = "items.json"
        case dashboardCSV = "dashboard.csv"
        case dashboardJSON = "dashboard.json"
        case comparisonCSV = "vergelijking.csv"
        case comparisonJSON = "vergelijking.json"

        var isJSON: Bool { rawValue.hasSuffix(".json") }
    }

    /// Plan codes that would be read as one of these pages' fixed segments.
    static let reservedPlanCodes: Set<String> = ["inlezen"]

    enum Route: PathRoute {
        case home, comparison, comparisonExport, importPlan, plan, export, item, saveUpdate, saveOwners, saveLinks,
             saveIndicator, dashboard, report, publicView, manage, adopt, publish, openPeriod, closePeriod, reopenPeriod,
             sendReminders

        var pattern: [PathComponent] {
            let plan: [PathComponent] = ["plannen", ":organisation", ":plan"]
            return switch self {
            case .home: ["plannen"]
            case .comparison: ["plannen", "vergelijking"]
            case .comparisonExport: ["plannen", "vergelijking", ":file"]
            case .importPlan: ["plannen", ":organisation", "inlezen"]
            case .plan: plan
            case .export: plan + ["download", ":file"]
            case .item: plan + ["items", ":item"]
            case .saveUpdate: plan + ["items", ":item", "opvolging"]
            case .saveOwners: plan + ["items", ":item", "eigenaars"]
            case .saveLinks: plan + ["items", ":item", "koppelingen"]
            case .saveIndicator: plan + ["items", ":item", "indicatoren"]
            case .dashboard: plan + ["dashboard"]
            case .report: plan + ["rapport"]
            case .publicView: plan + ["publiek"]
            case .manage: plan + ["beheer"]
            case .adopt: plan + ["vaststellen"]
            case .publish: plan + ["publicatie"]
            case .openPeriod: plan + ["perioden"]
            case .closePeriod: plan + ["perioden", ":period", "vaststellen"]
            case .reopenPeriod: plan + ["perioden", ":period", "heropenen"]
            case .sendReminders: plan + ["perioden", ":period", "herinneringen"]
            }
        }
    }

    var route: Route {
        switch self {
        case .home: .home
        case .comparison: .comparison
        case .comparisonExport: .comparisonExport
        case .importPlan: .importPlan
        case .plan: .plan
        case .export: .export
        case .item: .item
        case .saveUpdate: .saveUpdate
        case .saveOwners: .saveOwners
        case .saveLinks: .saveLinks
        case .saveIndicator: .saveIndicator
        case .dashboard: .dashboard
        case .report: .report
        case .publicView: .publicView
        case .manage: .manage
        case .adopt: .adopt
        case .publish: .publish
        case .openPeriod: .openPeriod
        case .closePeriod: .closePeriod
        case .reopenPeriod: .reopenPeriod
        case .sendReminders: .sendReminders
        }
    }

    var parameters: [String: String] {
        switch self {
        case .home, .comparison: [:]
        case .comparisonExport(let file): ["file": file.rawValue]
        case .importPlan(let organisation): ["organisation": organisation]
        case .plan(let ref), .dashboard(let ref), .report(let ref), .publicView(let ref), .manage(let ref), .adopt(let ref),
             .publish(let ref), .openPeriod(let ref):
            ref.parameters
        case .export(let ref, let file): ref.parameters.merging(["file": file.rawValue]) { $1 }
        case .item(let ref, let item), .saveUpdate(let ref, let item), .saveOwners(let ref, let item), .saveLinks(let ref, let item),
             .saveIndicator(let ref, let item):
            ref.parameters.merging(["item": item]) { $1 }
        case .closePeriod(let ref, let period), .reopenPeriod(let ref, let period), .sendReminders(let ref, let period):
            ref.parameters.merging(["period": period]) { $1 }
        }
    }
}

/// The JSON API of the Plannen pillar.
enum PlannenAPIPath: TypedPath {
    case plans
    case plan(PlanRef)
    case importPlan(PlanRef)

    enum Route: PathRoute {
        case plans, plan, importPlan

        var pattern: [PathComponent] {
            switch self {
            case .plans: ["api", "v1", "plannen"]
            case .plan: ["api", "v1", "plannen", ":organisation", ":plan"]
            case .importPlan: ["api", "v1", "plannen", ":organisation", ":plan", "import"]
            }
        }
    }

    var route: Route {
        switch self {
        case .plans: .plans
        case .plan: .plan
        case .importPlan: .importPlan
        }
    }

    var parameters: [String: String] {
        switch self {
        case .plans: [:]
        case .plan(let ref), .importPlan(let ref): ref.parameters
        }
    }
}
