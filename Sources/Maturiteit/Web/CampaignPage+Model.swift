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
            others: others, csrf: CSRF.token(for: request).token)
    }

    var data: CampaignData { visible.data }
    var scale: MaturityScale { visible.model.scale }

    func name(_ code: String) -> String { data.organisation(code: code)?.shortName ?? code }

    /// Cells without a score, with their reasons, for the note under the table (an organisation without any score
    /// is named once).
    var missingScores: [String] {
        table.organisations.compactMap { organisation -> String? in
            let missing = visible.model.themes.compactMap { theme -> (String, String)? in
                guard let reason = table.cell(organisation, theme.code)?.score?.reason else { return nil }
                return (theme.name, reason)
            }
            guard !missing.isEmpty else { return nil }
            if missing.count == visible.model.themes.count, Set(missing.map(\.1)).count == 1 {
                return "\(name(organisation)), alle thema's: \(missing[0].1)"
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

    static let notices = [
        "bewaard": "De zelfevaluatie is bewaard als concept.",
        "ingediend": "De zelfevaluatie is ingediend. Het Kenniscentrum kan ze nu valideren.",
        "gevalideerd": "De gevalideerde scores zijn bewaard.",
        "teruggestuurd": "De zelfevaluatie is teruggestuurd naar de organisatie.",
        "status": "De status van de meting is gewijzigd.",
        "geopend": "De meting is geopend. De deelnemers kunnen hun zelfevaluatie invullen.",
        "ingelezen": "Het bestand is ingelezen.",
    ]
}
