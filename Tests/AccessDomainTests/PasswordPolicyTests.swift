import AccessDomain
import Testing

@Suite("Passwords and addresses")
struct PasswordPolicyTests {
    let policy = PasswordPolicy()

    @Test func acceptsALongPassphrase() {
        #expect(policy.problems("paars fietspad langs de Leie", email: "an@gent.be", name: "An Peeters").isEmpty)
    }

    @Test(arguments: [
        ("kort", "kies minstens 12 tekens"),
        ("aaaaaaaaaaaaaaa", "gebruik meer verschillende tekens"),
        ("mijnwachtwoord2024", "vermijd een veelgebruikt wachtwoord"),
        (String(repeating: "abcdefgh", count: 10), "kies hoogstens 72 bytes (ongeveer 72 letters)"),
    ])
    func refuses(password: String, reason: String) {
        #expect(policy.problems(password).contains(reason))
    }

    @Test func refusesTheAddressOrNameInsideThePassword() {
        #expect(policy.problems("xx-pieter.jans-2026", email: "pieter.jans@leuven.be").contains("gebruik je e-mailadres niet in je wachtwoord"))
        #expect(policy.problems("hallo-Griet-zomer", name: "Griet Maes").contains("gebruik je naam niet in je wachtwoord"))
    }

    @Test func addressesAreComparedNormalised() {
        #expect(EmailAddress.normalise("  An.Peeters@Gent.BE ") == "an.peeters@gent.be")
        #expect(EmailAddress.isPlausible("an@gent.be"))
        for bad in ["an", "an@", "@gent.be", "an@gent", "an peeters@gent.be", "an@@gent.be", "an@.be."] {
            #expect(!EmailAddress.isPlausible(bad), "\(bad)")
        }
    }

    @Test func organisationCodes() {
        #expect(OrganisationCode.problem("sint-niklaas") == nil)
        #expect(OrganisationCode.problem("Gent") != nil)
        #expect(OrganisationCode.problem("-gent") != nil)
        #expect(OrganisationCode.problem("") != nil)
        #expect(OrganisationCode.problem("a/b") != nil)
    }

    @Test func theFoundingMembersAreThirteenCitiesTheVGCAndTheKenniscentrum() {
        let founding = MemberOrganisation.founding
        #expect(founding.count == 15)
        #expect(founding.filter { $0.type == .centrumstad }.count == 13)
        #expect(founding.filter { $0.type == .centrumstad }.allSatisfy { $0.areaCode?.count == 5 })
        #expect(Set(founding.map(\.code)).count == 15)
    }
}
