import Platform
import Fluent
import Foundation
import MaturiteitDomain
import SQLKit

/// Reads the Maturiteit pillar: models, campaigns, evaluations, recommendations, work packages and peer groups.
/// Volumes are small (a campaign is a few hundred answers), so a campaign is read whole in four queries.
public struct MaturityStore: Sendable {
    let database: any Database
    var sql: any SQLDatabase { database.sql }

    public init(database: any Database) { self.database = database }

    // MARK: Models

    public func models() async throws -> [StoredModel] {
        let rows = try await sql.select().column("*").from("maturity_models").orderBy("code").orderBy("version").all()
        let themes = try await sql.select().column("*").from("maturity_themes").orderBy("model_id").orderBy("sequence").all()
        let questions = try await sql.select().column("*").from("maturity_questions").orderBy("sequence").all()
        var questionsByTheme: [Int: [MaturityModel.Question]] = [:]
        for row in questions {
            let rubric = (try? JSONDecoder().decode([String: String].self, from: Data(try row.decode(column: "rubric", as: String.self).utf8))) ?? [:]
            questionsByTheme[try row.decode(column: "theme_id", as: Int.self), default: []].append(MaturityModel.Question(
                code: try row.decode(column: "code", as: String.self), text: try row.decode(column: "text", as: String.self),
                rubric: Dictionary(uniqueKeysWithValues: rubric.compactMap { key, value in Int(key).map { ($0, value) } })))
        }
        var themesByModel: [Int: [(id: Int, theme: MaturityModel.Theme)]] = [:]
        for row in themes {
            let id = try row.decode(column: "id", as: Int.self)
            themesByModel[try row.decode(column: "model_id", as: Int.self), default: []].append((id, MaturityModel.Theme(
                code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                description: try row.decode(column: "description", as: String.self), questions: questionsByTheme[id] ?? [])))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let scale = try JSONDecoder().decode(MaturityScale.self, from: Data(try row.decode(column: "scale", as: String.self).utf8))
            let themes = themesByModel[id] ?? []
            return StoredModel(
                id: id, description: try row.decode(column: "description", as: String.self),
                model: MaturityModel(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                                     version: try row.decode(column: "version", as: Int.self), themes: themes.map(\.theme), scale: scale),
                themeIDs: Dictionary(uniqueKeysWithValues: themes.map { ($0.theme.code, $0.id) }))
        }
    }

    /// The newest version of each model.
    public func latestModels() async throws -> [StoredModel] {
        let all = try await models()
        return Dictionary(grouping: all, by: \.model.code).values.compactMap { $0.max { $0.model.version < $1.model.version } }
            .sorted { $0.model.name < $1.model.name }
    }

    // MARK: Campaigns

