import AccessDomain
@testable import App
@testable import Platform
import Foundation
import Logging
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Running Stadsbeeld as a service: health and readiness, the Prometheus text and who may read it, JSON log lines
/// without secrets, and the SQLite backup and restore (docs/operations.md).
@Suite("Operations")
struct OperationsTests {
    @Test(arguments: TestDatabase.available)
    func healthReadyAndMetrics(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // health: the process answers, nothing else
            let health = try await Browser(app).get("/health")
            #expect(health.status == .ok)
            #expect(health.body.string == #"{"status":"ok"}"#)
            #expect(health.headers.contentType?.subType == "json")

            // ready: the database answers and every migration ran
            let ready = try await Browser(app).get("/ready")
            #expect(ready.status == .ok)
            #expect(ready.body.string == #"{"status":"ready"}"#)

            // metrics: readable when open; requests are counted under their route pattern
            app.operationsSettings.metrics = .open
            if !app.middleware.resolve().contains(where: { $0 is RequestMetricsMiddleware }) {
                app.middleware.use(RequestMetricsMiddleware(), at: .beginning)
            }
            let reader = Browser(app)
            let before = Self.samples(try await reader.get("/metrics").body.string)
            for _ in 0..<3 { try await Browser(app).get("/health") }
            let unknown = "geen-pagina-\(UUID().uuidString)"
            #expect(try await Browser(app).get("/\(unknown)").status == .notFound)
            let response = try await reader.get("/metrics")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = response.body.string
            let after = Self.samples(text)
            let healthKey = #"stadsbeeld_http_requests_total{method="GET",route="/health",status="2xx"}"#
            #expect((after[healthKey] ?? 0) - (before[healthKey] ?? 0) >= 3)
            #expect((after[#"stadsbeeld_http_request_duration_seconds_count{method="GET",route="/health"}"#] ?? 0) >= 3)
            #expect((after[#"stadsbeeld_http_requests_total{method="GET",route="unmatched",status="4xx"}"#] ?? 0) >= 1)
            // the path asked never becomes a label: the series stay bounded
            #expect(!text.contains(unknown))
            #expect(after["stadsbeeld_database_up"] == 1)
            #expect(after[#"stadsbeeld_mail_outbox_messages{status="queued"}"#] != nil)
            #expect(after[#"stadsbeeld_imports_total{outcome="imported"}"#] != nil)

            // ready again, after a migration is taken out of the record: 503 with the reason
            let first = try #require(app.knownMigrationNames.first)
            try await app.db.sql.delete(from: "_fluent_migrations").where("name", .equal, first).run()
            let stale = try await Browser(app).get("/ready")
            #expect(stale.status == .serviceUnavailable)
            let body = try JSONSerialization.jsonObject(with: Data(stale.body.string.utf8)) as? [String: String]
            #expect(body?["status"] == "unavailable")
            #expect(body?["reason"]?.contains("1 migratie(s) ontbreken") == true)
        }
    }

    @Test func metricsAreOnlyForThisMachineOrAPlatformAdminsToken() async throws {
        // the rule itself
        let local = MetricsGate.Caller(loopback: true, forwarded: false, platformAdminToken: false)
        let proxied = MetricsGate.Caller(loopback: true, forwarded: true, platformAdminToken: false)
        let remote = MetricsGate.Caller(loopback: false, forwarded: false, platformAdminToken: false)
        let admin = MetricsGate.Caller(loopback: false, forwarded: true, platformAdminToken: true)
        #expect(MetricsGate.decide(.local, caller: local) == .allowed)
        #expect(MetricsGate.decide(.local, caller: proxied) == .refused)
        #expect(MetricsGate.decide(.local, caller: remote) == .refused)
        #expect(MetricsGate.decide(.local, caller: admin) == .allowed)
        #expect(MetricsGate.decide(.open, caller: remote) == .allowed)
        #expect(MetricsGate.decide(.off, caller: local) == .hidden)
        #expect(MetricsGate.decide(.off, caller: admin) == .hidden)
        #expect(try OperationsSettings.fromEnvironment([:]).metrics == .local)
        #expect(try OperationsSettings.fromEnvironment(["STADSBEELD_METRICS": "OFF"]).metrics == .off)
        #expect(throws: OperationsSettings.InvalidSetting.self) { try OperationsSettings.fromEnvironment(["STADSBEELD_METRICS": "ja"]) }

        try await withTestApp(.sqlite) { app in
            // setup: a platform admin and an editor, each with a read token (requests here have no peer address)
            try await Accounts.create(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let adminScript = Browser(app)
            adminScript.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "beheer@kenniscentrum.be", scope: .read))
            let editorScript = Browser(app)
            editorScript.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
            // act, check: local (the default)
            #expect(app.operationsSettings.metrics == .local)
            let visitor = try await Browser(app).get("/metrics")
            #expect(visitor.status == .forbidden)
            #expect(!visitor.body.string.contains("stadsbeeld_http"))
            #expect(try await editorScript.get("/metrics").status == .forbidden)
            #expect(try await adminScript.get("/metrics").status == .ok)
            // off: nobody
            app.operationsSettings.metrics = .off
            #expect(try await adminScript.get("/metrics").status == .notFound)
        }
    }

    @Test func jsonLogLinesCarryNoSecrets() throws {
        // setup: a logger writing to memory
        let lines = LockedLines()
        var logger = Logger(label: "stadsbeeld.test") { label in
            JSONLogHandler(label: label, level: .trace, sink: { lines.append($0) })
        }
        logger[metadataKey: "request-id"] = "abc"
        // act
        logger.info("verbonden met postgres://stadsbeeld:geheim-wachtwoord@db.example:5432/stadsbeeld?sslmode=require",
                    metadata: ["password": "hunter2-lang", "api_token": "sb_abcdef123456", "aantal": .stringConvertible(3),
                               "lijst": ["a", "b\"c"]])
        logger.trace("nog een regel\nmet een nieuwe lijn")
        logger.trace("head: HTTPRequestHead { method: GET, headers: Host: x; Authorization: Bearer sbt_geheim; Cookie: a=sessie-geheim; b=2; Accept: */* }")
        // check: one JSON object per line, with the fields a collector expects
        let written = lines.all
        #expect(written.count == 3)
        #expect(written.allSatisfy { !$0.contains("\n") })
        let first = try #require(try JSONSerialization.jsonObject(with: Data(written[0].utf8)) as? [String: Any])
        #expect(first["level"] as? String == "info")
        #expect(first["label"] as? String == "stadsbeeld.test")
        #expect((first["message"] as? String)?.contains("postgres://stadsbeeld:***@db.example:5432") == true)
        #expect((first["time"] as? String)?.hasSuffix("Z") == true)
        let metadata = try #require(first["metadata"] as? [String: Any])
        #expect(metadata["request-id"] as? String == "abc")
        #expect(metadata["aantal"] as? String == "3")
        #expect(metadata["lijst"] as? [String] == ["a", "b\"c"])
        #expect(metadata["password"] as? String == "***")
        #expect(written[2].contains("Host: x; Authorization: ***; Cookie: ***; Accept: */* }"))
        for secret in ["geheim-wachtwoord", "hunter2-lang", "sb_abcdef123456", "sbt_geheim", "sessie-geheim"] {
            #expect(!written.joined().contains(secret), "\(secret) was logged")
        }
        let second = try #require(try JSONSerialization.jsonObject(with: Data(written[1].utf8)) as? [String: Any])
        #expect(second["message"] as? String == "nog een regel\nmet een nieuwe lijn")
        #expect(LogFormat.fromEnvironment(["LOG_FORMAT": "json"]) == .json)
        #expect(LogFormat.fromEnvironment([:]) == .text)
    }

    @Test func backupAndRestoreOnSQLite() async throws {
        try await withTestApp(.sqlite) { app in
            // setup: something to find back
            guard case .sqlite(let path) = try #require(app.operationsDatabase) else { Issue.record("not SQLite"); return }
            try await Accounts.create(app, "eerste@gent.be", organisation: "gent", role: .viewer)
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            let copy = folder.appendingPathComponent("kopie.sqlite").path
            // act: backup
            let backup = SQLiteBackup(app: app)
            let check = try await backup.backup(database: path, to: copy)
            // check: a checked file, and nothing overwritten
            #expect(check.migrations == app.knownMigrationNames.count)
            #expect(check.pending == 0)
            await #expect(throws: SQLiteBackup.Refused.self) { _ = try await backup.backup(database: path, to: copy) }
            #expect(try await backup.check(file: copy).migrations == check.migrations)
            // a change after the backup, which the restore must undo
            try await Accounts.create(app, "tweede@gent.be", organisation: "gent", role: .viewer)

            // refused: another process (here: another claim on the file) still uses the database
            var other: DatabaseClaim? = try DatabaseClaim.shared(forDatabaseAt: path)
            await #expect(throws: SQLiteBackup.Refused.self) { _ = try await backup.restore(database: path, from: copy) }
            #expect(other?.makeExclusive() == false)
            other = nil
            // refused: not a database at all
            let text = folder.appendingPathComponent("tekst.sqlite").path
            try Data("geen databank".utf8).write(to: URL(fileURLWithPath: text))
            await #expect(throws: SQLiteBackup.Refused.self) { _ = try await backup.restore(database: path, from: text) }

            // act: restore, now that nothing else uses the file
            let (restored, kept) = try await backup.restore(database: path, from: copy)
            // check: the state of the backup, with the previous database kept beside it
            #expect(restored.migrations == check.migrations)
            #expect(kept?.hasPrefix(path + ".voor-herstel-") == true)
            let accounts = AccountService(database: app.db)
            #expect(try await accounts.user(email: "eerste@gent.be") != nil)
            #expect(try await accounts.user(email: "tweede@gent.be") == nil)
            let integrity = try await app.db.sql.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
            #expect(integrity == "ok")
        }
    }

    /// `name{labels}` → value, from the Prometheus text; a line that is neither a comment nor a sample fails the test.
    static func samples(_ text: String) -> [String: Double] {
        var found: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else {
                Issue.record("not a sample: \(line)")
                continue
            }
            found[String(line[..<space])] = value
        }
        return found
    }
}

final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
