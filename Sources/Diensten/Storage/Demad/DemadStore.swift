import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit
import Vapor

/// A case as stored, with its measurements as the rules read them.
struct DemadStoredCase: Sendable, Hashable {
    let organisationID: Int
    let value: DemadCase
    let createdAt: Date

    var id: Int { value.id }
}

/// An organisation that takes part in the benchmark.
struct DemadParticipant: Sendable, Hashable {
    let organisationID: Int
    let code: String
    let name: String
}

/// The DEMaD cases of the organisations. Every read and write names the organisation, so one city never reaches
/// another's cases; the dossier number a worker types is turned into a keyed hash at once and never stored, shown or
/// logged. Each change is audited (module `diensten`, entity `demad_case`) in its transaction, without the dossier
/// number or its hash.
struct DemadStore: Sendable {
    static let entityType = "demad_case"
    let database: any Database

    // MARK: The pseudonym

    /// The organisation's pseudonym key, made once (32 random bytes) the first time it is needed.
    func key(organisationID: Int) async throws -> SymmetricKey {
        if let hex = try await storedKey(organisationID, on: database) { return Self.symmetricKey(hex) }
        let hex = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.map { String(format: "%02x", $0) }.joined()
        do {
            try await database.sql.insert(into: "demad_organisations")
                .columns("organisation_id", "pseudonym_key", "benchmark", "created_at")
                .values(SQLBind(organisationID), SQLBind(hex), SQLBind(false), SQLBind(Date()))
                .run()
        } catch {
            // Another request made it at the same moment: theirs holds.
        }
        guard let stored = try await storedKey(organisationID, on: database) else { throw Abort(.internalServerError, reason: "geen DEMaD-sleutel") }
        return Self.symmetricKey(stored)
    }

    private func storedKey(_ organisationID: Int, on db: any Database) async throws -> String? {
        try await db.sql.raw("SELECT pseudonym_key FROM demad_organisations WHERE organisation_id = \(bind: organisationID)")
            .first()?.decode(column: "pseudonym_key", as: String.self)
    }

    static func symmetricKey(_ hex: String) -> SymmetricKey {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return SymmetricKey(data: bytes)
    }

