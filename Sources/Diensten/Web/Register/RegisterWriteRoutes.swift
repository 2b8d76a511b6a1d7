import AccessDomain
import Platform

/// The write routes of the register part. Every change to a city's register is for editors (or higher) of that
/// city: the organisation is always the member's own, never one named in the path. Marking a Kenniscentrum
/// activity as a template is for Kenniscentrum editors; copying a template lands in the copier's own register.
extension WriteRoute {
    static let registerEditor = AccessRule.member(.editor)

    public static let registerCreate = WriteRoute("register.create", RegisterPath.Route.newActivity.pattern, rule: registerEditor,
                                                  target: .ownOrganisation, maximumBody: "256kb")
    public static let registerEdit = WriteRoute("register.edit", RegisterPath.Route.edit.pattern, rule: registerEditor,
                                                target: .ownOrganisation, maximumBody: "256kb")
    public static let registerDPIA = WriteRoute("register.dpia", RegisterPath.Route.dpia.pattern, rule: registerEditor, target: .ownOrganisation)
    public static let registerPublish = WriteRoute("register.publish", RegisterPath.Route.publish.pattern, rule: registerEditor, target: .ownOrganisation)
    public static let registerTemplate = WriteRoute("register.template", RegisterPath.Route.template.pattern, rule: .kenniscentrum(.editor))
    public static let registerCopyTemplate = WriteRoute("register.copyTemplate", RegisterPath.Route.copyTemplate.pattern, rule: registerEditor,
                                                        target: .ownOrganisation)
    public static let registerRequestNew = WriteRoute("register.requestNew", RegisterPath.Route.newRequest.pattern, rule: registerEditor,
                                                      target: .ownOrganisation)
    public static let registerRequestExtend = WriteRoute("register.requestExtend", RegisterPath.Route.extendRequest.pattern, rule: registerEditor,
                                                         target: .ownOrganisation)
    public static let registerRequestStatus = WriteRoute("register.requestStatus", RegisterPath.Route.requestStatus.pattern, rule: registerEditor,
                                                         target: .ownOrganisation)
    public static let registerBreachNew = WriteRoute("register.breachNew", RegisterPath.Route.newBreach.pattern, rule: registerEditor,
                                                     target: .ownOrganisation, maximumBody: "128kb")
    public static let registerBreachDecide = WriteRoute("register.breachDecide", RegisterPath.Route.breach.pattern, rule: registerEditor,
                                                        target: .ownOrganisation, maximumBody: "128kb")
    public static let registerSettings = WriteRoute("register.settings", RegisterPath.Route.settings.pattern, rule: registerEditor,
                                                    target: .ownOrganisation)

    static let register: [WriteRoute] = [
        .registerCreate, .registerEdit, .registerDPIA, .registerPublish, .registerTemplate, .registerCopyTemplate, .registerRequestNew,
        .registerRequestExtend, .registerRequestStatus, .registerBreachNew, .registerBreachDecide, .registerSettings,
    ]
}
