import Foundation
import Platform
import PlannenDomain
import Tabular
import Vapor

/// The dashboard as a download: one row per doelstelling and one for the whole plan, with the same `?jaar=`, `?op=`
/// and `?versie=` as the page. CSV with `;`, UTF-8 with BOM, CRLF, spreadsheet-safe; JSON with stable keys.
/// Helper for the GET export route (registered with the plan pages) for `dashboard.csv` and `dashboard.json`.
enum PlanDashboardExport {
    static func response(_ req: Request, _ visible: VisiblePlan, _ file: PlannenPath.ExportFile) async throws -> Response {
        guard file == .dashboardCSV || file == .dashboardJSON else { throw Abort(.notFound, reason: "deze download bestaat niet") }
        let followUp = try await visible.followUp(req)
        let model = await PlanDashboardModel.load(req, visible: visible, followUp: followUp)
        let name = "\(visible.plan.organisation.code)-\(visible.plan.code)-dashboard"
        switch file {
        case .dashboardJSON: return try OverviewDownload.json(DashboardDocument(model), name: name + ".json")
        default: return OverviewDownload.csv(csvRows(model), name: name + ".csv")
        }
    }

    static func csvRows(_ model: PlanDashboardModel) -> [[String]] {
        let header = ["niveau", "code", "titel"] + model.statusColumns.map { $0.isEmpty ? "geen-status" : $0 }
            + ["acties", "voortgang", "krediet", "rekening", "uitvoering", "jaar"]
        let rows = model.rows + (model.total.map { [$0] } ?? [])
        return [header] + rows.map { row in
            [row.item.code.isEmpty ? "plan" : row.item.level.rawValue, row.item.code, row.item.title]
                + model.statusColumns.map { String(row.statuses.count($0)) }
                + [String(row.statuses.total), OverviewNumbers.csv(row.progress?.value), OverviewNumbers.csv(row.spending.krediet),
                   OverviewNumbers.csv(row.spending.rekening), OverviewNumbers.csv(row.spending.execution),
                   model.year.map(String.init) ?? "alle"]
        }
    }
}

/// The dashboard as JSON.
struct DashboardDocument: Encodable {
    struct Row: Encodable {
        let level: String
        let code: String?
        let title: String
        let statuses: [String: Int]
        let actions: Int
        let progress: Double?
        let progressIsOverride: Bool
        let credit: Decimal
        let actual: Decimal
        let executionPercentage: Double?
    }

    struct Late: Encodable {
        let code: String
        let title: String
        let end: String?
        let status: String?
        let reasons: [String]
    }

    struct Milestone: Encodable {
        let item: String
        let indicator: String
        let milestone: String
        let due: String
    }

    struct Indicator: Encodable {
        let item: String
        let code: String
        let name: String
        let unit: String
        let latestYear: Int?
        let latestValue: Double?
        let targetYear: Int?
        let targetValue: Double?
        let verdict: String?
        let verdictText: String
    }

    let organisation: String
    let plan: String
    let version: Int
    let year: Int?
    let asOf: String
    let budgetNote: String
    let goals: [Row]
    let wholePlan: Row?
    let late: [Late]
    let overdueMilestones: [Milestone]
    let indicators: [Indicator]

    init(_ model: PlanDashboardModel) {
        organisation = model.followUp.plan.organisation.code
        plan = model.followUp.plan.code
        version = model.followUp.version.number
        year = model.year
        asOf = model.day.iso
        budgetNote = "uitgaven, exploitatie en investering; uitvoering = rekening ÷ krediet × 100"
        func row(_ row: PlanDashboardModel.Row, whole: Bool) -> Row {
            Row(level: whole ? "plan" : row.item.level.rawValue, code: whole ? nil : row.item.code, title: row.item.title,
                statuses: Dictionary(uniqueKeysWithValues: model.statusColumns.map { ($0.isEmpty ? "geen-status" : $0, row.statuses.count($0)) }),
                actions: row.statuses.total, progress: row.progress?.value, progressIsOverride: row.progress?.isOverride == true,
                credit: row.spending.krediet, actual: row.spending.rekening, executionPercentage: row.spending.execution)
        }
        goals = model.rows.map { row($0, whole: false) }
        wholePlan = model.total.map { row($0, whole: true) }
        late = model.late.map {
            Late(code: $0.item.code, title: $0.item.title, end: $0.item.end?.iso, status: $0.item.status, reasons: $0.reasons.map(\.rawValue))
        }
        overdueMilestones = model.overdue.map {
            Milestone(item: $0.itemCode, indicator: $0.indicator, milestone: $0.milestone.title, due: $0.milestone.due.iso)
        }
        indicators = model.indicators.map { reading in
            let latest = reading.indicator.planIndicator?.latest
            return Indicator(item: reading.indicator.itemCode, code: reading.indicator.code, name: reading.indicator.name,
                             unit: reading.indicator.unit, latestYear: latest?.year, latestValue: latest?.value,
                             targetYear: reading.indicator.target?.year, targetValue: reading.indicator.target?.value,
                             verdict: reading.assessment?.verdict.rawValue, verdictText: reading.verdict(.nl))
        }
    }
}

/// How the overview pages answer a download: `;`-separated CSV with a byte-order mark, or JSON.
enum OverviewDownload {
    static func csv(_ rows: [[String]], name: String) -> Response {
        Download.file(CSVWriter.byteOrderMark + rows.map { CSVText.line($0, separator: ";") + CSVWriter.lineEnd }.joined(), name: name)
    }

    static func json<T: Encodable>(_ value: T, name: String) throws -> Response { try Download.json(value, name: name) }
}
