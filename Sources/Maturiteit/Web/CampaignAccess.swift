import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// A campaign as one request may see it: loaded once, checked against MaturityAccess, with the evaluations this
/// visitor may see. Anyone who may not see an unpublished campaign gets the same "not found" as for a code that
/// does not exist, so its existence is not given away either.
struct VisibleCampaign {
    let data: CampaignData
    let principal: Principal?

    var campaign: StoredCampaign { data.campaign }
    var model: MaturityModel { data.model.model }
    var mayManage: Bool { MaturityAccess.mayManage(principal) }

    static func load(_ request: Request, code: String? = nil) async throws -> VisibleCampaign {
        let code = try code ?? request.parameters.require("campaign")
        let store = MaturityStore(database: request.db)
        let principal = request.pagePrincipal
        guard let campaign = try await store.campaign(code: code), campaign.isVisible(to: principal) else { throw Abort(.notFound, reason: Self.notFound) }
        return VisibleCampaign(data: try await store.data(for: campaign), principal: principal)
    }

    static let notFound = "deze meting bestaat niet of is nog niet gepubliceerd; deelnemers en het Kenniscentrum zien ze na het aanmelden"

    /// The benchmark over the evaluations this visitor may see.
    func table(basis: BenchmarkTable.Basis = .selfScores) -> BenchmarkTable {
        data.table(basis: basis) { MaturityAccess.showsEvaluation($0.status, of: $0.organisationID, to: principal) }
    }

    /// The other campaigns this visitor may see, to compare with.
    func others(_ request: Request) async throws -> [StoredCampaign] {
        try await MaturityStore(database: request.db).campaigns().filter { $0.id != campaign.id && $0.isVisible(to: principal) }
    }

    /// The look-alike group asked for with `?groep=`, if it exists.
    static func chosenGroup(_ request: Request, among groups: [PeerGroup]) -> PeerGroup? {
        request.query[String.self, at: "groep"].flatMap { code in groups.first { $0.code == code } }
    }

    /// The organisation in the path, which must take part in the campaign.
    func organisationInPath(_ request: Request) throws -> MaturityOrganisation {
        let code = try request.parameters.require("organisation")
        guard let organisation = data.organisation(code: code), campaign.participants.contains(organisation.id) else {
            throw Abort(.notFound, reason: "deze organisatie neemt niet deel aan de meting")
        }
        return organisation
    }
}

extension StoredCampaign {
    func isVisible(to principal: Principal?) -> Bool {
        MaturityAccess.mayViewBenchmark(principal, published: campaign.published, participants: Set(participants))
    }
}
