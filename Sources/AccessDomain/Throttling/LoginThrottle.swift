import Foundation

/// Slows down password guessing: too many failed logins for one account, or from one address, within a window
/// close that key for a while. Accounts are keyed by the e-mail address typed, whether or not an account with that
/// address exists, so the answer never tells an attacker which addresses are real.
public struct LoginThrottle: Sendable {
    public var accountLimit: Int
    public var addressLimit: Int
    public var window: TimeInterval
    public var lockout: TimeInterval

    public init(accountLimit: Int = 5, addressLimit: Int = 20, window: TimeInterval = 15 * 60, lockout: TimeInterval = 15 * 60) {
        self.accountLimit = accountLimit
        self.addressLimit = addressLimit
        self.window = window
        self.lockout = lockout
    }

    public enum Decision: Sendable, Equatable {
        case allowed
        case locked(until: Date)
    }

    /// `accountFailures` and `addressFailures` are the times of failed attempts since the last success for that key.
    public func decide(accountFailures: [Date], addressFailures: [Date], now: Date) -> Decision {
        let until = [lockedUntil(accountFailures, limit: accountLimit, now: now),
                     lockedUntil(addressFailures, limit: addressLimit, now: now)].compactMap { $0 }.max()
        return until.map { .locked(until: $0) } ?? .allowed
    }

    /// The moment a key opens again, or nil when it is open: locked when `limit` failures fall within one window
    /// ending at the latest of them, for `lockout` after that latest failure.
    func lockedUntil(_ failures: [Date], limit: Int, now: Date) -> Date? {
        let recent = failures.filter { now.timeIntervalSince($0) < window + lockout }.sorted()
        guard recent.count >= limit else { return nil }
        for end in stride(from: recent.count - 1, through: limit - 1, by: -1) {
            let last = recent[end]
            if last.timeIntervalSince(recent[end - limit + 1]) <= window {
                let until = last.addingTimeInterval(lockout)
                return until > now ? until : nil
            }
        }
        return nil
    }

    /// How far back the attempts that can still matter go.
    public var lookBack: TimeInterval { window + lockout }
}
