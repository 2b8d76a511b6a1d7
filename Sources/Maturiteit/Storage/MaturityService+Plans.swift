import Platform
import AccessDomain
import Foundation
import MaturiteitDomain
import SQLKit

/// Recommendations and work packages of a campaign: added and changed by the Kenniscentrum, each change in the trail.
extension MaturityService {
    /// Adds a recommendation (number nil: the next free number) or changes the one with that number.
    public func saveRecommendation(campaign: StoredCampaign, number: Int?, theme: String, text: String, importance: Int?,
                                   urgency: Int?, selected: Bool, themes: [String], by actor: AuditActor) async throws {
        var problems: [String] = []
        if !themes.contains(theme) { problems.append("kies een thema van het model") }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("schrijf de aanbeveling") }
        if let problem = Recommendation.scoreProblem(importance, "het belang") { problems.append(problem) }
        if let problem = Recommendation.scoreProblem(urgency, "de urgentie") { problems.append(problem) }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let existing = try await MaturityStore(database: database).recommendations(campaignID: campaign.id)
        let before = number.flatMap { n in existing.first { $0.number == n } }
        if number != nil, before == nil { throw RefusedAction("aanbeveling \(number!) bestaat niet") }
        let assigned = number ?? ((existing.map(\.number).max() ?? 0) + 1)
        let after = Recommendation(number: assigned, theme: theme, text: text.trimmingCharacters(in: .whitespacesAndNewlines),
                                   importance: importance, urgency: urgency, selected: selected)
        try await database.transaction { db in
            let sql = db.sql
            if before != nil {
                try await sql.update("maturity_recommendations").set("theme_code", to: SQLBind(after.theme)).set("text", to: SQLBind(after.text))
                    .set("importance", to: SQLBind(after.importance)).set("urgency", to: SQLBind(after.urgency))
                    .set("selected", to: SQLBind(after.selected))
                    .where("campaign_id", .equal, SQLBind(campaign.id)).where("number", .equal, SQLBind(assigned)).run()
            } else {
                try await Self.insert(after, campaignID: campaign.id, sql)
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: before == nil ? .create : .update, entityType: "aanbeveling",
                entityID: "\(campaign.code)/\(assigned)", summary: "aanbeveling \(assigned) van \(campaign.code) \(before == nil ? "toegevoegd" : "gewijzigd")",
                changes: AuditChange.between(before.map(Self.snapshot), Self.snapshot(after))), on: db)
        }
    }

    /// Adds a work package (number nil) or changes one: its status and progress notes above all, as the work goes on.
    public func saveWorkPackage(campaign: StoredCampaign, number: Int?, package: WorkPackage, themes: [String],
                                by actor: AuditActor) async throws {
        var problems: [String] = []
        if package.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef het werkpakket een titel") }
        if package.themes.isEmpty { problems.append("kies minstens één thema") }
        let unknown = package.themes.filter { !themes.contains($0) }
        if !unknown.isEmpty { problems.append("onbekend thema: \(unknown.joined(separator: ", "))") }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let existing = try await MaturityStore(database: database).workPackages(campaignID: campaign.id)
        let before = number.flatMap { n in existing.first { $0.number == n } }
        if number != nil, before == nil { throw RefusedAction("werkpakket \(number!) bestaat niet") }
        let assigned = number ?? ((existing.map(\.number).max() ?? 0) + 1)
        let after = WorkPackage(number: assigned, title: package.title, themes: package.themes, subtopics: package.subtopics,
                                leads: package.leads, priority: package.priority, start: package.start, status: package.status,
                                progress: package.progress)
        try await database.transaction { db in
            let sql = db.sql
            if before != nil {
                try await sql.delete(from: "maturity_work_packages")
                    .where("campaign_id", .equal, SQLBind(campaign.id)).where("number", .equal, SQLBind(assigned)).run()
            }
            try await Self.insert(after, campaignID: campaign.id, sql)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: before == nil ? .create : .update, entityType: "werkpakket",
                entityID: "\(campaign.code)/\(assigned)", summary: "werkpakket \(assigned) van \(campaign.code) \(before == nil ? "toegevoegd" : "gewijzigd")",
                changes: AuditChange.between(before.map(Self.snapshot), Self.snapshot(after))), on: db)
        }
    }

    static func insert(_ item: Recommendation, campaignID: Int, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "maturity_recommendations")
            .columns("campaign_id", "number", "theme_code", "text", "importance", "urgency", "selected")
            .values(SQLBind(campaignID), SQLBind(item.number), SQLBind(item.theme), SQLBind(item.text), SQLBind(item.importance),
                    SQLBind(item.urgency), SQLBind(item.selected)).run()
    }

    static func insert(_ item: WorkPackage, campaignID: Int, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "maturity_work_packages")
            .columns("campaign_id", "number", "title", "themes", "subtopics", "leads", "priority", "start", "status", "progress")
            .values(SQLBind(campaignID), SQLBind(item.number), SQLBind(item.title), SQLBind(item.themes.joined(separator: "; ")),
                    SQLBind(item.subtopics.joined(separator: "; ")), SQLBind(item.leads.joined(separator: "; ")),
                    SQLBind(item.priority), SQLBind(item.start), SQLBind(item.status.rawValue), SQLBind(item.progress)).run()
    }

    static func snapshot(_ item: Recommendation) -> [String: String] {
        ["thema": item.theme, "tekst": item.text, "belang": item.importance.map(String.init) ?? "",
         "urgentie": item.urgency.map(String.init) ?? "", "top": item.selected ? "ja" : "nee"]
    }

    static func snapshot(_ item: WorkPackage) -> [String: String] {
        ["titel": item.title, "thema's": item.themes.joined(separator: "; "), "subthema's": item.subtopics.joined(separator: "; "),
         "trekkers": item.leads.joined(separator: "; "), "prioriteit": String(item.priority), "start": item.start,
         "status": item.status.rawValue, "voortgang": item.progress]
    }
}
