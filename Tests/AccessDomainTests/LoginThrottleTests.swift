import AccessDomain
import Foundation
import Testing

@Suite("Login throttling")
struct LoginThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let throttle = LoginThrottle(accountLimit: 5, addressLimit: 20, window: 900, lockout: 900)

    func failures(_ count: Int, every seconds: TimeInterval) -> [Date] {
        (0..<count).map { start.addingTimeInterval(Double($0) * seconds) }
    }

    @Test func fourFailuresLeaveTheAccountOpen() {
        #expect(throttle.decide(accountFailures: failures(4, every: 10), addressFailures: [], now: start.addingTimeInterval(50)) == .allowed)
    }

    @Test func theFifthFailureLocksForTheLockoutPeriod() {
        let fails = failures(5, every: 10)
        let now = start.addingTimeInterval(45)
        #expect(throttle.decide(accountFailures: fails, addressFailures: [], now: now) == .locked(until: start.addingTimeInterval(40 + 900)))
        // Open again once the lockout after the last failure has passed.
        #expect(throttle.decide(accountFailures: fails, addressFailures: [], now: start.addingTimeInterval(40 + 901)) == .allowed)
    }

    @Test func failuresSpreadBeyondTheWindowDoNotLock() {
        #expect(throttle.decide(accountFailures: failures(5, every: 300), addressFailures: [], now: start.addingTimeInterval(1300)) == .allowed)
    }

    @Test func anAddressIsLockedAfterManyFailuresAcrossAccounts() {
        let now = start.addingTimeInterval(200)
        #expect(throttle.decide(accountFailures: [], addressFailures: failures(19, every: 5), now: now) == .allowed)
        #expect(throttle.decide(accountFailures: [], addressFailures: failures(20, every: 5), now: now) == .locked(until: start.addingTimeInterval(95 + 900)))
    }
}
