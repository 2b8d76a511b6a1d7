import Foundation
import Platform
import PlannenDomain
import Vapor

/// `stadsbeeld plannen import|export|list|benchmark`: the cities' multi-year plans to and from plan.csv and
/// budget.csv, with the same import as the upload page and the API (all or nothing, every problem located).
struct PlannenCommand: AnyAsyncCommand {
    var help: String {
        """
        Meerjarenplannen inlezen en uitvoeren.
          stadsbeeld plannen list
          stadsbeeld plannen import --organisatie CODE --plan CODE [--naam "…"] plan.csv [budget.csv]
              (alles of niets; elk probleem met bestand, rij en kolom; een vastgestelde versie blijft ongewijzigd:
               dan wordt een nieuwe versie gemaakt)
          stadsbeeld plannen export --organisatie CODE --plan CODE [--versie N] MAP
              (schrijft MAP/plan.csv en MAP/budget.csv: dezelfde bestanden als de import leest)
          stadsbeeld plannen benchmark [--runs N]
              (leest het demoplan N keer in een tijdelijke SQLite-databank in, en in PostgreSQL als DATABASE_URL gezet is)
        """
    }

    func outputHelp(using context: inout CommandContext) { context.console.output(help.consoleText()) }

    func run(using context: inout CommandContext) async throws {
        let arguments = try CommandArguments(context.input.arguments, flags: ["help"],
                                             options: ["organisatie", "plan", "naam", "versie", "runs"])
        guard !arguments.flags.contains("help"), let action = arguments.positional.first else { return outputHelp(using: &context) }
        let files = Array(arguments.positional.dropFirst())
        switch action {
        case "list":
            try await list(context)
        case "import":
            try await importFiles(files, arguments, context)
        case "export":
            try await export(files, arguments, context)
        case "benchmark":
            let runs = try arguments.options["runs"].map { text -> Int in
                guard let value = Int(text), (1...1000).contains(value) else {
                    throw CommandArguments.UsageError(description: "--runs is een geheel getal van 1 tot 1000, niet '\(text)'")
                }
                return value
            } ?? 5
            try await PlanBenchmark.run(runs: runs, pillars: context.application.pillars.all, console: context.console)
        default:
            throw CommandArguments.UsageError(description: "onbekende opdracht '\(action)': kies list, import, export of benchmark")
        }
    }

    // MARK: list

    private func list(_ context: CommandContext) async throws {
        let app = context.application
        try await app.prepareData()
        let plans = try await PlanStore(database: app.db).plans()
        if plans.isEmpty { context.console.output("Er zijn nog geen plannen (stadsbeeld plannen import …).".consoleText()) }
        for plan in plans {
            let versions = plan.versions.map { version in
                "\(version.number) " + (version.adoptedOn.map { "vastgesteld \($0.iso)" } ?? "ontwerp")
            }.joined(separator: ", ")
            context.console.output(("\(plan.organisation.code)\t\(plan.code)\t\(plan.name)\tversies: \(versions)"
                + "\t\(plan.published ? "gepubliceerd" : "niet gepubliceerd")").consoleText())
        }
    }

    // MARK: import

    private func importFiles(_ files: [String], _ arguments: CommandArguments, _ context: CommandContext) async throws {
        guard (1...2).contains(files.count) else {
            throw CommandArguments.UsageError(description: "geef plan.csv en eventueel budget.csv (of .xlsx): plannen import --organisatie CODE --plan CODE plan.csv [budget.csv]")
        }
        let planCode = try Self.required("plan", arguments)
        if let problem = PlanService.codeProblem(planCode) { throw CommandArguments.UsageError(description: problem) }
        let app = context.application
        try await app.prepareData()
        let organisation = try await Self.organisation(try Self.required("organisatie", arguments), app)
        func input(_ path: String) -> PlanFiles.Input { PlanFiles.Input(path: path, name: URL(fileURLWithPath: path).lastPathComponent) }
        let result: PlanImport.Result
        do {
            result = try await PlanImport.run(plan: input(files[0]), budget: files.count > 1 ? input(files[1]) : nil, planCode: planCode,
                                              name: arguments.options["naam"], organisation: organisation, database: app.db,
                                              actor: .commandLine)
        } catch let refusal as RefusedAction {
            for problem in refusal.problems { context.console.report(error: problem, newLine: true) }
            throw CommandArguments.UsageError(description: "niets ingelezen")
        }
        switch result {
        case .refused(let problems):
            for problem in problems { context.console.report(error: problem.description, newLine: true) }
            throw CommandArguments.UsageError(description: "niets ingelezen: \(problems.count) \(problems.count == 1 ? "probleem" : "problemen"); pas de bestanden aan en probeer opnieuw")
        case .imported(let outcome):
            for line in PlanImport.summary(outcome, organisation: organisation.code, planCode: planCode) {
                context.console.output(line.consoleText())
            }
        }
    }

    // MARK: export

    private func export(_ files: [String], _ arguments: CommandArguments, _ context: CommandContext) async throws {
        guard files.count == 1 else {
            throw CommandArguments.UsageError(description: "geef één map: plannen export --organisatie CODE --plan CODE [--versie N] MAP")
        }
        let organisationCode = try Self.required("organisatie", arguments)
        let planCode = try Self.required("plan", arguments)
        let app = context.application
        try await app.prepareData()
        let store = PlanStore(database: app.db)
        guard let plan = try await store.plan(organisation: organisationCode, code: planCode) else {
            throw CommandArguments.UsageError(description: "organisatie \(organisationCode) heeft geen plan met de code \(planCode) (zie stadsbeeld plannen list)")
        }
        var number: Int?
        if let text = arguments.options["versie"] {
            guard let value = Int(text), plan.version(value) != nil else {
                throw CommandArguments.UsageError(description: "plan \(planCode) heeft geen versie '\(text)'; versies: \(plan.versions.map { String($0.number) }.joined(separator: ", "))")
            }
            number = value
        }
        guard let followUp = try await store.followUp(plan, versionNumber: number) else {
            throw CommandArguments.UsageError(description: "plan \(planCode) heeft nog geen inhoud")
        }
        let directory = URL(fileURLWithPath: files[0], isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let planURL = directory.appendingPathComponent(PlanCSVExporter.planFileName)
        let budgetURL = directory.appendingPathComponent(PlanCSVExporter.budgetFileName)
        try Data(PlanCSVExporter.planText(followUp.current).utf8).write(to: planURL, options: .atomic)
        try Data(PlanCSVExporter.budgetText(followUp.current).utf8).write(to: budgetURL, options: .atomic)
        context.console.output(("Versie \(followUp.version.number) van \(plan.organisation.code)/\(plan.code) geschreven: "
            + "\(planURL.path) (\(followUp.current.items.count) items), \(budgetURL.path) (\(followUp.current.budget.count) budgetlijnen).").consoleText())
    }

    // MARK: Support

    static func required(_ option: String, _ arguments: CommandArguments) throws -> String {
        guard let value = arguments.options[option].flatMap(TextCleaning.optional) else {
            throw CommandArguments.UsageError(description: "--\(option) ontbreekt")
        }
        return value
    }

    static func organisation(_ code: String, _ app: Application) async throws -> PlanOrganisation {
        guard let model = try await OrganisationService(database: app.db).find(code: code) else {
            throw CommandArguments.UsageError(description: "er is geen organisatie met de code \(code) (zie stadsbeeld organisations)")
        }
        return try PlanOrganisation(model)
    }
}
