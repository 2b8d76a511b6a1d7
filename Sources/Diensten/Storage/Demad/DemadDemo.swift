import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit
import Vapor

/// The demo data of the demad part: three cities of the DEMaD pilot with synthetic cases from a seeded generator
/// (`DemadSynthetic`), all taking part in the benchmark. Turnhout is kept small (60 cases, few domains scored) so
/// that its benchmark cells are suppressed. The workers are demo accounts that are disabled at once: nobody can sign
/// in with them, and their password is random and never shown.
enum DemadDemo {
    struct City {
        let code: String
        let cases: Int
        let workers: Int
        let seed: UInt64
        let improvement: Double
        let domainShare: Double
    }

    static let cities = [
        City(code: "aalst", cases: 150, workers: 6, seed: 7_301, improvement: 0.38, domainShare: 0.7),
        City(code: "kortrijk", cases: 110, workers: 5, seed: 7_302, improvement: 0.3, domainShare: 0.65),
        City(code: "turnhout", cases: 60, workers: 3, seed: 7_303, improvement: 0.33, domainShare: 0.12),
    ]

    static func load(into app: Application) async throws -> String? {
        let scale = DemadScale.standard
        let today = DemadDay(Date())
        var loaded: [String] = []
        for city in cities {
            guard let organisation = try await OrganisationService(database: app.db).find(code: city.code), let organisationID = organisation.id
            else { continue }
            let store = DemadStore(database: app.db)
            let held = try await app.db.sql.raw("SELECT COUNT(*) AS n FROM demad_cases WHERE organisation_id = \(bind: organisationID)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            guard held == 0 else { continue }
            let workers = try await demoWorkers(app, organisationID: organisationID, code: city.code, count: city.workers)
            var generator = DemadSynthetic(seed: city.seed)
            let cases = generator.cases(prefix: "DEMO-\(city.code.uppercased())", count: city.cases, workers: city.workers,
                                        start: today.adding(months: -30), months: 28, today: today, scale: scale,
                                        improvement: city.improvement, domainShare: city.domainShare)
            let key = try await store.key(organisationID: organisationID)
            try await app.db.transaction { db in
                for synthetic in cases {
                    let opened = try await DemadStore.openCase(
                        DemadStore.pseudonym(synthetic.dossier, key: key), organisationID: organisationID, workerID: workers[synthetic.worker],
                        languageSupport: synthetic.languageSupport, opened: synthetic.opened, actor: .commandLine, on: db)
                    for measurement in synthetic.measurements {
                        try await DemadStore.insert(measurement, caseID: opened.id, userID: nil, on: db)
                    }
                    if let closed = synthetic.closed {
                        try await db.sql.raw("UPDATE demad_cases SET closed_on = \(bind: closed.description) WHERE id = \(bind: opened.id)").run()
                    }
                }
            }
            try await store.setBenchmark(true, organisationID: organisationID, actor: .commandLine)
            loaded.append("\(city.code) \(cases.count)")
        }
        return loaded.isEmpty ? nil : "DEMaD: synthetische dossiers voor \(loaded.joined(separator: ", "))"
    }

    /// The demo workers of a city: made when missing, disabled at once.
    static func demoWorkers(_ app: Application, organisationID: Int, code: String, count: Int) async throws -> [Int] {
        let accounts = AccountService(database: app.db)
        var ids: [Int] = []
        for number in 1...count {
            let email = "demad-medewerker-\(number)@demo.\(code).example"
            if let existing = try await accounts.user(email: email), let id = existing.id {
                ids.append(id)
                continue
            }
            let password = [UInt8].random(count: 24).base64
            let user = try await accounts.createUser(
                .init(email: email, name: "Demo-medewerker \(number)", organisationID: organisationID, role: .viewer, password: password),
                by: .commandLine)
            _ = try await accounts.update(userID: user.id!, disabled: true, by: .commandLine)
            ids.append(user.id!)
        }
        return ids
    }

    /// Deletes what is past its retention period; called when the server or a command starts.
    static func purgeExpired(_ app: Application) async throws -> Int {
        let removed = try await DemadStore(database: app.db).purgeExpired()
        app.storage[DemadPurgedAtStart.self] = removed
        return removed
    }
}
