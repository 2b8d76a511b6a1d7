import AccessDomain
import Platform
import Vapor

/// The write routes of the Kennis pillar. Any signed-in member proposes a good practice (the service refuses other
/// kinds to non-editors and checks authorship per item); Kenniscentrum editors publish, withdraw and run the
/// newsletter. Visitors register for events and (un)subscribe: those routes are open, and the signed links carry
/// the authority. One-click unsubscribe comes from mail programs without a session, so it takes no CSRF token.
extension WriteRoute {
    static let kennisEditor = AccessRule.kenniscentrum(.editor)

    public static let kennisCreate = WriteRoute("kennis.create", KennisPath.Route.newItem.pattern, rule: .signedIn, maximumBody: "512kb")
    public static let kennisEdit = WriteRoute("kennis.edit", KennisPath.Route.edit.pattern, rule: .signedIn, maximumBody: "512kb")
    public static let kennisStep = WriteRoute("kennis.step", KennisPath.Route.step.pattern, rule: .signedIn)
    public static let kennisUpload = WriteRoute(
        "kennis.upload", KennisPath.Route.upload.pattern, rule: .signedIn, streamsUpload: true, maximumBody: "26mb")
    public static let kennisRemoveFile = WriteRoute("kennis.removeFile", KennisPath.Route.removeFile.pattern, rule: .signedIn)
    public static let kennisRegister = WriteRoute("kennis.register", KennisPath.Route.register.pattern, rule: .anyone)
    public static let kennisCancelRegistration = WriteRoute(
        "kennis.cancelRegistration", KennisPath.Route.cancelRegistration.pattern, rule: .anyone)
    public static let kennisSubscribe = WriteRoute("kennis.subscribe", KennisPath.Route.subscribe.pattern, rule: .anyone)
    public static let kennisConfirm = WriteRoute("kennis.confirm", KennisPath.Route.confirmSubscription.pattern, rule: .anyone)
    public static let kennisUnsubscribe = WriteRoute(
        "kennis.unsubscribe", KennisPath.Route.unsubscribe.pattern, rule: .anyone, isAPI: true)
    public static let kennisNewsletterNew = WriteRoute(
        "kennis.newsletterNew", KennisPath.Route.newsletterNew.pattern, rule: kennisEditor, maximumBody: "128kb")
    public static let kennisNewsletterEdit = WriteRoute(
        "kennis.newsletterEdit", KennisPath.Route.newsletterEdit.pattern, rule: kennisEditor, maximumBody: "128kb")
    public static let kennisNewsletterSend = WriteRoute("kennis.newsletterSend", KennisPath.Route.newsletterSend.pattern, rule: kennisEditor)

    static let kennis: [WriteRoute] = [
        .kennisCreate, .kennisEdit, .kennisStep, .kennisUpload, .kennisRemoveFile, .kennisRegister, .kennisCancelRegistration,
        .kennisSubscribe, .kennisConfirm, .kennisUnsubscribe, .kennisNewsletterNew, .kennisNewsletterEdit, .kennisNewsletterSend,
    ]
}
