import Platform
import PlannenDomain
import Vapor

/// plan.csv and budget.csv of a plan: the import files of what the pages show (`followUp.current`, the version asked
/// for with `?versie=`), so a city can change them in a spreadsheet and read them in again.
enum PlanFileExport {
    static func response(_ req: Request, _ visible: VisiblePlan, _ file: PlannenPath.ExportFile) async throws -> Response {
        let followUp = try await visible.followUp(req)
        let text: String
        switch file {
        case .planCSV: text = PlanCSVExporter.planText(followUp.current)
        case .budgetCSV: text = PlanCSVExporter.budgetText(followUp.current)
        default: throw Abort(.notFound, reason: "deze download bestaat niet")
        }
        return Download.file(text, name: fileName(visible.plan, file))
    }

    /// `<organisation>-<plan>-plan.csv`.
    static func fileName(_ plan: StoredPlan, _ file: PlannenPath.ExportFile) -> String {
        "\(plan.organisation.code)-\(plan.code)-\(file.rawValue)"
    }
}
