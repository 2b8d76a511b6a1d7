import AccessDomain
import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// A kept version of the eligibility rules.
struct StoredRuleVersion: Sendable, Hashable {
    let version: Int
    let rules: EligibilityRuleSet
    let note: String
    let authorLabel: String
    let createdAt: Date
    let active: Bool
}

/// Why a new version of the rules was not kept: the file has problems (each with its path), or cases fail on it.
enum RuleVersionRefused: Error, Sendable {
    case invalid([RuleFileError])
    case noteMissing
    case breaksCases([ScreeningCaseFailure])
}

/// The versions of the eligibility rules: the active one, the history, and keeping a new one — only after it reads
/// without a problem AND every case file passes on it.
struct ScreeningRuleStore: Sendable {
    let database: any Database

    init(database: any Database) {
        self.database = database
    }

    /// The active version, nil before the first one was loaded.
    func active() async throws -> StoredRuleVersion? {
        try await database.sql.raw("SELECT * FROM screening_rule_versions WHERE active = 1 ORDER BY version DESC").first().map(Self.version(row:))
    }

    func version(_ number: Int) async throws -> StoredRuleVersion? {
        try await database.sql.raw("SELECT * FROM screening_rule_versions WHERE version = \(bind: number)").first().map(Self.version(row:))
    }

    /// Every version, newest first.
    func history() async throws -> [StoredRuleVersion] {
        try await database.sql.raw("SELECT * FROM screening_rule_versions ORDER BY version DESC").all().map(Self.version(row:))
    }

    func count() async throws -> Int {
        try await database.sql.raw("SELECT COUNT(*) AS n FROM screening_rule_versions").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Reads `json`, runs every case on it and keeps it as the next version, active, with its audit entry — or refuses.
    /// The version number in the file is replaced by the next free one, and the note by `note`.
    @discardableResult
    func save(json: String, note: String, cases: [ScreeningCaseFile], authorUserID: Int?, actor: AuditActor) async throws -> StoredRuleVersion {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        var rules: EligibilityRuleSet
        switch RuleFile.decode(Data(json.utf8)) {
        case .success(let set): rules = set
        case .failure(let problems): throw RuleVersionRefused.invalid(problems.errors)
        }
        guard !note.isEmpty else { throw RuleVersionRefused.noteMissing }
        let failures = ScreeningResources.failures(of: cases, with: rules)
        guard failures.isEmpty else { throw RuleVersionRefused.breaksCases(failures) }
        rules.note = note
        let set = rules
        return try await database.transaction { (db) async throws -> StoredRuleVersion in
            let previous = try await db.sql.raw("SELECT MAX(version) AS v FROM screening_rule_versions").first()?.decode(column: "v", as: Int?.self) ?? nil
            var kept = set
            kept.version = (previous ?? 0) + 1
            let content = String(decoding: RuleFile.encode(kept), as: UTF8.self)
            let now = Date()
            try await db.sql.raw("UPDATE screening_rule_versions SET active = 0 WHERE active = 1").run()
            try await db.sql.insert(into: "screening_rule_versions")
                .columns("version", "content", "note", "author_user_id", "author_label", "created_at", "active")
                .values(SQLBind(kept.version), SQLBind(content), SQLBind(note), SQLBind(authorUserID), SQLBind(actor.userLabel), SQLBind(now), SQLBind(1))
                .run()
            try await AuditLog.record(
                AuditEvent(
                    actor: actor, module: DienstenAudit.module, action: .create, entityType: "screeningregels", entityID: String(kept.version),
                    summary: "screeningregels versie \(kept.version) actief (\(kept.rules.count) rechten, \(kept.rules.reduce(0) { $0 + $1.conditions.count }) voorwaarden)",
                    changes: [
                        AuditChange(field: "versie", before: previous.map(String.init), after: String(kept.version)),
                        AuditChange(field: "notitie", before: nil, after: note),
                    ]),
                on: db)
            return StoredRuleVersion(version: kept.version, rules: kept, note: note, authorLabel: actor.userLabel, createdAt: now, active: true)
        }
    }

    static func version(row: any SQLRow) throws -> StoredRuleVersion {
        let content = try row.decode(column: "content", as: String.self)
        // A kept version passed the reader when it was saved; should it no longer read (a field renamed in code), it
        // counts as a version without rules rather than a broken page.
        let number = try row.decode(column: "version", as: Int.self)
        let rules = (try? RuleFile.decode(Data(content.utf8)).get())
            ?? EligibilityRuleSet(version: number, validFrom: CalendarDay(year: 2026, month: 1, day: 1)!, note: "", rules: [])
        return StoredRuleVersion(
            version: number, rules: rules, note: try row.decode(column: "note", as: String.self),
            authorLabel: try row.decode(column: "author_label", as: String.self), createdAt: try row.decode(column: "created_at", as: Date.self),
            active: try row.decode(column: "active", as: Int.self) == 1)
    }
}
