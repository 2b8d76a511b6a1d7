import Foundation
import MaturiteitDomain
import Platform
import Tabular
import Vapor

/// The downloads of a campaign: scores (self and validated, with the evidence) as CSV in the import's own columns
/// and as JSON with the statistics; recommendations and work packages as CSV and JSON. A visitor downloads exactly
/// what the benchmark shows them.
enum MaturiteitExports {
    static func response(_ file: MaturiteitPath.ExportFile, visible: VisibleCampaign, request: Request) async throws -> Response {
        let store = MaturityStore(database: request.db)
        let data = visible.data.filtered { MaturityAccess.showsEvaluation($0.status, of: $0.organisationID, to: visible.principal) }
        let code = visible.campaign.code
        switch file {
        case .scoresCSV:
            return Download.file(MaturityService.sheet(data), type: "text/csv; charset=utf-8", name: "\(code)-scores.csv")
        case .scoresJSON:
            return try Download.json(ScoresDocument(data, table: visible.table()), name: "\(code)-scores.json")
        case .recommendationsCSV:
            let items = try await store.recommendations(campaignID: visible.campaign.id)
            let lines = [CSVText.line(["nr", "thema", "aanbeveling", "belang", "urgentie", "top"])] + items.map {
                CSVText.line([String($0.number), $0.theme, $0.text, $0.importance.map(String.init) ?? "", $0.urgency.map(String.init) ?? "",
                              $0.selected ? "ja" : "nee"], spreadsheetSafe: true)
            }
            return Download.file(lines.joined(separator: "\r\n") + "\r\n", type: "text/csv; charset=utf-8", name: "\(code)-aanbevelingen.csv")
        case .recommendationsJSON:
            let items = try await store.recommendations(campaignID: visible.campaign.id)
            return try Download.json(items, name: "\(code)-aanbevelingen.json")
        case .workPackagesCSV:
            let items = try await store.workPackages(campaignID: visible.campaign.id)
            let lines = [CSVText.line(["nr", "werkpakket", "themas", "subthemas", "trekkers", "prioriteit", "start", "status", "voortgang"])]
                + items.map {
                    CSVText.line([String($0.number), $0.title, $0.themes.joined(separator: "; "), $0.subtopics.joined(separator: "; "),
                                  $0.leads.joined(separator: "; "), String($0.priority), $0.start, $0.status.rawValue, $0.progress],
                                 spreadsheetSafe: true)
                }
            return Download.file(lines.joined(separator: "\r\n") + "\r\n", type: "text/csv; charset=utf-8", name: "\(code)-werkpakketten.csv")
        case .workPackagesJSON:
            let items = try await store.workPackages(campaignID: visible.campaign.id)
            return try Download.json(items, name: "\(code)-werkpakketten.json")
        }
    }
}

struct ScoresDocument: Encodable {
    struct CampaignInfo: Encodable {
        let code, name, moment, status: String
        let published: Bool
        let model: String
        let modelVersion: Int
    }

    struct Level: Encodable { let value: Int; let label: String; let colour: String; let meaning: String }
    struct Theme: Encodable { let code: String; let name: String }

    struct Answer: Encodable {
        let theme: String
        let score: Double?
        let noScoreReason: String?
        let validatedScore: Double?
        let validationNote: String
        let evidence: String
        let links: [String]
        let strengths: String
        let improvements: String
        let practices: String
    }

    struct Organisation: Encodable {
        let code: String
        let name: String
        let status: String
        let answers: [Answer]
    }

    struct Statistics: Encodable {
        let theme: String
        let count: Int
        let missing: Int
        let median: Double?
        let mean: Double?
        let minimum: Double?
        let maximum: Double?
        let standardDeviation: Double?
    }

    let campaign: CampaignInfo
    let scale: [Level]
    let themes: [Theme]
    let organisations: [Organisation]
    let statistics: [Statistics]

    init(_ data: CampaignData, table: BenchmarkTable) {
        let model = data.model.model
        campaign = CampaignInfo(code: data.campaign.code, name: data.campaign.campaign.name, moment: data.campaign.campaign.moment,
                                status: data.campaign.campaign.status.rawValue, published: data.campaign.campaign.published,
                                model: model.code, modelVersion: model.version)
        scale = model.scale.levels.map { Level(value: $0.value, label: $0.label, colour: $0.colour, meaning: $0.meaning) }
        themes = model.themes.map { Theme(code: $0.code, name: $0.name) }
        organisations = data.participants.compactMap { organisation in
            guard let evaluation = data.evaluation(of: organisation.id) else { return nil }
            return Organisation(code: organisation.code, name: organisation.shortName, status: evaluation.status.rawValue,
                                answers: model.themes.compactMap { theme in
                                    evaluation.answers[theme.code].map { stored in
                                        Answer(theme: theme.code, score: stored.answer.score.value, noScoreReason: stored.answer.score.reason,
                                               validatedScore: stored.validated, validationNote: stored.validationNote,
                                               evidence: stored.answer.evidence, links: stored.answer.links, strengths: stored.answer.strengths,
                                               improvements: stored.answer.improvements, practices: stored.answer.practices)
                                    }
                                })
        }
        statistics = model.themes.compactMap { theme in
            table.statistics[theme.code].map {
                Statistics(theme: theme.code, count: $0.count, missing: $0.missing, median: $0.median, mean: $0.mean,
                           minimum: $0.minimum, maximum: $0.maximum, standardDeviation: $0.standardDeviation)
            }
        }
    }
}
