import DienstenDomain
import Foundation
import Platform
import Vapor

/// The first eligibility rules: `Resources/screening/regels.json` of DienstenDomain, kept as version 1 when there
/// is no version yet (checked against every case file like any other version).
enum ScreeningSeed {
    static func load(into app: Application) async throws -> String? {
        let store = ScreeningRuleStore(database: app.db)
        if let active = try await store.active() {
            return "screeningregels: versie \(active.version) staat al actief, niets geladen"
        }
        let json = String(decoding: try ScreeningResources.ruleFile(), as: UTF8.self)
        let rules = try RuleFile.decode(Data(json.utf8)).get()
        let kept = try await store.save(
            json: json, note: rules.note, cases: try ScreeningResources.caseFiles(), authorUserID: nil, actor: .commandLine)
        let conditions = kept.rules.rules.reduce(0) { $0 + $1.conditions.count }
        return "screeningregels: versie \(kept.version) geladen (\(kept.rules.rules.count) rechten, \(conditions) voorwaarden)"
    }
}
