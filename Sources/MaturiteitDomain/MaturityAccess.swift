import AccessDomain

/// Who may see and change what in a maturity campaign. The web layer asks these questions; the answers live here
/// so they can be tested without a server.
///
/// - A published campaign is open to everyone.
/// - Before that, members of the participating organisations and of the Kenniscentrum see the benchmark, made of the
///   evaluations that were submitted (a draft is seen only by its own organisation and the Kenniscentrum).
/// - An organisation's editors fill in its own self-evaluation, while the campaign is open and the evaluation a draft.
/// - The Kenniscentrum's editors open, close, validate and publish (rule `kenniscentrum(.editor)`).
public enum MaturityAccess {
    public static let manageRule = AccessRule.kenniscentrum(.editor)

    public static func mayManage(_ principal: Principal?) -> Bool {
        Authorization.decide(manageRule, principal: principal, targetOrganisation: nil) == .allowed
    }

    public static func mayViewBenchmark(_ principal: Principal?, published: Bool, participants: Set<Int>) -> Bool {
        if published { return true }
        guard let principal else { return false }
        return principal.organisationType == .kenniscentrum || principal.isPlatformAdmin || participants.contains(principal.organisationID)
    }

    /// Whether the benchmark shows this evaluation to `principal`: submitted or validated ones to all who see the
    /// benchmark; a draft only to its own organisation and the Kenniscentrum, and never in a published campaign's public view.
    public static func showsEvaluation(_ status: EvaluationStatus, of organisation: Int, to principal: Principal?) -> Bool {
        if status != .draft { return true }
        guard let principal else { return false }
        return principal.organisationID == organisation || principal.organisationType == .kenniscentrum
    }

    /// Whether a self-evaluation may be changed by `principal` now: its own organisation's editors (or a platform
    /// admin), while the campaign is open and the evaluation has not been submitted.
    public static func mayEdit(_ principal: Principal?, organisation: Int, campaignOpen: Bool,
                               status: EvaluationStatus?) -> AccessDecision {
        let decision = Authorization.decide(.member(.editor), principal: principal, targetOrganisation: organisation)
        guard decision == .allowed else {
            return decision == .signInRequired ? decision : .denied("je vult alleen de zelfevaluatie van je eigen organisatie in")
        }
        guard campaignOpen else { return .denied("deze meting is afgesloten") }
        guard status?.editableByOrganisation ?? true else {
            return .denied("deze zelfevaluatie is ingediend; het Kenniscentrum kan ze terugsturen om ze te wijzigen")
        }
        return .allowed
    }
}
