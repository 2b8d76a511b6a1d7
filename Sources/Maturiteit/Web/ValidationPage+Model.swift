import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// The Kenniscentrum's validation of a submitted self-evaluation: after the talks, a validated score per theme
/// beside the organisation's own (both kept), with a note; or the evaluation goes back to the organisation.
struct ValidationPageModel {
    let visible: VisibleCampaign
    let organisation: MaturityOrganisation
    let evaluation: StoredEvaluation
    var scores: [String: (score: Double?, note: String)]
    let csrf: String
    let language: SiteLanguage
    var problems: [String] = []

    static func load(_ request: Request, visible: VisibleCampaign? = nil) async throws -> ValidationPageModel {
        let visible = if let visible { visible } else { try await VisibleCampaign.load(request) }
        guard visible.mayManage else { throw Abort(.forbidden, reason: "alleen het Kenniscentrum valideert zelfevaluaties") }
        let organisation = try visible.organisationInPath(request)
        guard let evaluation = visible.data.evaluation(of: organisation.id), evaluation.status != .draft else {
            throw Abort(.notFound, reason: "deze organisatie heeft haar zelfevaluatie nog niet ingediend")
        }
        return ValidationPageModel(visible: visible, organisation: organisation, evaluation: evaluation,
                                   scores: evaluation.answers.mapValues { ($0.validated, $0.validationNote) },
                                   csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// `gevalideerd_<thema>`: a score or empty (no validated score); `opmerking_<thema>`: a note.
    static func scores(from form: [String: String], model: MaturityModel) -> (scores: [String: (score: Double?, note: String)], problems: [String]) {
        var scores: [String: (score: Double?, note: String)] = [:]
        var problems: [String] = []
        for theme in model.themes {
            let text = (form["gevalideerd_\(theme.code)"] ?? "").trimmingCharacters(in: .whitespaces)
            let note = form["opmerking_\(theme.code)"] ?? ""
            if text.isEmpty { scores[theme.code] = (nil, note); continue }
            guard let value = CampaignSheet.parseScore(text) else { problems.append("\(theme.name): '\(text)' is geen score"); continue }
            scores[theme.code] = (value, note)
        }
        return (scores, problems)
    }
}
