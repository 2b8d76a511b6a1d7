import Platform
import AccessDomain
import Fluent
import Foundation
import MaturiteitDomain
import SQLKit

/// Every change in the Maturiteit pillar. Each runs in one transaction together with its audit-trail entry.
/// Who may call what is decided by the web layer (MaturityAccess); this service checks what the data must satisfy.
public struct MaturityService: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public static let module = "maturiteit"

    // MARK: Models

    public struct ThemeInput: Sendable, Hashable {
        public let code: String
        public let name: String
        public let description: String

        public init(code: String, name: String, description: String = "") {
            self.code = code
            self.name = name
            self.description = description
        }
    }

    /// Adds a model, or a new version of one: the earlier versions and the answers given to them stay as they are.
    @discardableResult
    public func createModelVersion(code: String, name: String, description: String, scale: MaturityScale,
                                   themes: [ThemeInput], by actor: AuditActor) async throws -> Int {
        var problems: [String] = []
        if Campaign.codeProblem(code) != nil { problems.append("een modelcode bestaat uit kleine letters, cijfers en streepjes") }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef het model een naam") }
        if themes.isEmpty { problems.append("een model heeft minstens één thema") }
        let codes = themes.map(\.code)
        if Set(codes).count != codes.count { problems.append("elk thema heeft een eigen code") }
        for theme in themes where theme.code.isEmpty || theme.name.isEmpty {
            problems.append("elk thema heeft een code en een naam (\(theme.code.isEmpty ? theme.name : theme.code))")
        }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let scaleText = String(decoding: try JSONEncoder.sorted.encode(scale), as: UTF8.self)
        return try await database.transaction { db in
            let sql = db.sql
            let latest = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("version")), as: "latest")
                .from("maturity_models").where("code", .equal, SQLBind(code)).first()?.decode(column: "latest", as: Int?.self)
            let version = (latest ?? 0) + 1
            try await sql.insert(into: "maturity_models").columns("code", "version", "name", "description", "scale", "created_at")
                .values(SQLBind(code), SQLBind(version), SQLBind(name), SQLBind(description), SQLBind(scaleText), SQLBind(Date())).run()
            let modelID = try await sql.select().column("id").from("maturity_models")
                .where("code", .equal, SQLBind(code)).where("version", .equal, SQLBind(version)).first()!.decode(column: "id", as: Int.self)
            for (index, theme) in themes.enumerated() {
                try await sql.insert(into: "maturity_themes").columns("model_id", "sequence", "code", "name", "description")
                    .values(SQLBind(modelID), SQLBind(index + 1), SQLBind(theme.code), SQLBind(theme.name), SQLBind(theme.description)).run()
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .create, entityType: "maturiteitsmodel", entityID: String(modelID),
                summary: "model \(code) versie \(version) aangemaakt",
                changes: AuditChange.between(nil, ["naam": name, "thema's": codes.joined(separator: ", ")])), on: db)
            return modelID
        }
    }

    // MARK: Campaigns

    public func openCampaign(modelID: Int, code: String, name: String, moment: String, participants: [Int],
                             by actor: AuditActor) async throws -> Int {
        let code = code.trimmingCharacters(in: .whitespaces)
        var problems: [String] = []
        if let problem = Campaign.codeProblem(code) { problems.append(problem) }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef de meting een naam") }
        if moment.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef het moment (bv. najaar 2026)") }
        if participants.isEmpty { problems.append("kies minstens één deelnemende organisatie") }
        let store = MaturityStore(database: database)
        if try await store.campaign(code: code) != nil { problems.append("er bestaat al een meting met de code \(code)") }
        if try await store.models().first(where: { $0.id == modelID }) == nil { problems.append("kies een model") }
        let known = Set(try await store.organisations().map(\.id))
        if participants.contains(where: { !known.contains($0) }) { problems.append("onbekende organisatie bij de deelnemers") }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        return try await database.transaction { db in
            let sql = db.sql
            try await sql.insert(into: "maturity_campaigns")
                .columns("model_id", "code", "name", "moment", "status", "published", "published_at", "created_at")
                .values(SQLBind(modelID), SQLBind(code), SQLBind(name.trimmingCharacters(in: .whitespaces)),
                        SQLBind(moment.trimmingCharacters(in: .whitespaces)), SQLBind(Campaign.Status.open.rawValue),
                        SQLBind(false), SQLBind(Date?.none), SQLBind(Date())).run()
            let id = try await Self.campaignID(code, sql)
            for organisation in Set(participants).sorted() {
                try await sql.insert(into: "maturity_participants").columns("campaign_id", "organisation_id")
                    .values(SQLBind(id), SQLBind(organisation)).run()
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .create, entityType: "meting", entityID: code,
                summary: "meting \(code) geopend",
                changes: AuditChange.between(nil, ["naam": name, "moment": moment, "model": String(modelID),
                                                   "deelnemers": Set(participants).sorted().map(String.init).joined(separator: ", ")])), on: db)
            return id
        }
    }

    /// Opens or closes a campaign, and publishes it or takes it back; the trail records each step.
    public func setCampaign(_ campaign: StoredCampaign, status: Campaign.Status? = nil, published: Bool? = nil,
                            by actor: AuditActor) async throws {
        let before = ["status": campaign.campaign.status.rawValue, "gepubliceerd": campaign.campaign.published ? "ja" : "nee"]
        let newStatus = status ?? campaign.campaign.status
        let newPublished = published ?? campaign.campaign.published
        try await database.transaction { db in
            try await db.sql.update("maturity_campaigns")
                .set("status", to: SQLBind(newStatus.rawValue)).set("published", to: SQLBind(newPublished))
                .set("published_at", to: SQLBind(newPublished ? (campaign.publishedAt ?? Date()) : nil))
                .where("id", .equal, SQLBind(campaign.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "meting", entityID: campaign.code,
                summary: published == true ? "meting \(campaign.code) gepubliceerd" : "meting \(campaign.code) gewijzigd",
                changes: AuditChange.between(before, ["status": newStatus.rawValue, "gepubliceerd": newPublished ? "ja" : "nee"])), on: db)
        }
    }

    // MARK: Self-evaluations

    /// Saves an organisation's answers (all themes of the model), and submits them when asked. A validated score
    /// the Kenniscentrum recorded earlier stays. Refused as a whole when any answer is not valid.
    public func saveEvaluation(_ data: CampaignData, organisationID: Int, answers: [String: ThemeAnswer], submit: Bool,
                               by actor: AuditActor) async throws {
        var problems: [String] = []
        let scale = data.model.model.scale
        for theme in data.model.model.themes {
            guard let answer = answers[theme.code] else { problems.append("\(theme.name): geen antwoord"); continue }
            switch answer.score {
            case .scored(let value):
                if let problem = scale.problem(value) { problems.append("\(theme.name): \(problem)") }
            case .none(let reason):
                if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append("\(theme.name): zeg waarom er geen score is")
                }
            }
            for link in answer.links { if let problem = ThemeAnswer.linkProblem(link) { problems.append("\(theme.name): \(problem)") } }
        }
        if submit {
            let unanswered = data.model.model.themes.filter { answers[$0.code]?.score.reason == Self.notYetAnswered }
            if !unanswered.isEmpty {
                problems.append("geef eerst een score (of de reden waarom niet) voor: \(unanswered.map(\.name).joined(separator: ", "))")
            }
        }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        guard data.campaign.participants.contains(organisationID) else { throw RefusedAction("deze organisatie neemt niet deel aan de meting") }
        let existing = data.evaluation(of: organisationID)
        var merged: [String: StoredAnswer] = [:]
        for theme in data.model.model.themes {
            let earlier = existing?.answers[theme.code]
            merged[theme.code] = StoredAnswer(answer: answers[theme.code]!, validated: earlier?.validated,
                                              validationNote: earlier?.validationNote ?? "")
        }
        let status: EvaluationStatus = submit ? .submitted : (existing?.status ?? .draft)
        let final = merged
        let code = data.organisation(id: organisationID)?.code ?? String(organisationID)
        try await database.transaction { db in
            let id = try await Self.writeEvaluation(data, organisationID: organisationID, status: status, answers: final,
                                                    submitted: submit, validated: false, on: db)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "zelfevaluatie", entityID: String(id),
                summary: "zelfevaluatie \(code) in \(data.campaign.code) \(submit ? "ingediend" : "bewaard")",
                changes: AuditChange.between(Self.snapshot(existing), Self.snapshot(status, final))), on: db)
        }
    }

    /// The reason stored for a theme not yet answered in a draft; submitting asks for a real answer.
    public static let notYetAnswered = "nog niet ingevuld"

    /// Sends a submitted evaluation back to its organisation as a draft.
    public func reopen(_ data: CampaignData, organisationID: Int, by actor: AuditActor) async throws {
        guard let existing = data.evaluation(of: organisationID) else { throw RefusedAction("er is nog geen zelfevaluatie") }
        try await database.transaction { db in
            try await db.sql.update("maturity_evaluations").set("status", to: SQLBind(EvaluationStatus.draft.rawValue))
                .set("updated_at", to: SQLBind(Date())).where("id", .equal, SQLBind(existing.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "zelfevaluatie", entityID: String(existing.id),
                summary: "zelfevaluatie teruggestuurd", changes: AuditChange.between(["status": existing.status.rawValue], ["status": "draft"])), on: db)
        }
    }

    /// Records the Kenniscentrum's validated scores beside the self-scores (nil: no validated score for that theme).
    public func validate(_ data: CampaignData, organisationID: Int, scores: [String: (score: Double?, note: String)],
                         by actor: AuditActor) async throws {
        guard let existing = data.evaluation(of: organisationID), existing.status != .draft else {
            throw RefusedAction("valideren kan pas als de organisatie haar zelfevaluatie heeft ingediend")
        }
        var problems: [String] = []
        for theme in data.model.model.themes {
            if let value = scores[theme.code]?.score, let problem = data.model.model.scale.problem(value) {
                problems.append("\(theme.name): \(problem)")
            }
        }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        var answers = existing.answers
        for (theme, given) in scores where answers[theme] != nil {
            answers[theme]!.validated = given.score
            answers[theme]!.validationNote = given.note.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let final = answers
        try await database.transaction { db in
            let id = try await Self.writeEvaluation(data, organisationID: organisationID, status: .validated, answers: final,
                                                    submitted: false, validated: true, on: db)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "zelfevaluatie", entityID: String(id),
                summary: "zelfevaluatie \(data.organisation(id: organisationID)?.code ?? "") gevalideerd",
                changes: AuditChange.between(Self.snapshot(existing), Self.snapshot(.validated, final))), on: db)
        }
    }

    /// Writes an evaluation and all its answers (replacing the earlier answers), inside the caller's transaction.
    static func writeEvaluation(_ data: CampaignData, organisationID: Int, status: EvaluationStatus,
                                answers: [String: StoredAnswer], submitted: Bool, validated: Bool,
                                on db: any Database) async throws -> Int {
        let sql = db.sql
        let now = Date()
        let existing = try await sql.select().column("id").from("maturity_evaluations")
            .where("campaign_id", .equal, SQLBind(data.campaign.id)).where("organisation_id", .equal, SQLBind(organisationID))
            .first()?.decode(column: "id", as: Int.self)
        let id: Int
        if let existing {
            var update = sql.update("maturity_evaluations").set("status", to: SQLBind(status.rawValue)).set("updated_at", to: SQLBind(now))
            if submitted { update = update.set("submitted_at", to: SQLBind(now)) }
            if validated { update = update.set("validated_at", to: SQLBind(now)) }
            try await update.where("id", .equal, SQLBind(existing)).run()
            try await sql.delete(from: "maturity_answers").where("evaluation_id", .equal, SQLBind(existing)).run()
            id = existing
        } else {
            try await sql.insert(into: "maturity_evaluations")
                .columns("campaign_id", "organisation_id", "status", "submitted_at", "validated_at", "updated_at")
                .values(SQLBind(data.campaign.id), SQLBind(organisationID), SQLBind(status.rawValue),
                        SQLBind(status != .draft ? now : nil), SQLBind(status == .validated ? now : nil), SQLBind(now)).run()
            id = try await sql.select().column("id").from("maturity_evaluations")
                .where("campaign_id", .equal, SQLBind(data.campaign.id)).where("organisation_id", .equal, SQLBind(organisationID))
                .first()!.decode(column: "id", as: Int.self)
        }
        for (theme, stored) in answers {
            guard let themeID = data.model.themeIDs[theme] else { continue }
            let answer = stored.answer
            try await sql.insert(into: "maturity_answers")
                .columns("evaluation_id", "theme_id", "score", "no_score_reason", "evidence", "links", "strengths", "improvements",
                         "practices", "validated_score", "validation_note")
                .values(SQLBind(id), SQLBind(themeID), SQLBind(answer.score.value), SQLBind(answer.score.reason),
                        SQLBind(answer.evidence), SQLBind(answer.links.joined(separator: "\n")), SQLBind(answer.strengths),
                        SQLBind(answer.improvements), SQLBind(answer.practices), SQLBind(stored.validated),
                        SQLBind(stored.validationNote)).run()
        }
        return id
    }

    static func snapshot(_ evaluation: StoredEvaluation?) -> [String: String]? {
        evaluation.map { snapshot($0.status, $0.answers) }
    }

    /// Scores as the trail shows them: "3,5", "geen (reden)", and "→ 4" for a validated score.
    static func snapshot(_ status: EvaluationStatus, _ answers: [String: StoredAnswer]) -> [String: String] {
        var result = ["status": status.rawValue]
        for (theme, stored) in answers {
            let own = stored.answer.score.value.map { NumberWords.decimal($0) } ?? "geen (\(stored.answer.score.reason ?? ""))"
            result[theme] = own + (stored.validated.map { " → gevalideerd \(NumberWords.decimal($0))" } ?? "")
        }
        return result
    }

    static func campaignID(_ code: String, _ sql: any SQLDatabase) async throws -> Int {
        try await sql.select().column("id").from("maturity_campaigns").where("code", .equal, SQLBind(code))
            .first()!.decode(column: "id", as: Int.self)
    }
}
