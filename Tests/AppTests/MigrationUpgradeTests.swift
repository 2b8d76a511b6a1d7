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
/// The fixture is a database made by the main before the move (commit b344c48, the demo with most of the areas,
/// their geometry and their values removed to keep it small).
@Suite("Migrating a database made by the previous main")
struct MigrationUpgradeTests {
    static let fixture = Fixtures.repositoryRoot.appendingPathComponent("Tests/AppTests/Fixtures/main-b344c48.sqlite")

    /// The names as the previous main recorded them, read from the fixture.
    static func recordedNames(_ path: String) throws -> [String] {
        var names: [String] = []
        // Read with the sqlite3 tool the CI machine has: independent of the code under test.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "SELECT name FROM _fluent_migrations ORDER BY batch, name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        names = output.split(separator: "\n").map(String.init)
        return names
    }

    @Test func everyMigrationKeepsTheNameThePreviousMainRecorded() throws {
        // setup
        let recorded = Set(try Self.recordedNames(Self.fixture.path))
        // act
        let names = (PlatformMigrations.all + Pillars.all.flatMap(\.migrations)).map(\.name)
        // check: the 31 of the previous main are all there under the same names; any newer one is new
        #expect(recorded.count == 31)
        #expect(recorded.isSubset(of: Set(names)))
        #expect(Set(names).count == names.count)
    }

    @Test func thePreviousMainsDatabaseMigratesWithoutRerunningAnything() async throws {
        // setup: a copy of the fixture, so the test never changes it
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("oud.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
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
            let recorded = Set(try Self.recordedNames(Self.fixture.path))
            #expect(recorded.isSubset(of: names))
            #expect(names.allSatisfy { $0.hasPrefix("Storage.M") || !recorded.contains($0) })
        }
    }
}
