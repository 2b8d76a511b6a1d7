import Foundation
import Testing

/// In CI the PostgreSQL tests are mandatory: without a server they fail here instead of being skipped.
@Suite("PostgreSQL is there in CI")
struct PostgresRequiredTests {
    @Test func postgresIsConfiguredInCI() async throws {
        guard ProcessInfo.processInfo.environment["CI"] == "true" else { return }
        #expect(TestDatabase.postgresURL != nil, "CI must set TEST_DATABASE_URL (see .ci/run)")
        #expect(TestDatabase.available.contains(.postgres))
    }
}
