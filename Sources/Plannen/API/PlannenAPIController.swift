import AccessDomain
import Cijfers
import Foundation
import Platform
import PlannenDomain
import Vapor

/// The JSON API of the Plannen pillar: the plans a caller may see (published ones, and with a token those of its own
/// organisation), one plan whole with its roll-up, budget, periods and indicators, and the import of plan.csv and
/// budget.csv with a write token — the same import as the command line and the upload page, all or nothing.
struct PlannenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(PlannenAPIPath.Route.plans.pattern, use: plans)
        routes.get(PlannenAPIPath.Route.plan.pattern, use: plan)
        routes.write(.apiImportPlan, use: importPlan)
    }

    @Sendable func plans(req: Request) async throws -> PlannenAPI.PlanListDTO {
        let principal = req.principal
        let visible = try await req.planStore.plans().filter { PlanAccess.maySee($0, principal) }
        return PlannenAPI.PlanListDTO(count: visible.count, items: visible.map { plan in
            PlannenAPI.PlanSummaryDTO(
                organisation: .init(code: plan.organisation.code, name: plan.organisation.name), code: plan.code, name: plan.name,
                published: plan.published, versions: plan.versions.map(PlannenAPI.version),
                api: PlannenAPIPath.plan(PlanRef(plan)).path, page: PlannenPath.plan(PlanRef(plan)).path)
        })
    }

    @Sendable func plan(req: Request) async throws -> PlannenAPI.PlanDTO {
        let store = req.planStore
        let organisation = try req.parameters.require("organisation")
        let code = try req.parameters.require("plan")
        guard let plan = try await store.plan(organisation: organisation, code: code), PlanAccess.maySee(plan, req.principal) else {
            throw Abort(.notFound, reason: PlanAccess.notFound)
        }
        var number: Int?
        if let text = req.query[String.self, at: "versie"], !text.isEmpty {
            guard let value = Int(text), plan.version(value) != nil else {
                throw Abort(.notFound, reason: "versie '\(text)' van dit plan bestaat niet")
            }
            number = value
        }
        guard let followUp = try await store.followUp(plan, versionNumber: number) else {
            throw Abort(.notFound, reason: "dit plan heeft nog geen inhoud")
        }
        return PlannenAPI.PlanDTO(
            organisation: .init(code: plan.organisation.code, name: plan.organisation.name), code: plan.code, name: plan.name,
            published: plan.published, version: PlannenAPI.version(followUp.version), versions: plan.versions.map(PlannenAPI.version),
            items: Self.items(followUp), budget: followUp.current.budget.map { line in
                PlannenAPI.BudgetLineDTO(action: line.actionCode, year: line.year, soort: line.soort.rawValue,
                                         richting: line.richting.rawValue, fase: line.fase.rawValue, amount: line.amount)
            },
            periods: Self.periods(followUp), indicators: try await Self.indicators(followUp, request: req))
    }

    static func items(_ followUp: PlanFollowUp) -> [PlanItemJSON] {
        followUp.current.items.map { PlanItemJSON($0, followUp.rollup[$0.code]) }
    }

    static func periods(_ followUp: PlanFollowUp) -> [PlannenAPI.PeriodDTO] {
        let counts = Dictionary(grouping: followUp.updates, by: \.update.periodCode).mapValues(\.count)
        return followUp.periods.map { stored in
            var closedOn: String?
            if case .closed(let day) = stored.period.state { closedOn = day.iso }
            return PlannenAPI.PeriodDTO(code: stored.code, start: stored.period.start.iso, end: stored.period.end.iso,
                                        state: closedOn == nil ? "open" : "vastgesteld", closedOn: closedOn,
                                        updates: counts[stored.code] ?? 0)
        }
    }

    /// The indicators with their verdict; a Cijfers indicator gets the values the caller may see in Cijfers.
    static func indicators(_ followUp: PlanFollowUp, request: Request) async throws -> [PlannenAPI.IndicatorDTO] {
        var result: [PlannenAPI.IndicatorDTO] = []
        for stored in followUp.indicators {
            var indicator = stored
            var cijfers: PlannenAPI.CijfersSourceDTO?
            if case .cijfers(let code, let level, let area) = stored.source {
                cijfers = .init(indicator: code, level: level, area: area)
                let series = await CijfersFigures.series(indicator: code, level: level, area: area, request: request)
                indicator = stored.with(observations: series?.values ?? [:])
            }
            let assessment = indicator.planIndicator.map(IndicatorAssessment.init)
            let milestones = indicator.milestones
            result.append(PlannenAPI.IndicatorDTO(
                item: indicator.itemCode, code: indicator.code, name: indicator.name, unit: indicator.unit,
                kind: indicator.source.kind, cijfers: cijfers,
                baseline: indicator.baseline.map { .init(year: $0.year, value: $0.value) },
                target: indicator.target.map { .init(year: $0.year, value: $0.value) },
                direction: indicator.direction.rawValue,
                values: Dictionary(uniqueKeysWithValues: indicator.observations.map { (String($0.key), $0.value) }),
                milestones: milestones?.milestones.map { .init(title: $0.title, due: $0.due.iso, doneOn: $0.doneOn?.iso) },
                verdict: assessment?.verdict.rawValue, explanation: assessment?.explanation.dutch,
                shareDone: milestones?.shareDone.map { $0 * 100 }))
        }
        return result
    }

    // MARK: Import

    @Sendable func importPlan(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized) }
        guard let organisationModel = context.organisation else { throw Abort(.notFound, reason: "die organisatie bestaat niet") }
        let organisation = try PlanOrganisation(organisationModel)
        let code = try req.parameters.require("plan")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-plan-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let form = try await WriteGuard.readUpload(.apiImportPlan, req, into: directory)
        guard let planFile = form.files.last(where: { $0.field == "plan" }) else {
            throw Abort(.badRequest, reason: "stuur plan.csv (of .xlsx) mee in een multipart-deel 'plan'")
        }
        let budgetFile = form.files.last { $0.field == "budget" }
        if let problem = PlanService.codeProblem(code) {
            return try Self.refusal([.init(file: nil, row: nil, column: "plan", reason: problem)])
        }
        do {
            let result = try await PlanImport.run(
                plan: PlanFiles.Input(path: planFile.path, name: PlanImport.displayName(planFile.filename, fallback: "plan.csv")),
                budget: budgetFile.map { PlanFiles.Input(path: $0.path, name: PlanImport.displayName($0.filename, fallback: "budget.csv")) },
                planCode: code, name: form.value("naam").flatMap(TextCleaning.optional), organisation: organisation,
                database: req.db, actor: AuditActor(principal))
            switch result {
            case .refused(let problems):
                return try Self.refusal(problems.map { .init(file: $0.file, row: $0.row, column: $0.column, reason: $0.reason) })
            case .imported(let outcome):
                let response = Response(status: .ok)
                try response.content.encode(PlannenAPI.ImportResultDTO(
                    organisation: organisation.code, plan: code, version: outcome.versionNumber, createdPlan: outcome.createdPlan,
                    startedVersion: outcome.startedVersion, items: outcome.items, budgetLines: outcome.budgetLines,
                    diff: .init(added: outcome.diff.added.map(\.code), removed: outcome.diff.removed.map(\.code),
                                changed: outcome.diff.changed.map(\.code), budgetLinesChanged: outcome.diff.budget.count),
                    message: PlanImport.summary(outcome, organisation: organisation.code, planCode: code).joined(separator: " ")))
                return response
            }
        } catch let refusal as RefusedAction {
            return try Self.refusal(refusal.reasons.map { .init(file: nil, row: nil, column: $0.field, reason: $0.message) })
        }
    }

    /// 422 with every problem; nothing was changed.
    static func refusal(_ problems: [PlannenAPI.ProblemDTO]) throws -> Response {
        let response = Response(status: .unprocessableEntity)
        try response.content.encode(PlannenAPI.RefusalDTO(
            error: true, status: 422,
            message: "import geweigerd: \(problems.count) \(problems.count == 1 ? "probleem" : "problemen"); er is niets gewijzigd",
            problems: problems))
        return response
    }
}
