import AccessDomain
import Fluent
import Foundation
import SQLKit

/// Checks a login against the throttle and the password. The answers never reveal whether an account exists:
/// unknown addresses are throttled like real ones and cost the same Bcrypt check.
public struct SignInService: Sendable {
    public let database: any Database
    public let throttle: LoginThrottle
    public let passwords: PasswordHashing

    public init(database: any Database, throttle: LoginThrottle = LoginThrottle(), passwords: PasswordHashing = .standard) {
        self.database = database
        self.throttle = throttle
        self.passwords = passwords
    }

    public enum Outcome: Sendable, Equatable {
        case signedIn(userID: Int)
        /// The password matched but is a temporary one: the session may only change it (and sign out).
        case mustChangePassword(userID: Int)
        /// The password matched but was a temporary one past its time. Said only to whoever typed it correctly.
        case temporaryPasswordExpired
        case refused
        case locked(until: Date)
    }

    public func signIn(email: String, password: String, address: String, now: Date = Date()) async throws -> Outcome {
        let account = EmailAddress.normalise(email)
        let accountFailures = try await failures(column: "account", value: account, now: now)
        let addressFailures = try await failures(column: "address", value: address, now: now)
        let decision = throttle.decide(accountFailures: accountFailures, addressFailures: addressFailures, now: now)
        // While locked, attempts are not checked and not counted: the lock ends when it said it would.
        if case .locked(let until) = decision { return .locked(until: until) }
        let user = try await UserModel.query(on: database).filter(\.$email == account).first()
        let passwordMatches = await passwords.verify(password, hash: user?.passwordHash)
        let organisationActive: Bool
        if let user, passwordMatches, !user.isDisabled {
            organisationActive = try await OrganisationModel.find(user.organisationID, on: database)?.active ?? false
        } else {
            organisationActive = false
        }
        let accepted = user != nil && passwordMatches && user?.isDisabled == false && organisationActive
        let expired = accepted && (user?.temporaryPasswordExpiresAt.map { $0 <= now } ?? false)
        let succeeded = accepted && !expired
        try await database.sql.insert(into: "login_attempts")
            .columns("account", "address", "succeeded", "attempted_at")
            .values(SQLBind(account), SQLBind(address), SQLBind(succeeded), SQLBind(now))
            .run()
        if expired { return .temporaryPasswordExpired }
        guard succeeded, let user, let id = user.id else {
            // This failure may be the one that closes the key; say so at once.
            let after = throttle.decide(accountFailures: accountFailures + [now], addressFailures: addressFailures + [now], now: now)
            if case .locked(let until) = after { return .locked(until: until) }
            return .refused
        }
        return user.hasTemporaryPassword ? .mustChangePassword(userID: id) : .signedIn(userID: id)
    }

    /// Forgets attempts that can no longer lock anything (kept a day, for whoever looks into an incident).
    public func purgeAttempts(now: Date = Date()) async throws {
        try await database.sql.delete(from: "login_attempts")
            .where("attempted_at", .lessThan, SQLBind(now.addingTimeInterval(-max(throttle.lookBack, 86_400))))
            .run()
    }

    /// Failed attempts for a key since its last success, within the period that can still matter.
    private func failures(column: String, value: String, now: Date) async throws -> [Date] {
        let sql = database.sql
        let since = now.addingTimeInterval(-throttle.lookBack)
        let rows = try await sql.select().columns("attempted_at", "succeeded").from("login_attempts")
            .where(SQLIdentifier(column), .equal, SQLBind(value))
            .where("attempted_at", .greaterThan, SQLBind(since))
            .orderBy("attempted_at", .ascending)
            .all()
        var failures: [Date] = []
        for row in rows {
            if try row.decode(column: "succeeded", as: Bool.self) {
                // Only the account key is reset by a success: one good login must not open an attacker's address.
                if column == "account" { failures.removeAll() }
            } else {
                failures.append(try row.decode(column: "attempted_at", as: Date.self))
            }
        }
        return failures
    }
}
