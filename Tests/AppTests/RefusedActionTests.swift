import Testing
@testable import Maturiteit
@testable import Platform
import Vapor
import VaporTesting

/// Both pillars refuse an action with the same error, its reasons in Dutch as before.
@Suite("Refused actions")
struct RefusedActionTests {
    @Test func accountsAndMaturiteitRefuseWithOneType() async throws {
        try await withTestApp(.sqlite) { app in
            await #expect(throws: RefusedAction("dit account bestaat niet")) {
                try await AccountService(database: app.db).setPassword(userID: 999_999, to: "een lange zin voor de test", by: .commandLine)
            }
            let refusal = await #expect(throws: RefusedAction.self) {
                _ = try await MaturityService(database: app.db).openCampaign(
                    modelID: 999_999, code: "", name: "", moment: "", participants: [], by: .commandLine)
            }
            #expect(refusal?.problems.isEmpty == false)
            #expect(RefusedAction("geef een naam", field: "naam").problems(field: "naam") == ["geef een naam"])
        }
    }
}