    /// All campaigns, newest first, or only the one with `code`.
    public func campaigns(code: String? = nil) async throws -> [StoredCampaign] {
        var query = sql.select().column("*").from("maturity_campaigns")
        if let code { query = query.where("code", .equal, SQLBind(code)) }
        let rows = try await query.orderBy("created_at", .descending).orderBy("id", .descending).all()
        guard !rows.isEmpty else { return [] }
        var participantQuery = sql.select().columns("campaign_id", "organisation_id").from("maturity_participants")
        if rows.count == 1 { participantQuery = participantQuery.where("campaign_id", .equal, SQLBind(try rows[0].decode(column: "id", as: Int.self))) }
        let participants = try await participantQuery.all()
        var byCampaign: [Int: [Int]] = [:]
        for row in participants {
            byCampaign[try row.decode(column: "campaign_id", as: Int.self), default: []].append(try row.decode(column: "organisation_id", as: Int.self))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return StoredCampaign(
                id: id, modelID: try row.decode(column: "model_id", as: Int.self),
                campaign: Campaign(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                                   moment: try row.decode(column: "moment", as: String.self),
                                   status: Campaign.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .closed,
                                   published: try row.decode(column: "published", as: Bool.self)),
                participants: (byCampaign[id] ?? []).sorted(),
                publishedAt: try row.decode(column: "published_at", as: Date?.self),
                createdAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    public func campaign(code: String) async throws -> StoredCampaign? { try await campaigns(code: code).first }

    public func organisations() async throws -> [MaturityOrganisation] {
        try await sql.select().columns("id", "code", "name", "area_code", "type").from("organisations").orderBy("name").all().map { row in
            MaturityOrganisation(id: try row.decode(column: "id", as: Int.self), code: try row.decode(column: "code", as: String.self),
                                 name: try row.decode(column: "name", as: String.self),
                                 areaCode: try row.decode(column: "area_code", as: String?.self),
                                 isKenniscentrum: try row.decode(column: "type", as: String.self) == "kenniscentrum")
        }
    }

    /// A campaign with its model, the organisations and every evaluation with its answers.
    public func data(for campaign: StoredCampaign) async throws -> CampaignData {
        guard let model = try await models().first(where: { $0.id == campaign.modelID }) else {
            throw RefusedAction("het model van deze meting ontbreekt")
        }
        let themeCodes = Dictionary(uniqueKeysWithValues: model.themeIDs.map { ($1, $0) })
        let evaluationRows = try await sql.select().column("*").from("maturity_evaluations")
            .where("campaign_id", .equal, SQLBind(campaign.id)).all()
        let answerRows = try await sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("maturity_answers"))).from("maturity_answers")
            .join("maturity_evaluations", on: SQLColumn("evaluation_id", table: "maturity_answers"), .equal, SQLColumn("id", table: "maturity_evaluations"))
            .where(SQLColumn("campaign_id", table: "maturity_evaluations"), .equal, SQLBind(campaign.id)).all()
        var answers: [Int: [String: StoredAnswer]] = [:]
        for row in answerRows {
            guard let theme = themeCodes[try row.decode(column: "theme_id", as: Int.self)] else { continue }
            let score = try row.decode(column: "score", as: Double?.self)
            let reason = try row.decode(column: "no_score_reason", as: String?.self)
            let links = try row.decode(column: "links", as: String.self)
            answers[try row.decode(column: "evaluation_id", as: Int.self), default: [:]][theme] = StoredAnswer(
                answer: ThemeAnswer(score: score.map(ThemeScore.scored) ?? .none(reason: reason ?? "geen score gegeven"),
                                    evidence: try row.decode(column: "evidence", as: String.self),
                                    links: links.split(separator: "\n").map(String.init),
                                    strengths: try row.decode(column: "strengths", as: String.self),
                                    improvements: try row.decode(column: "improvements", as: String.self),
                                    practices: try row.decode(column: "practices", as: String.self)),
                validated: try row.decode(column: "validated_score", as: Double?.self),
                validationNote: try row.decode(column: "validation_note", as: String.self))
        }
        let evaluations = try evaluationRows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return StoredEvaluation(
                id: id, organisationID: try row.decode(column: "organisation_id", as: Int.self),
                status: EvaluationStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .draft,
                submittedAt: try row.decode(column: "submitted_at", as: Date?.self),
                validatedAt: try row.decode(column: "validated_at", as: Date?.self),
                updatedAt: try row.decode(column: "updated_at", as: Date.self),
                answers: answers[id] ?? [:])
        }
        return CampaignData(campaign: campaign, model: model, organisations: try await organisations(), evaluations: evaluations)
    }

    // MARK: Recommendations, work packages, peer groups

    public func recommendations(campaignID: Int) async throws -> [Recommendation] {
        try await sql.select().column("*").from("maturity_recommendations").where("campaign_id", .equal, SQLBind(campaignID))
            .orderBy("number").all().map { row in
                Recommendation(number: try row.decode(column: "number", as: Int.self), theme: try row.decode(column: "theme_code", as: String.self),
                               text: try row.decode(column: "text", as: String.self),
                               importance: try row.decode(column: "importance", as: Int?.self),
                               urgency: try row.decode(column: "urgency", as: Int?.self),
                               selected: try row.decode(column: "selected", as: Bool.self))
            }
    }

    public func workPackages(campaignID: Int) async throws -> [WorkPackage] {
        try await sql.select().column("*").from("maturity_work_packages").where("campaign_id", .equal, SQLBind(campaignID))
            .orderBy("number").all().map { row in
                WorkPackage(number: try row.decode(column: "number", as: Int.self), title: try row.decode(column: "title", as: String.self),
                            themes: WorkPackage.list(try row.decode(column: "themes", as: String.self)),
                            subtopics: WorkPackage.list(try row.decode(column: "subtopics", as: String.self)),
                            leads: WorkPackage.list(try row.decode(column: "leads", as: String.self)),
                            priority: try row.decode(column: "priority", as: Int.self), start: try row.decode(column: "start", as: String.self),
                            status: WorkPackage.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .planned,
                            progress: try row.decode(column: "progress", as: String.self))
            }
    }

    public func peerGroups() async throws -> [PeerGroup] {
        try await sql.select().column("*").from("maturity_peer_groups").orderBy("name").all().map { row in
            PeerGroup(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                      members: WorkPackage.list(try row.decode(column: "members", as: String.self)))
        }
    }
}