    /// HMAC-SHA256 of the normalised dossier number under the key, in hex: the same number gives the same pseudonym
    /// within an organisation, another organisation's key gives another, and it cannot be turned back.
    static func pseudonym(_ dossier: String, key: SymmetricKey) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(dossier.utf8), using: key).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: Reading

    /// The case with this dossier number in the organisation, if any.
    func caseID(dossier: String, organisationID: Int) async throws -> Int? {
        guard let normalised = DemadImportFile.normalisedDossier(dossier) else { return nil }
        let pseudonym = Self.pseudonym(normalised, key: try await key(organisationID: organisationID))
        return try await database.sql.raw("""
            SELECT id FROM demad_cases WHERE organisation_id = \(bind: organisationID) AND pseudonym = \(bind: pseudonym)
            """).first()?.decode(column: "id", as: Int.self)
    }

    /// The organisation's cases with their measurements, oldest first.
    func cases(organisationID: Int) async throws -> [DemadStoredCase] {
        try await load(organisationIDs: [organisationID])
    }

    /// One case, only when it belongs to the organisation.
    func find(id: Int, organisationID: Int) async throws -> DemadStoredCase? {
        try await load(organisationIDs: [organisationID], caseID: id).first
    }

    /// The cases of several organisations (for the benchmark's aggregates; never shown one by one).
    func load(organisationIDs: [Int], caseID: Int? = nil) async throws -> [DemadStoredCase] {
        guard !organisationIDs.isEmpty else { return [] }
        var select = database.sql.select()
            .columns("id", "organisation_id", "worker_id", "opened_on", "closed_on", "language_support", "created_at")
            .from("demad_cases").where(SQLIdentifier("organisation_id"), .in, SQLGroupExpression(SQLList(organisationIDs.map { SQLBind($0) })))
        if let caseID { select = select.where("id", .equal, caseID) }
        let rows = try await select.orderBy("id").all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        var measurements: [Int: [Int: (day: String, set: Int?, reached: Int?, scores: [String: Int])]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let found = try await database.sql.select()
                .column(SQLColumn("id", table: "demad_measurements"), as: "measurement_id")
                .column(SQLColumn("case_id", table: "demad_measurements"))
                .column(SQLColumn("measured_on", table: "demad_measurements"))
                .column(SQLColumn("goals_set", table: "demad_measurements"))
                .column(SQLColumn("goals_reached", table: "demad_measurements"))
                .column(SQLColumn("domain", table: "demad_scores"))
                .column(SQLColumn("score", table: "demad_scores"))
                .from("demad_measurements")
                .join("demad_scores", method: SQLJoinMethod.left, on: SQLColumn("id", table: "demad_measurements"), .equal,
                      SQLColumn("measurement_id", table: "demad_scores"))
                .where(SQLColumn("case_id", table: "demad_measurements"), .in, SQLGroupExpression(SQLList(chunk.map { SQLBind($0) })))
                .all()
            for row in found {
                let caseID = try row.decode(column: "case_id", as: Int.self)
                let measurementID = try row.decode(column: "measurement_id", as: Int.self)
                let fresh = (day: try row.decode(column: "measured_on", as: String.self), set: try row.decode(column: "goals_set", as: Int?.self),
                             reached: try row.decode(column: "goals_reached", as: Int?.self), scores: [String: Int]())
                var entry = measurements[caseID]?[measurementID] ?? fresh
                if let domain = try row.decode(column: "domain", as: String?.self), let score = try row.decode(column: "score", as: Int?.self) {
                    entry.scores[domain] = score
                }
                measurements[caseID, default: [:]][measurementID] = entry
            }
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let list = (measurements[id] ?? [:]).values.compactMap { entry in
                DemadDay(entry.day).map { DemadMeasurement(day: $0, scores: entry.scores, goalsSet: entry.set, goalsReached: entry.reached) }
            }
            let opened = try row.decode(column: "opened_on", as: String.self)
            return DemadStoredCase(
                organisationID: try row.decode(column: "organisation_id", as: Int.self),
                value: DemadCase(id: id, workerID: try row.decode(column: "worker_id", as: Int?.self),
                                 opened: DemadDay(opened) ?? DemadDay(year: 2000, month: 1, day: 1)!,
                                 closed: try row.decode(column: "closed_on", as: String?.self).flatMap(DemadDay.init),
                                 languageSupport: try row.decode(column: "language_support", as: Bool.self), measurements: list),
                createdAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    // MARK: Writing

    /// Finds the case of a dossier number or opens it; answers its id and whether it is new.
    func open(dossier: String, organisationID: Int, workerID: Int?, languageSupport: Bool, opened: DemadDay, actor: AuditActor) async throws
        -> (id: Int, created: Bool) {
        guard let normalised = DemadImportFile.normalisedDossier(dossier) else {
            throw RefusedAction("geef een dossiernummer: letters, cijfers en - . /, hoogstens 40 tekens", field: "dossier")
        }
        let key = try await key(organisationID: organisationID)
        return try await database.transaction { db in
            try await Self.openCase(Self.pseudonym(normalised, key: key), organisationID: organisationID, workerID: workerID,
                                    languageSupport: languageSupport, opened: opened, actor: actor, on: db)
        }
    }

    static func openCase(_ pseudonym: String, organisationID: Int, workerID: Int?, languageSupport: Bool, opened: DemadDay, actor: AuditActor,
                         on db: any Database) async throws -> (id: Int, created: Bool) {
        if let id = try await db.sql.raw("""
            SELECT id FROM demad_cases WHERE organisation_id = \(bind: organisationID) AND pseudonym = \(bind: pseudonym)
            """).first()?.decode(column: "id", as: Int.self) {
            return (id, false)
        }
        let row = try await db.sql.insert(into: "demad_cases")
            .columns("organisation_id", "pseudonym", "worker_id", "opened_on", "closed_on", "language_support", "created_at")
            .values(SQLBind(organisationID), SQLBind(pseudonym), SQLBind(workerID), SQLBind(opened.description), SQLBind(String?.none),
                    SQLBind(languageSupport), SQLBind(Date()))
            .returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw Abort(.internalServerError, reason: "geen id voor het dossier") }
        try await AuditLog.record(AuditEvent(
            actor: actor, module: DienstenAudit.module, action: .create, entityType: entityType, entityID: String(id),
            summary: "DEMaD-dossier \(id) geopend", changes: [AuditChange(field: "geopend", before: nil, after: opened.description)]), on: db)
        return (id, true)
    }

    /// Adds a measurement to a case of the organisation. Refused: an unknown case, a day before the case was
    /// opened or in the future, no score, a score outside the scale, a day already measured (never replaced).
    func addMeasurement(_ measurement: DemadMeasurement, caseID: Int, organisationID: Int, userID: Int?, actor: AuditActor,
                        scale: DemadScale = .standard, today: DemadDay = DemadDay(Date())) async throws {
        guard let stored = try await find(id: caseID, organisationID: organisationID) else { throw Abort(.notFound, reason: "dat dossier bestaat niet") }
        var reasons: [RefusedAction.Reason] = []
        if measurement.day > today { reasons.append(.init("de datum ligt in de toekomst", field: "datum")) }
        if stored.value.measurements.contains(where: { $0.day == measurement.day }) {
            reasons.append(.init("dit dossier heeft al een meting op \(measurement.day); een meting wordt niet overschreven", field: "datum"))
        }
        if measurement.scores.isEmpty { reasons.append(.init("geef minstens één score", field: "scores")) }
        for (domain, score) in measurement.scores where scale.domain(domain) == nil || scale.level(score) == nil {
            reasons.append(.init("\(domain): geen score van de schaal", field: domain))
        }
        guard reasons.isEmpty else { throw RefusedAction(reasons: reasons) }
        try await database.transaction { db in
            try await Self.insert(measurement, caseID: caseID, userID: userID, on: db)
            if measurement.day < stored.value.opened {
                try await db.sql.raw("UPDATE demad_cases SET opened_on = \(bind: measurement.day.description) WHERE id = \(bind: caseID)").run()
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: DienstenAudit.module, action: .update, entityType: Self.entityType, entityID: String(caseID),
                summary: "DEMaD-dossier \(caseID): meting van \(measurement.day) toegevoegd",
                changes: [AuditChange(field: "meting", before: nil, after: "\(measurement.day), \(measurement.scores.count) domein(en)")]), on: db)
        }
    }

    static func insert(_ measurement: DemadMeasurement, caseID: Int, userID: Int?, on db: any Database) async throws {
        let row = try await db.sql.insert(into: "demad_measurements")
            .columns("case_id", "measured_on", "goals_set", "goals_reached", "created_by", "created_at")
            .values(SQLBind(caseID), SQLBind(measurement.day.description), SQLBind(measurement.goalsSet), SQLBind(measurement.goalsReached),
                    SQLBind(userID), SQLBind(Date()))
            .returning("id").first()
        guard let id = try row?.decode(column: "id", as: Int.self) else { throw Abort(.internalServerError, reason: "geen id voor de meting") }
        var insert = db.sql.insert(into: "demad_scores").columns("measurement_id", "domain", "score")
        for (domain, score) in measurement.scores.sorted(by: { $0.key < $1.key }) {
            insert = insert.values(SQLBind(id), SQLBind(domain), SQLBind(score))
        }
        try await insert.run()
    }

    /// Changes a case's worker, language support or closing day.
    func update(caseID: Int, organisationID: Int, workerID: Int?, languageSupport: Bool, closed: DemadDay?, actor: AuditActor) async throws {
        guard let stored = try await find(id: caseID, organisationID: organisationID) else { throw Abort(.notFound, reason: "dat dossier bestaat niet") }
        if let closed, closed < stored.value.opened {
            throw RefusedAction("een dossier sluit niet voor het geopend werd (\(stored.value.opened))", field: "afgesloten")
        }
        var changes: [AuditChange] = []
        if stored.value.workerID != workerID {
            changes.append(AuditChange(field: "medewerker", before: stored.value.workerID.map(String.init), after: workerID.map(String.init)))
        }
        if stored.value.languageSupport != languageSupport {
            changes.append(AuditChange(field: "taalondersteuning", before: stored.value.languageSupport ? "ja" : "nee", after: languageSupport ? "ja" : "nee"))
        }
        if stored.value.closed != closed {
            changes.append(AuditChange(field: "afgesloten", before: stored.value.closed?.description, after: closed?.description))
        }
        guard !changes.isEmpty else { return }
        let audited = changes
        try await database.transaction { db in
            try await db.sql.raw("""
                UPDATE demad_cases SET worker_id = \(bind: workerID), language_support = \(bind: languageSupport), closed_on = \(bind: closed?.description)
                WHERE id = \(bind: caseID) AND organisation_id = \(bind: organisationID)
                """).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: DienstenAudit.module, action: .update, entityType: Self.entityType, entityID: String(caseID),
                summary: "DEMaD-dossier \(caseID) gewijzigd", changes: audited), on: db)
        }
    }

    /// Writes the rows of an import for the organisation, all or nothing: a row that would replace a measurement
    /// already held, or names a worker who is not a member, refuses the whole file with its location.
    func importEntries(_ entries: [DemadImportFile.Entry], file: String, organisationID: Int, workers: [String: Int], userID: Int?, actor: AuditActor,
                       today: DemadDay = DemadDay(Date())) async throws -> (cases: Int, newCases: Int, measurements: Int) {
        let key = try await key(organisationID: organisationID)
        return try await database.transaction { db in
            var problems: [DemadImportFile.Problem] = []
            for entry in entries {
                if entry.measurement.day > today { problems.append(.init(file: file, row: entry.row, column: "datum", reason: "de datum ligt in de toekomst")) }
                if let worker = entry.worker, workers[worker] == nil {
                    problems.append(.init(file: file, row: entry.row, column: "medewerker", reason: "'\(worker)' is geen lid van de organisatie"))
                }
            }
            var caseIDs: [String: Int] = [:]
            var newCases = 0
            let grouped = Dictionary(grouping: entries, by: \.dossier)
            for dossier in grouped.keys.sorted() {
                let rows = grouped[dossier]!.sorted { $0.measurement.day < $1.measurement.day }
                let pseudonym = Self.pseudonym(dossier, key: key)
                let worker = rows.compactMap(\.worker).last.flatMap { workers[$0] }
                let language = rows.compactMap(\.languageSupport).last
                let opened = try await Self.openCase(pseudonym, organisationID: organisationID, workerID: worker, languageSupport: language ?? false,
                                                     opened: rows[0].measurement.day, actor: actor, on: db)
                if opened.created { newCases += 1 }
                caseIDs[dossier] = opened.id
                let held = Set(try await db.sql.raw("SELECT measured_on FROM demad_measurements WHERE case_id = \(bind: opened.id)").all()
                    .map { try $0.decode(column: "measured_on", as: String.self) })
                for row in rows where held.contains(row.measurement.day.description) {
                    problems.append(.init(file: file, row: row.row, column: "datum",
                                          reason: "dit dossier heeft al een meting op \(row.measurement.day); een meting wordt niet overschreven"))
                }
                if !opened.created, worker != nil || language != nil {
                    try await db.sql.raw("""
                        UPDATE demad_cases SET worker_id = COALESCE(\(bind: worker), worker_id),
                        language_support = COALESCE(\(bind: language), language_support) WHERE id = \(bind: opened.id)
                        """).run()
                }
                if let first = rows.first?.measurement.day {
                    try await db.sql.raw("""
                        UPDATE demad_cases SET opened_on = \(bind: first.description) WHERE id = \(bind: opened.id) AND opened_on > \(bind: first.description)
                        """).run()
                }
            }
            guard problems.isEmpty else { throw DemadImportRefused(problems: problems.sorted { ($0.row ?? 0) < ($1.row ?? 0) }) }
            for entry in entries {
                try await Self.insert(entry.measurement, caseID: caseIDs[entry.dossier]!, userID: userID, on: db)
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: DienstenAudit.module, action: .importData, entityType: Self.entityType, entityID: file,
                summary: "DEMaD-import \(file): \(entries.count) meting(en) in \(caseIDs.count) dossier(s), \(newCases) nieuw",
                changes: [AuditChange(field: "metingen", before: nil, after: String(entries.count)),
                          AuditChange(field: "nieuwe dossiers", before: nil, after: String(newCases))]), on: db)
            return (caseIDs.count, newCases, entries.count)
        }
    }

    // MARK: The benchmark

    func takesPart(organisationID: Int) async throws -> Bool {
        try await database.sql.raw("SELECT benchmark FROM demad_organisations WHERE organisation_id = \(bind: organisationID)")
            .first()?.decode(column: "benchmark", as: Bool.self) ?? false
    }

    func setBenchmark(_ on: Bool, organisationID: Int, actor: AuditActor) async throws {
        _ = try await key(organisationID: organisationID)
        let before = try await takesPart(organisationID: organisationID)
        guard before != on else { return }
        try await database.transaction { db in
            try await db.sql.raw("""
                UPDATE demad_organisations SET benchmark = \(bind: on), benchmark_changed_at = \(bind: Date()) WHERE organisation_id = \(bind: organisationID)
                """).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: DienstenAudit.module, action: .update, entityType: "demad_benchmark", entityID: String(organisationID),
                summary: on ? "DEMaD: deelname aan de benchmark aangezet" : "DEMaD: deelname aan de benchmark uitgezet",
                changes: [AuditChange(field: "benchmark", before: before ? "ja" : "nee", after: on ? "ja" : "nee")]), on: db)
        }
    }

    func participants() async throws -> [DemadParticipant] {
        try await database.sql.raw("""
            SELECT o.id AS id, o.code AS code, o.name AS name FROM demad_organisations d JOIN organisations o ON o.id = d.organisation_id
            WHERE d.benchmark = \(bind: true) ORDER BY o.code
            """).all().map { row in
            DemadParticipant(organisationID: try row.decode(column: "id", as: Int.self), code: try row.decode(column: "code", as: String.self),
                             name: try row.decode(column: "name", as: String.self))
        }
    }

    /// The benchmark table over the participants: their cases summarised per domain, then suppressed.
    func benchmark(scale: DemadScale = .standard) async throws -> (table: DemadBenchmark.Table, participants: [DemadParticipant]) {
        let participants = try await participants()
        let cases = try await load(organisationIDs: participants.map(\.organisationID))
        let byOrganisation = Dictionary(grouping: cases, by: \.organisationID)
        let inputs = participants.map { participant in
            DemadBenchmark.CityInput(city: participant.code,
                                     summaries: DemadOutcome.summary((byOrganisation[participant.organisationID] ?? []).map(\.value), scale: scale))
        }
        return (DemadBenchmark.table(inputs, domains: scale.domainCodes, minimumCases: scale.benchmark.minimumCases), participants)
    }

    // MARK: Retention

    /// Deletes the cases closed longer than the retention period ago (with their measurements and scores); one audit
    /// entry per purge that removed any.
    @discardableResult
    func purgeExpired(today: DemadDay = DemadDay(Date()), retentionYears: Int = DemadScale.standard.retentionYears,
                      actor: AuditActor = .commandLine) async throws -> Int {
        let limit = today.adding(months: -12 * retentionYears).description
        return try await database.transaction { db in
            let ids = try await db.sql.raw("SELECT id FROM demad_cases WHERE closed_on IS NOT NULL AND closed_on < \(bind: limit)").all()
                .map { try $0.decode(column: "id", as: Int.self) }
            guard !ids.isEmpty else { return 0 }
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                try await db.sql.delete(from: "demad_scores")
                    .where(SQLIdentifier("measurement_id"), .in, SQLSubquery.select { $0.column("id").from("demad_measurements").where(SQLIdentifier("case_id"), .in, SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))) })
                    .run()
                try await db.sql.delete(from: "demad_measurements").where(SQLIdentifier("case_id"), .in, SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))).run()
                try await db.sql.delete(from: "demad_cases").where(SQLIdentifier("id"), .in, SQLGroupExpression(SQLList(chunk.map { SQLBind($0) }))).run()
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: DienstenAudit.module, action: .delete, entityType: Self.entityType,
                entityID: ids.count == 1 ? String(ids[0]) : "\(ids.count) dossiers",
                summary: "\(ids.count) DEMaD-dossier(s) verwijderd: langer dan \(retentionYears) jaar afgesloten",
                changes: [AuditChange(field: "dossiers", before: ids.map(String.init).joined(separator: ", "), after: nil)]), on: db)
            return ids.count
        }
    }
}

/// An import refused as a whole, with every located problem.
struct DemadImportRefused: Error, Sendable, CustomStringConvertible {
    let problems: [DemadImportFile.Problem]
    var description: String { problems.map(\.description).joined(separator: "\n") }
}
