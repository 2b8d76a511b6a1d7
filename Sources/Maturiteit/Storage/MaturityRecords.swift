import Platform
import Foundation
import MaturiteitDomain

/// A model version as stored: the pure model plus the row ids that answers point at.
public struct StoredModel: Sendable {
    public let id: Int
    public let description: String
    public let model: MaturityModel
    /// Theme code → row id in maturity_themes (of this version only).
    public let themeIDs: [String: Int]
}

/// A campaign as stored, with its participants (organisation ids).
public struct StoredCampaign: Sendable {
    public let id: Int
    public let modelID: Int
    public let campaign: Campaign
    public let participants: [Int]
    public let publishedAt: Date?
    public let createdAt: Date

    public var code: String { campaign.code }
}

/// One theme's answer as stored: the organisation's own, and the Kenniscentrum's validated score beside it.
public struct StoredAnswer: Sendable, Hashable {
    public var answer: ThemeAnswer
    public var validated: Double?
    public var validationNote: String

    public init(answer: ThemeAnswer, validated: Double? = nil, validationNote: String = "") {
        self.answer = answer
        self.validated = validated
        self.validationNote = validationNote
    }
}

/// One organisation's self-evaluation in a campaign.
public struct StoredEvaluation: Sendable {
    public let id: Int
    public let organisationID: Int
    public let status: EvaluationStatus
    public let submittedAt: Date?
    public let validatedAt: Date?
    public let updatedAt: Date
    /// Theme code → answer.
    public let answers: [String: StoredAnswer]
}

/// An organisation as the maturity pages name it.
public struct MaturityOrganisation: Sendable, Hashable {
    public let id: Int
    public let code: String
    public let name: String
    public let areaCode: String?
    public let isKenniscentrum: Bool

    /// "Stad Gent" reads as "Gent" in a table of cities.
    public var shortName: String { name.hasPrefix("Stad ") ? String(name.dropFirst(5)) : name }
}

/// Everything one campaign page needs, read in a few queries.
public struct CampaignData: Sendable {
    public let campaign: StoredCampaign
    public let model: StoredModel
    public let organisations: [MaturityOrganisation]
    public let evaluations: [StoredEvaluation]

    /// The same campaign with only the evaluations `include` lets through (for what one visitor may see or download).
    public func filtered(_ include: (StoredEvaluation) -> Bool) -> CampaignData {
        CampaignData(campaign: campaign, model: model, organisations: organisations, evaluations: evaluations.filter(include))
    }

    public func organisation(code: String) -> MaturityOrganisation? { organisations.first { $0.code == code } }
    public func organisation(id: Int) -> MaturityOrganisation? { organisations.first { $0.id == id } }
    public func evaluation(of organisationID: Int) -> StoredEvaluation? { evaluations.first { $0.organisationID == organisationID } }

    /// The participants in the order of their names, as in the report's table.
    public var participants: [MaturityOrganisation] {
        campaign.participants.compactMap(organisation(id:)).sorted { $0.shortName.localizedCompare($1.shortName) == .orderedAscending }
    }

    /// The benchmark table over the evaluations `include` lets through (see MaturityAccess.showsEvaluation).
    public func table(basis: BenchmarkTable.Basis = .selfScores, include: (StoredEvaluation) -> Bool) -> BenchmarkTable {
        var scores: [String: [String: (ThemeScore, Double?)]] = [:]
        var shown: [String] = []
        for organisation in participants {
            guard let evaluation = evaluation(of: organisation.id), include(evaluation) else { continue }
            shown.append(organisation.code)
            scores[organisation.code] = evaluation.answers.mapValues { ($0.answer.score, $0.validated) }
        }
        return BenchmarkTable(model: model.model, organisations: shown, scores: scores, basis: basis)
    }
}
