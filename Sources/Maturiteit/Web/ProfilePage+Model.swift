import MaturiteitDomain
import Platform
import Vapor

/// One organisation in a campaign: its score per theme against the median (and a look-alike group's), with what
/// it wrote as evidence, strengths, improvement points and good practices.
struct ProfilePageModel {
    let visible: VisibleCampaign
    let organisation: MaturityOrganisation
    let table: BenchmarkTable
    let evaluation: StoredEvaluation?
    let groups: [PeerGroup]
    let group: PeerGroup?
    let groupStatistics: [String: ThemeStatistics]
    let language: SiteLanguage

    static func load(_ request: Request) async throws -> ProfilePageModel {
        let visible = try await VisibleCampaign.load(request)
        let organisation = try visible.organisationInPath(request)
        let table = visible.table(basis: request.query[String.self, at: "basis"].flatMap(BenchmarkTable.Basis.init(rawValue:)) ?? .selfScores)
        guard table.organisations.contains(organisation.code) else {
            throw Abort(.notFound, reason: "van deze organisatie is er (nog) geen ingediende zelfevaluatie")
        }
        let groups = try await MaturityStore(database: request.db).peerGroups()
        let group = VisibleCampaign.chosenGroup(request, among: groups)
            ?? groups.first { $0.members.contains(organisation.code) && $0.code.hasPrefix("provincie-") }
        return ProfilePageModel(
            visible: visible, organisation: organisation, table: table, evaluation: visible.data.evaluation(of: organisation.id),
            groups: groups, group: group, groupStatistics: group.map { table.statistics(among: $0.members) } ?? [:],
            language: request.language)
    }

    struct Row {
        let theme: MaturityModel.Theme
        let score: ThemeScore?
        let validated: Double?
        let median: Double?
        let groupMedian: Double?
        let answer: StoredAnswer?

        var difference: Double? {
            guard let value = score?.value, let median else { return nil }
            return value - median
        }
    }

    var rows: [Row] {
        visible.model.themes.map { theme in
            let cell = table.cell(organisation.code, theme.code)
            return Row(theme: theme, score: cell?.score, validated: cell?.validated, median: table.statistics[theme.code]?.median,
                       groupMedian: groupStatistics[theme.code]?.median, answer: evaluation?.answers[theme.code])
        }
    }

    /// Themes where the organisation scores at least a level above, or below, the median: its strengths and gaps.
    var above: [String] { rows.filter { ($0.difference ?? 0) >= 1 }.map(\.theme.name) }
    var below: [String] { rows.filter { ($0.difference ?? 0) <= -1 }.map(\.theme.name) }
}
