import Fluent
import Foundation
import Platform
import PlannenDomain
import SQLKit
import Vapor

/// `stadsbeeld plannen benchmark`: the import of the demo plan (plan.csv and budget.csv of Voorbeeldstad), timed
/// apart for reading and checking the files and for writing to the database, on a fresh temporary SQLite file and,
/// when DATABASE_URL names a PostgreSQL server, in a temporary schema there (dropped afterwards). The database the
/// command was started with is never written to.
enum PlanBenchmark {
    struct Timings {
        var parse: [Double] = []
        var create: [Double] = []
        var replace: [Double] = []
    }

    static func run(runs: Int, pillars: [any Pillar], console: any Console, environment: [String: String] = ProcessInfo.processInfo.environment) async throws {
        let plan = PlannenDemo.file("voorbeeldstad-plan.csv", as: "plan.csv")
        let budget = PlannenDemo.file("voorbeeldstad-budget.csv", as: "budget.csv")
        guard case .success(let content) = PlanFiles.read(plan: plan, budget: budget, planCode: PlannenDomain.demoPlanCode) else {
            throw CommandArguments.UsageError(description: "het demoplan is niet leesbaar")
        }
        console.output(("Plannen import: demoplan van Voorbeeldstad (\(content.items.count) items, "
            + "\(content.tree.items(at: .actie).count) acties, \(content.budget.count) budgetlijnen), \(runs) keer.").consoleText())
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stadsbeeld-plannen-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var results: [(String, Timings)] = []
        results.append(("SQLite", try await measure(.sqlite(path: directory.appendingPathComponent("bench.sqlite").path),
                                                   runs: runs, pillars: pillars, plan: plan, budget: budget)))
        if case .postgres(let url) = DatabaseSettings.fromEnvironment(environment) {
            let schema = "plannen_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
            try await statement("CREATE SCHEMA \(schema)", url: url)
            do {
                let separator = url.contains("?") ? "&" : "?"
                results.append(("PostgreSQL", try await measure(.postgres(url: url + separator + "search_path=\(schema)"),
                                                               runs: runs, pillars: pillars, plan: plan, budget: budget)))
            } catch {
                try? await statement("DROP SCHEMA IF EXISTS \(schema) CASCADE", url: url)
                throw error
            }
            try await statement("DROP SCHEMA IF EXISTS \(schema) CASCADE", url: url)
        }
        console.output(line("databank", "stap", "mediaan ms", "min ms", "max ms").consoleText())
        for (name, timings) in results {
            for (step, values) in [("bestanden lezen en controleren", timings.parse),
                                   ("wegschrijven, nieuw plan", timings.create),
                                   ("wegschrijven, ontwerp vervangen", timings.replace)] {
                let sorted = values.sorted()
                console.output(line(name, step, milliseconds(median(sorted)), milliseconds(sorted.first ?? 0),
                                    milliseconds(sorted.last ?? 0)).consoleText())
            }
        }
    }

    /// One database: migrated from scratch, then per run the files read, a new plan written, and the same plan
    /// written again over its draft (items matched by code, the difference computed).
    static func measure(_ settings: DatabaseSettings, runs: Int, pillars: [any Pillar], plan: PlanFiles.Input,
                        budget: PlanFiles.Input) async throws -> Timings {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try app.configurePlatform(PlatformSettings(database: settings))
            try app.install(pillars)
            try await app.prepareData()
            let organisations = OrganisationService(database: app.db)
            let model = if let existing = try await organisations.find(code: "voorbeeldstad") { existing } else {
                try await organisations.create(code: "voorbeeldstad", name: PlannenDemo.organisationName, type: .partner,
                                               areaCode: nil, by: .commandLine)
            }
            let organisation = try PlanOrganisation(model)
            let service = PlanService(database: app.db)
            var timings = Timings()
            for run in 1...runs {
                let code = "bench-\(run)"
                let start = ContinuousClock.now
                guard case .success(let content) = PlanFiles.read(plan: plan, budget: budget, planCode: code) else {
                    throw CommandArguments.UsageError(description: "het demoplan is niet leesbaar")
                }
                let parsed = ContinuousClock.now
                try await service.importPlan(content, organisation: organisation, by: .commandLine)
                let created = ContinuousClock.now
                try await service.importPlan(content, organisation: organisation, by: .commandLine)
                let replaced = ContinuousClock.now
                timings.parse.append(seconds(parsed - start))
                timings.create.append(seconds(created - parsed))
                timings.replace.append(seconds(replaced - created))
            }
            try await app.asyncShutdown()
            return timings
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// One statement on the server of `url` (creating and dropping the temporary schema).
    private static func statement(_ sql: String, url: String) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try DatabaseSettings.postgres(url: url).configure(app)
            try await app.db.sql.raw(SQLQueryString(sql)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }

    private static func line(_ a: String, _ b: String, _ c: String, _ d: String, _ e: String) -> String {
        a.padding(toLength: 12, withPad: " ", startingAt: 0) + b.padding(toLength: 34, withPad: " ", startingAt: 0)
            + [c, d, e].map { String(repeating: " ", count: max(0, 12 - $0.count)) + $0 }.joined()
    }
}
