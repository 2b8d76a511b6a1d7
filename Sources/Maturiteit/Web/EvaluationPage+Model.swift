import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// An organisation's own self-evaluation: a score per theme (or none, with the reason), evidence and links,
/// strengths, improvement points and good practices. Saved as a draft as often as needed, then submitted.
struct EvaluationPageModel {
    let visible: VisibleCampaign
    let organisation: MaturityOrganisation
    let evaluation: StoredEvaluation?
    /// The answers shown in the form: as stored, or as just posted when the form was refused.
    var answers: [String: ThemeAnswer]
    let editable: AccessDecision
    let csrf: String
    let language: SiteLanguage
    var problems: [String] = []

    static func load(_ request: Request, visible: VisibleCampaign? = nil) async throws -> EvaluationPageModel {
        let visible = if let visible { visible } else { try await VisibleCampaign.load(request) }
        let organisation = try visible.organisationInPath(request)
        // Only the organisation itself (and the Kenniscentrum, read-only) looks at a self-evaluation here.
        guard let principal = visible.principal,
              principal.organisationID == organisation.id || principal.isPlatformAdmin || principal.organisationType == .kenniscentrum
        else { throw Abort(.forbidden, reason: "je bekijkt hier alleen de zelfevaluatie van je eigen organisatie") }
        let evaluation = visible.data.evaluation(of: organisation.id)
        return EvaluationPageModel(
            visible: visible, organisation: organisation, evaluation: evaluation,
            answers: evaluation?.answers.mapValues(\.answer) ?? [:],
            editable: MaturityAccess.mayEdit(principal, organisation: organisation.id,
                                             campaignOpen: visible.campaign.campaign.status == .open, status: evaluation?.status),
            csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// The form as posted: `score_<thema>` is a score, "geen" or empty (not yet answered); the other fields per theme
    /// are free text. Problems that belong to the form itself (a score that is not a number) are returned.
    static func answers(from form: [String: String], model: MaturityModel) -> (answers: [String: ThemeAnswer], problems: [String]) {
        var answers: [String: ThemeAnswer] = [:]
        var problems: [String] = []
        for theme in model.themes {
            func field(_ name: String) -> String { (form["\(name)_\(theme.code)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
            let scoreText = field("score")
            let score: ThemeScore
            switch scoreText {
            case "": score = .none(reason: MaturityService.notYetAnswered)
            case "geen": score = .none(reason: field("reden"))
            default:
                guard let value = CampaignSheet.parseScore(scoreText) else {
                    problems.append("\(theme.name): '\(scoreText)' is geen score"); score = .none(reason: MaturityService.notYetAnswered); break
                }
                score = .scored(value)
            }
            answers[theme.code] = ThemeAnswer(
                score: score, evidence: field("onderbouwing"),
                links: field("links").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                strengths: field("sterk"), improvements: field("verbeter"), practices: field("praktijk"))
        }
        return (answers, problems)
    }
}
