import Foundation
import PlannenDomain
import Vapor

/// One plan item as JSON, the same in the API and in the plan tree's items.json: its fields, the rolled-up progress
/// with where it comes from and the calculation (Dutch), and — in items.json — whether it matches the filter and its
/// krediet (omitted where nil).
struct PlanItemJSON: Content {
    let level: String
    let code: String
    let parentCode: String?
    let title: String
    let description: String
    let prioritair: Bool
    let beleidsveld: String?
    let verantwoordelijke: String?
    let dienst: String?
    let start: String?
    let end: String?
    /// The status with the newest update applied.
    let status: String?
    /// The rolled-up progress (0–100), rounded to one decimal.
    let progress: Double?
    /// reported, status, children, override or unknown.
    let progressSource: String
    let progressExplanation: String
    let weight: Double?
    var matchesFilter: Bool?
    var credit: Decimal?
    var creditPerYear: [String: Decimal]?

    init(_ item: PlanItem, _ result: ProgressResult?) {
        level = item.level.rawValue
        code = item.code
        parentCode = item.parentCode
        title = item.title
        description = item.description
        prioritair = item.prioritair
        beleidsveld = item.beleidsveld
        verantwoordelijke = item.verantwoordelijke
        dienst = item.dienst
        start = item.start?.iso
        end = item.end?.iso
        status = item.status
        progress = result?.value.map { ($0 * 10).rounded() / 10 }
        progressSource = Self.source(result?.source)
        progressExplanation = result?.explanation.dutch ?? ""
        weight = item.weight
    }

    /// Where a progress value comes from, as a word that is the same in every language of the site.
    static func source(_ source: ProgressResult.Source?) -> String {
        switch source {
        case .reported: "reported"
        case .statusDefault: "status"
        case .children: "children"
        case .override: "override"
        case .unknown, nil: "unknown"
        }
    }
}
