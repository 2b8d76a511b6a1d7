import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// The benchmark of one campaign: the colour table with the medians on top, statistics and distribution per theme,
/// comparison with a group of look-alike organisations, and (for the Kenniscentrum) the steps of the campaign.
struct CampaignPageModel {
    let visible: VisibleCampaign
    let table: BenchmarkTable
    let groups: [PeerGroup]
    let group: PeerGroup?
    let groupStatistics: [String: ThemeStatistics]
    /// Other campaigns this visitor may see, to compare with.
    let others: [StoredCampaign]
    let csrf: String
    let language: SiteLanguage
    var notice: String?
    var problems: [String] = []

    static func load(_ request: Request, visible: VisibleCampaign? = nil) async throws -> CampaignPageModel {
        let visible = if let visible { visible } else { try await VisibleCampaign.load(request) }
        let basis = request.query[String.self, at: "basis"].flatMap(BenchmarkTable.Basis.init(rawValue:)) ?? .selfScores
        let table = visible.table(basis: basis)
        let store = MaturityStore(database: request.db)
        let groups = try await store.peerGroups()
        let group = VisibleCampaign.chosenGroup(request, among: groups)
        let others = try await visible.others(request)
        return CampaignPageModel(
            visible: visible, table: table, groups: groups, group: group,
            groupStatistics: group.map { table.statistics(among: $0.members) } ?? [:],
            others: others, csrf: CSRF.token(for: request).token, language: request.language)
    }

    var data: CampaignData { visible.data }
    var scale: MaturityScale { visible.model.scale }

    func name(_ code: String) -> String { data.organisation(code: code)?.shortName ?? code }

    /// Cells without a score, with their reasons, for the note under the table (an organisation without any score
    /// is named once).
    var missingScores: [String] {
        let t = MaturiteitText.strings(language)
        return table.organisations.compactMap { organisation -> String? in
            let missing = visible.model.themes.compactMap { theme -> (String, String)? in
                guard let reason = table.cell(organisation, theme.code)?.score?.reason else { return nil }
                return (theme.name, MaturiteitText.reason(reason, t))
            }
            guard !missing.isEmpty else { return nil }
            if missing.count == visible.model.themes.count, Set(missing.map(\.1)).count == 1 {
                return t("campaign.missingAllThemes", name(organisation), missing[0].1)
            }
            return "\(name(organisation)): " + missing.map { "\($0.0) (\($0.1))" }.joined(separator: "; ")
        }
    }

    /// Where each participant's evaluation stands, for participants and the Kenniscentrum.
    var progress: [(organisation: MaturityOrganisation, status: EvaluationStatus?, evaluation: StoredEvaluation?)] {
        data.participants.map { organisation in
            let evaluation = data.evaluation(of: organisation.id)
            return (organisation, evaluation?.status, evaluation)
        }
    }

    /// The organisation of the signed-in visitor, when it takes part.
    var ownOrganisation: MaturityOrganisation? {
        guard let principal = visible.principal else { return nil }
        return data.participants.first { $0.id == principal.organisationID }
    }

    /// The confirmations after a change (`?gelukt=`), in the visitor's language; nil for an unknown code.
    static let noticeCodes: Set<String> = ["bewaard", "ingediend", "gevalideerd", "teruggestuurd", "status", "geopend", "ingelezen"]

    static func notice(_ code: String?, _ language: SiteLanguage) -> String? {
        guard let code, noticeCodes.contains(code) else { return nil }
        return MaturiteitText.strings(language)["campaign.notice.\(code)"]
    }
}
