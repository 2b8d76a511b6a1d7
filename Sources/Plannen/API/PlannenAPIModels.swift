import Foundation
import PlannenDomain
import Vapor

/// The JSON shapes of the Plannen API, kept apart from the domain so the domain can change without breaking scripts.
enum PlannenAPI {
    struct OrganisationDTO: Content {
        let code: String
        let name: String
    }

    struct VersionDTO: Content {
        let number: Int
        let label: String
        /// ontwerp (draft) or vastgesteld (adopted).
        let state: String
        let adoptedOn: String?
    }

    struct PlanSummaryDTO: Content {
        let organisation: OrganisationDTO
        let code: String
        let name: String
        let published: Bool
        let versions: [VersionDTO]
        /// The API address of the whole plan, and its page.
        let api: String
        let page: String
    }

    struct PlanListDTO: Content {
        let count: Int
        let items: [PlanSummaryDTO]
    }

    struct BudgetLineDTO: Content {
        let action: String
        let year: Int
        let soort: String
        let richting: String
        let fase: String
        let amount: Decimal
    }

    struct PeriodDTO: Content {
        let code: String
        let start: String
        let end: String
        /// open or vastgesteld.
        let state: String
        let closedOn: String?
        let updates: Int
    }

    struct YearValueDTO: Content {
        let year: Int
        let value: Double
    }

    struct MilestoneDTO: Content {
        let title: String
        let due: String
        let doneOn: String?
    }

    struct IndicatorDTO: Content {
        let item: String
        let code: String
        let name: String
        let unit: String
        /// eigen, mijlpalen or cijfers.
        let kind: String
        let cijfers: CijfersSourceDTO?
        let baseline: YearValueDTO?
        let target: YearValueDTO?
        let direction: String
        /// Year → value (for a Cijfers indicator: the values the caller may see in Cijfers).
        let values: [String: Double]
        let milestones: [MilestoneDTO]?
        /// The verdict against the target (IndicatorVerdict), with the reasoning in Dutch; nil for milestone lists.
        let verdict: String?
        let explanation: String?
        /// For milestone lists: the share of steps done (0–100).
        let shareDone: Double?
    }

    struct CijfersSourceDTO: Content {
        let indicator: String
        let level: String
        let area: String
    }

    struct PlanDTO: Content {
        let organisation: OrganisationDTO
        let code: String
        let name: String
        let published: Bool
        let version: VersionDTO
        let versions: [VersionDTO]
        let items: [PlanItemJSON]
        let budget: [BudgetLineDTO]
        let periods: [PeriodDTO]
        let indicators: [IndicatorDTO]
    }

    struct DiffDTO: Content {
        let added: [String]
        let removed: [String]
        let changed: [String]
        let budgetLinesChanged: Int
    }

    struct ImportResultDTO: Content {
        let organisation: String
        let plan: String
        let version: Int
        let createdPlan: Bool
        let startedVersion: Bool
        let items: Int
        let budgetLines: Int
        let diff: DiffDTO
        let message: String
    }

    struct ProblemDTO: Content {
        let file: String?
        let row: Int?
        let column: String?
        let reason: String
    }

    struct RefusalDTO: Content {
        let error: Bool
        let status: Int
        let message: String
        let problems: [ProblemDTO]
    }

    static func version(_ version: StoredVersion) -> VersionDTO {
        VersionDTO(number: version.number, label: version.label.dutch, state: version.isAdopted ? "vastgesteld" : "ontwerp",
                   adoptedOn: version.adoptedOn?.iso)
    }
}
