@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// The move into pillar modules must not make an existing database run its migrations again. Fluent names a
/// migration after its type, module included ("Storage.M001_…"), so every moved migration pins its old name.
/// The fixture is a database made by the main before the move (commit b344c48: the demo with most of the areas,
/// their geometry and most values removed to keep it small), kept as the SQL text `sqlite3 .dump` wrote, so no database
/// file is in the repository; each test restores it into a fresh file with the sqlite3 tool.
@Suite("Migrating a database made by the previous main")
struct MigrationUpgradeTests {
    static let dump = Fixtures.repositoryRoot.appendingPathComponent("Tests/AppTests/Fixtures/main-b344c48.sql")

    /// Runs the sqlite3 tool the CI machine has: independent of the code under test.
    static func sqlite3(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(arguments.joined(separator: " "))")
        return output
    }

    /// The previous main's database, restored into a new file in `directory`.
    static func restore(into directory: URL) throws -> String {
        let path = directory.appendingPathComponent("oud.sqlite").path
        _ = try sqlite3([path, ".read \(dump.path)"])
        return path
    }

    /// The names as the previous main recorded them.
    static func recordedNames(_ path: String) throws -> [String] {
        try sqlite3([path, "SELECT name FROM _fluent_migrations ORDER BY batch, name"]).split(separator: "\n").map(String.init)
    }

    @Test func everyMigrationKeepsTheNameThePreviousMainRecorded() throws {
        // setup
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let recorded = Set(try Self.recordedNames(try Self.restore(into: directory)))
        // act
        let names = (PlatformMigrations.all + Pillars.all.flatMap(\.migrations)).map(\.name)
        // check: the 31 of the previous main are all there under the same names; any newer one is new
        #expect(recorded.count == 31)
        #expect(recorded.isSubset(of: Set(names)))
        #expect(Set(names).count == names.count)
    }

    @Test func thePreviousMainsDatabaseMigratesWithoutRerunningAnything() async throws {
        // setup: the previous main's database in a new file
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.restore(into: directory)
        let before = try Self.recordedNames(path)

        try await withApp(configure: { app in
            app.logger.logLevel = .warning
            try await configure(app, database: .sqlite(path: path))
        }) { app in
            // act: what `serve` and every command do first
            try await app.prepareData()

            // check: nothing was re-run (a re-run would fail on 'table already exists'); only new migrations were added
            let after = try Self.recordedNames(path)
            #expect(Set(before).isSubset(of: Set(after)))
            let added = Set(after).subtracting(before)
            let known = Set(before)
            let newSinceThen = Set((PlatformMigrations.all + Pillars.all.flatMap(\.migrations)).map(\.name)).subtracting(known)
            #expect(added == newSinceThen)

            // the data of every pillar is read as before
            let catalog = await app.catalogStore.current
            #expect(catalog.indicators.count == 19)
            #expect(catalog.level("gemeente2024") != nil)
            try await app.testing().test(.GET, "/gebied/gemeente2024/44021") { response async throws in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Gent"))
            }
            try await app.testing().test(.GET, "/maturiteit") { response async throws in
                #expect(response.status == .ok)
            }
            let organisations = try await OrganisationService(database: app.db).all()
            #expect(organisations.count == 15)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aNewDatabaseRecordsTheSameNames(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let rows = try await app.db.sql.select().column("name").from("_fluent_migrations").all()
            let names = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
            let directory = try Fixtures.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let recorded = Set(try Self.recordedNames(try Self.restore(into: directory)))
            #expect(recorded.isSubset(of: names))
            #expect(names.allSatisfy { $0.hasPrefix("Storage.M") || !recorded.contains($0) })
        }
    }
}
