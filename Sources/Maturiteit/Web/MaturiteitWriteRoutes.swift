import AccessDomain
import MaturiteitDomain
import Platform
import Vapor

/// The write routes of the Maturiteit pillar. An organisation fills in only its own self-evaluation; the
/// Kenniscentrum runs the campaigns.
extension WriteRoute {
    public static let openCampaign = WriteRoute("openCampaign", MaturiteitPath.Route.newCampaign.pattern, rule: MaturityAccess.manageRule)
    public static let createModelVersion = WriteRoute(
        "createModelVersion", MaturiteitPath.Route.newModelVersion.pattern, rule: MaturityAccess.manageRule)
    public static let setCampaignStatus = WriteRoute(
        "setCampaignStatus", MaturiteitPath.Route.status.pattern, rule: MaturityAccess.manageRule)
    public static let importCampaign = WriteRoute(
        "importCampaign", MaturiteitPath.Route.importSheet.pattern, rule: MaturityAccess.manageRule,
        streamsUpload: true, maximumBody: "8mb")
    /// A self-evaluation carries free text for every theme.
    public static let saveEvaluation = WriteRoute(
        "saveEvaluation", MaturiteitPath.Route.evaluation.pattern, rule: .member(.editor),
        target: .organisationInPath, maximumBody: "1mb")
    public static let validateEvaluation = WriteRoute(
        "validateEvaluation", MaturiteitPath.Route.validation.pattern, rule: MaturityAccess.manageRule)
    public static let reopenEvaluation = WriteRoute(
        "reopenEvaluation", MaturiteitPath.Route.reopen.pattern, rule: MaturityAccess.manageRule)
    public static let saveRecommendation = WriteRoute(
        "saveRecommendation", MaturiteitPath.Route.recommendations.pattern, rule: MaturityAccess.manageRule)
    public static let saveWorkPackage = WriteRoute(
        "saveWorkPackage", MaturiteitPath.Route.workPackages.pattern, rule: MaturityAccess.manageRule)

    static let maturiteit: [WriteRoute] = [
        .openCampaign, .createModelVersion, .setCampaignStatus, .importCampaign, .saveEvaluation, .validateEvaluation,
        .reopenEvaluation, .saveRecommendation, .saveWorkPackage,
    ]
}
