import AccessDomain
import Platform

/// The write routes of screening. Screening itself is open to anyone and stores nothing; saving, and deleting, a
/// case needs a signed-in member (the case belongs to their organisation: the handler checks it); the rules are
/// changed by Kenniscentrum editors and platform admins.
extension WriteRoute {
    static let screeningScreen = WriteRoute("screening.screen", ScreeningPath.Route.screen.pattern, rule: .anyone)
    static let screeningSaveCase = WriteRoute("screening.saveCase", ScreeningPath.Route.cases.pattern, rule: .signedIn)
    static let screeningDeleteCase = WriteRoute("screening.deleteCase", ScreeningPath.Route.deleteCase.pattern, rule: .signedIn)
    static let screeningEditRules = WriteRoute(
        "screening.editRules", ScreeningPath.Route.editRules.pattern, rule: .kenniscentrum(.editor), maximumBody: "512kb")

    static let screening: [WriteRoute] = [.screeningScreen, .screeningSaveCase, .screeningDeleteCase, .screeningEditRules]
}
