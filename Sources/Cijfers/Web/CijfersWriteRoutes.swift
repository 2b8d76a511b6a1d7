import AccessDomain
import Platform
import Vapor

/// The write routes of the Cijfers pillar: the import API and the access groups that reserve data.
extension WriteRoute {
    /// An import over the API lands in what the token owner's organisation owns; the upload may be large.
    public static let importData = WriteRoute(
        "importData", APIPath.Route.imports.pattern, rule: .member(.editor), target: .ownOrganisation, isAPI: true,
        streamsUpload: true, maximumBody: "512mb")
    public static let createAccessGroup = WriteRoute("createAccessGroup", AccessPath.Route.accessGroups.pattern, rule: .platformAdmin)
    public static let updateAccessGroup = WriteRoute("updateAccessGroup", AccessPath.Route.accessGroup.pattern, rule: .platformAdmin)
    public static let deleteAccessGroup = WriteRoute(
        "deleteAccessGroup", AccessPath.Route.deleteAccessGroup.pattern, rule: .platformAdmin)

    static let cijfers: [WriteRoute] = [.importData, .createAccessGroup, .updateAccessGroup, .deleteAccessGroup]
}
