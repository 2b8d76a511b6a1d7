import AccessDomain
import Platform
import Vapor

/// The write routes of the Plannen pillar: a city changes only its own plans. Organisation admins import, adopt,
/// publish, run the periods and name owners; editors update items they own (checked per item by `PlanAccess`).
extension WriteRoute {
    static let adminRule = AccessRule.member(.organisationAdmin)

    public static let importPlan = WriteRoute(
        "plannen.importPlan", PlannenPath.Route.importPlan.pattern, rule: adminRule, target: .organisationInPath,
        streamsUpload: true, maximumBody: "16mb")
    public static let apiImportPlan = WriteRoute(
        "plannen.apiImportPlan", PlannenAPIPath.Route.importPlan.pattern, rule: adminRule, target: .organisationInPath,
        isAPI: true, streamsUpload: true, maximumBody: "16mb")
    /// An update carries an explanation and links to evidence.
    public static let savePlanUpdate = WriteRoute(
        "plannen.saveUpdate", PlannenPath.Route.saveUpdate.pattern, rule: .member(.editor), target: .organisationInPath,
        maximumBody: "256kb")
    public static let savePlanOwners = WriteRoute(
        "plannen.saveOwners", PlannenPath.Route.saveOwners.pattern, rule: adminRule, target: .organisationInPath)
    public static let savePlanLinks = WriteRoute(
        "plannen.saveLinks", PlannenPath.Route.saveLinks.pattern, rule: adminRule, target: .organisationInPath)
    public static let savePlanIndicator = WriteRoute(
        "plannen.saveIndicator", PlannenPath.Route.saveIndicator.pattern, rule: adminRule, target: .organisationInPath)
    public static let adoptPlan = WriteRoute(
        "plannen.adopt", PlannenPath.Route.adopt.pattern, rule: adminRule, target: .organisationInPath)
    public static let publishPlan = WriteRoute(
        "plannen.publish", PlannenPath.Route.publish.pattern, rule: adminRule, target: .organisationInPath)
    public static let openPlanPeriod = WriteRoute(
        "plannen.openPeriod", PlannenPath.Route.openPeriod.pattern, rule: adminRule, target: .organisationInPath)
    public static let closePlanPeriod = WriteRoute(
        "plannen.closePeriod", PlannenPath.Route.closePeriod.pattern, rule: adminRule, target: .organisationInPath)
    public static let reopenPlanPeriod = WriteRoute(
        "plannen.reopenPeriod", PlannenPath.Route.reopenPeriod.pattern, rule: adminRule, target: .organisationInPath)
    public static let sendPlanReminders = WriteRoute(
        "plannen.sendReminders", PlannenPath.Route.sendReminders.pattern, rule: adminRule, target: .organisationInPath)

    static let plannen: [WriteRoute] = [
        .importPlan, .apiImportPlan, .savePlanUpdate, .savePlanOwners, .savePlanLinks, .savePlanIndicator, .adoptPlan,
        .publishPlan, .openPlanPeriod, .closePlanPeriod, .reopenPlanPeriod, .sendPlanReminders,
    ]
}
