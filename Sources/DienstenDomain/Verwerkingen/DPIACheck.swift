import Foundation

/// The answers to the DPIA screening of one processing: the nine criteria of the WP29/EDPB guidelines on DPIA
/// (wp248 rev.01), the three cases art. 35.3 names, and the processings the Belgian authority (GBA/APD) listed under
/// art. 35.4 as always needing one. Each answer is yes, no or not known yet.
public struct DPIAAnswers: Codable, Equatable, Sendable {
    public enum Answer: String, Codable, Sendable, CaseIterable { case yes, no, unknown }

    public var answers: [String: Answer]

    public init(_ answers: [String: Answer] = [:]) { self.answers = answers }

    public subscript(_ question: DPIAQuestion) -> Answer {
        get { answers[question.rawValue] ?? .unknown }
        set { answers[question.rawValue] = newValue }
    }
}

/// Every question of the screening, in the order the form asks them.
public enum DPIAQuestion: String, Codable, Sendable, CaseIterable {
    // wp248 rev.01, section III.B.a: the nine criteria.
    case evaluationScoring, automatedDecision, systematicMonitoring, sensitiveData, largeScale, matchingDatasets, vulnerableSubjects,
         innovativeTechnology, preventsRightOrService
    // art. 35.3 a–c.
    case article35Profiling, article35SpecialLargeScale, article35PublicAreaMonitoring
    // The GBA/APD list (decision of the general secretariat 01/2019, in force 1 April 2019), in our words.
    case listBiometricPublicPlace, listThirdPartyDataRefusal, listImplantHealth, listLargeScalePrediction, listSensitiveExchange,
         listInternetOfThings, listCommunicationLocation, listBehaviourObserved

    public enum Group: String, Sendable, CaseIterable { case criteria, article35, authorityList }

    public var group: Group {
        switch self {
        case .evaluationScoring, .automatedDecision, .systematicMonitoring, .sensitiveData, .largeScale, .matchingDatasets, .vulnerableSubjects,
             .innovativeTechnology, .preventsRightOrService: .criteria
        case .article35Profiling, .article35SpecialLargeScale, .article35PublicAreaMonitoring: .article35
        default: .authorityList
        }
    }

    public static func questions(in group: Group) -> [DPIAQuestion] { allCases.filter { $0.group == group } }
}

/// The outcome of the screening, with what tipped it.
public struct DPIAOutcome: Equatable, Sendable {
    public enum Verdict: String, Sendable { case required, recommended, notRequired }

    public enum Reason: Equatable, Sendable {
        /// A case of art. 35.3 or a processing on the authority's list: a DPIA is always needed.
        case mandatory(DPIAQuestion)
        /// Two or more of the nine criteria met (wp248: a DPIA is likely required).
        case criteriaMet(Int)
        /// One criterion met: a DPIA may still be needed; the guidelines leave it to the controller, who documents why not.
        case oneCriterion
        /// Criteria not yet answered could bring the count to two.
        case unknownsCouldTip(Int)
        /// No criterion met and too few unknowns to matter.
        case noCriteria
    }

    public let verdict: Verdict
    public let reasons: [Reason]
    /// The questions answered yes that led to the verdict.
    public let tipping: [DPIAQuestion]
    public let unknown: [DPIAQuestion]
}

public enum DPIACheck {
    /// The rule of thumb of wp248: two criteria or more make a DPIA likely required.
    public static let criteriaThreshold = 2

    public static func assess(_ answers: DPIAAnswers) -> DPIAOutcome {
        let mandatory = DPIAQuestion.allCases.filter { $0.group != .criteria && answers[$0] == .yes }
        let criteria = DPIAQuestion.questions(in: .criteria)
        let met = criteria.filter { answers[$0] == .yes }
        let unknown = DPIAQuestion.allCases.filter { answers[$0] == .unknown }
        let unknownCriteria = criteria.filter { answers[$0] == .unknown }
        var reasons: [DPIAOutcome.Reason] = mandatory.map { .mandatory($0) }
        if met.count >= criteriaThreshold { reasons.append(.criteriaMet(met.count)) }
        if !mandatory.isEmpty || met.count >= criteriaThreshold {
            return DPIAOutcome(verdict: .required, reasons: reasons, tipping: mandatory + met, unknown: unknown)
        }
        let unknownMandatory = DPIAQuestion.allCases.filter { $0.group != .criteria && answers[$0] == .unknown }
        if met.count == 1 { reasons.append(.oneCriterion) }
        if met.count + unknownCriteria.count >= criteriaThreshold || !unknownMandatory.isEmpty {
            reasons.append(.unknownsCouldTip(unknownCriteria.count + unknownMandatory.count))
        }
        if reasons.isEmpty {
            return DPIAOutcome(verdict: .notRequired, reasons: [.noCriteria], tipping: [], unknown: unknown)
        }
        return DPIAOutcome(verdict: .recommended, reasons: reasons, tipping: met, unknown: unknown)
    }
}
