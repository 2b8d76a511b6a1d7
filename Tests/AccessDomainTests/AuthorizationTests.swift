import AccessDomain
import Testing

@Suite("Authorization of writes")
struct AuthorizationTests {
    func principal(_ role: Role, organisation: Int = 1, type: OrganisationType = .centrumstad,
                   credential: Principal.Credential = .session) -> Principal {
        Principal(userID: 10, userName: "An", organisationID: organisation, organisationCode: "gent",
                  organisationType: type, role: role, credential: credential)
    }

    @Test func anonymousMayOnlyDoWhatAnyoneMayDo() {
        #expect(Authorization.decide(.anyone, principal: nil, targetOrganisation: nil) == .allowed)
        for rule in [AccessRule.signedIn, .member(.viewer), .member(.editor), .platformAdmin] {
            #expect(Authorization.decide(rule, principal: nil, targetOrganisation: 1) == .signInRequired)
        }
    }

    @Test func editorsChangeOnlyTheirOwnOrganisation() {
        let editor = principal(.editor, organisation: 1)
        #expect(Authorization.decide(.member(.editor), principal: editor, targetOrganisation: 1) == .allowed)
        #expect(!Authorization.decide(.member(.editor), principal: editor, targetOrganisation: 2).isAllowed)
        #expect(!Authorization.decide(.member(.editor), principal: editor, targetOrganisation: nil).isAllowed)
        #expect(!Authorization.decide(.member(.organisationAdmin), principal: editor, targetOrganisation: 1).isAllowed)
        #expect(!Authorization.decide(.platformAdmin, principal: editor, targetOrganisation: 1).isAllowed)
    }

    @Test func viewersMayNotEdit() {
        #expect(!Authorization.decide(.member(.editor), principal: principal(.viewer), targetOrganisation: 1).isAllowed)
        #expect(Authorization.decide(.signedIn, principal: principal(.viewer), targetOrganisation: nil) == .allowed)
    }

    @Test func organisationAdminsIncludeEditors() {
        let admin = principal(.organisationAdmin, organisation: 3)
        #expect(Authorization.decide(.member(.editor), principal: admin, targetOrganisation: 3) == .allowed)
        #expect(Authorization.decide(.member(.organisationAdmin), principal: admin, targetOrganisation: 3) == .allowed)
        #expect(!Authorization.decide(.member(.organisationAdmin), principal: admin, targetOrganisation: 4).isAllowed)
    }

    @Test func platformAdminsMayDoEverything() {
        let admin = principal(.platformAdmin, organisation: 15, type: .kenniscentrum)
        for rule in [AccessRule.signedIn, .member(.organisationAdmin), .platformAdmin] {
            #expect(Authorization.decide(rule, principal: admin, targetOrganisation: 2) == .allowed)
        }
    }

    @Test func aPlatformAdminOutsideTheKenniscentrumCountsAsOrganisationAdmin() {
        let stray = principal(.platformAdmin, organisation: 1, type: .centrumstad)
        #expect(stray.role == .organisationAdmin)
        #expect(!Authorization.decide(.platformAdmin, principal: stray, targetOrganisation: 1).isAllowed)
    }

    @Test func readTokensMayNotWrite() {
        let reader = principal(.platformAdmin, type: .kenniscentrum, credential: .token(scope: .read))
        #expect(Authorization.decide(.signedIn, principal: reader, targetOrganisation: nil) == .denied("deze sleutel mag alleen lezen"))
        let writer = principal(.editor, credential: .token(scope: .write))
        #expect(Authorization.decide(.member(.editor), principal: writer, targetOrganisation: 1) == .allowed)
    }

    @Test func rolesOnOfferDependOnOrganisationAndActor() {
        #expect(!Role.available(for: .centrumstad).contains(.platformAdmin))
        #expect(Role.available(for: .kenniscentrum).contains(.platformAdmin))
        #expect(Role.assignable(by: .organisationAdmin, in: .kenniscentrum) == [.viewer, .editor, .organisationAdmin])
        #expect(Role.assignable(by: .platformAdmin, in: .kenniscentrum) == Role.allCases)
    }
}
