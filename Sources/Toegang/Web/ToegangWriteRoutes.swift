import AccessDomain
import Platform
import Vapor

/// The write routes of accounts, organisations and administration.
extension WriteRoute {
    public static let signIn = WriteRoute("signIn", AccessPath.Route.signIn.pattern, rule: .anyone)
    public static let signOut = WriteRoute("signOut", AccessPath.Route.signOut.pattern, rule: .signedIn)
    public static let changePassword = WriteRoute("changePassword", AccessPath.Route.accountPassword.pattern, rule: .signedIn)
    public static let createToken = WriteRoute("createToken", AccessPath.Route.accountTokens.pattern, rule: .signedIn)
    public static let revokeToken = WriteRoute("revokeToken", AccessPath.Route.revokeToken.pattern, rule: .signedIn)
    public static let addMember = WriteRoute(
        "addMember", AccessPath.Route.members.pattern, rule: .member(.organisationAdmin), target: .organisationInPath)
    public static let updateMember = WriteRoute(
        "updateMember", AccessPath.Route.member.pattern, rule: .member(.organisationAdmin),
        target: .organisationInPath)
    public static let resetMemberPassword = WriteRoute(
        "resetMemberPassword", AccessPath.Route.memberPassword.pattern, rule: .member(.organisationAdmin),
        target: .organisationInPath)
    public static let createOrganisation = WriteRoute("createOrganisation", AccessPath.Route.organisations.pattern, rule: .platformAdmin)
    public static let updateOrganisation = WriteRoute("updateOrganisation", AccessPath.Route.organisation.pattern, rule: .platformAdmin)
    public static let createUser = WriteRoute("createUser", AccessPath.Route.users.pattern, rule: .platformAdmin)
    public static let updateUser = WriteRoute("updateUser", AccessPath.Route.user.pattern, rule: .platformAdmin)

    static let toegang: [WriteRoute] = [
        .signIn, .signOut, .changePassword, .createToken, .revokeToken, .addMember, .updateMember, .resetMemberPassword,
        .createOrganisation, .updateOrganisation, .createUser, .updateUser,
    ]
}
