import AccessDomain
import Fluent
import Foundation
import SQLKit

/// Users: creating them, changing role, name, password and status. Every change is checked against the rules of
/// the domain and lands together with its audit event.
public struct AccountService: Sendable {
    public let database: any Database
    public let passwords: PasswordHashing
    public static let module = "toegang"
    /// How long a password made by an admin (new account, reset) works. Before then the user must choose their own.
    public static let temporaryPasswordLifetime: TimeInterval = 72 * 3600

    /// Hashing runs on a thread pool; the pages pass the application's password service (`Request.passwordHashing`).
    public init(database: any Database, passwords: PasswordHashing = .standard) {
        self.database = database
        self.passwords = passwords
    }

    public struct NewUser: Sendable {
        public var email: String
        public var name: String
        public var organisationID: Int
        public var role: Role
        public var password: String
        /// A password made by an admin or the command line: it expires and must be changed at the first sign-in.
        public var temporary: Bool

        public init(email: String, name: String, organisationID: Int, role: Role, password: String, temporary: Bool = false) {
            self.email = email
            self.name = name
            self.organisationID = organisationID
            self.role = role
            self.password = password
            self.temporary = temporary
        }
    }

    public func createUser(_ new: NewUser, by actor: AuditActor, now: Date = Date()) async throws -> UserModel {
        var problems: [String] = []
        let email = EmailAddress.normalise(new.email)
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if !EmailAddress.isPlausible(email) { problems.append("geef een geldig e-mailadres") }
        if name.isEmpty { problems.append("geef een naam") }
        guard let organisation = try await OrganisationModel.find(new.organisationID, on: database) else {
            throw RefusedAction("die organisatie bestaat niet")
        }
        if !Role.available(for: organisation.type).contains(new.role) {
            problems.append("de rol \(new.role.label) bestaat niet in een organisatie van het type \(organisation.type.label)")
        }
        problems += PasswordPolicy().problems(new.password, email: email, name: name)
        if try await UserModel.query(on: database).filter(\.$email == email).first() != nil {
            problems.append("er bestaat al een account met dit e-mailadres")
        }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let hash = try await passwords.hash(new.password)
        let user = UserModel()
        user.organisationID = organisation.id!
        user.email = email
        user.name = name
        user.passwordHash = hash
        user.roleCode = new.role.rawValue
        user.createdAt = now
        user.passwordChangedAt = now
        user.temporaryPasswordExpiresAt = new.temporary ? now.addingTimeInterval(Self.temporaryPasswordLifetime) : nil
        try await database.transaction { db in
            try await user.create(on: db)
            try await AuditLog.record(.create, user, before: nil, module: Self.module,
                                      summary: "account \(email) aangemaakt bij \(organisation.code)", by: actor, on: db)
        }
        return user
    }

    /// Changes what is given; nil leaves a field as it is. Disabling ends the user's sessions and revokes their API
    /// tokens for good: enabling the account again does not bring them back.
    public func update(userID: Int, name: String? = nil, role: Role? = nil, disabled: Bool? = nil,
                       by actor: AuditActor) async throws -> UserModel {
        guard let user = try await UserModel.find(userID, on: database) else { throw RefusedAction("dit account bestaat niet") }
        let before = user.auditSnapshot
        let wasDisabled = user.isDisabled
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw RefusedAction("geef een naam") }
            user.name = trimmed
        }
        if let role {
            let organisation = try await OrganisationModel.find(user.organisationID, on: database)
            guard let organisation, Role.available(for: organisation.type).contains(role) else {
                throw RefusedAction("die rol bestaat niet in deze organisatie")
            }
            user.roleCode = role.rawValue
        }
        if let disabled { user.disabledAt = disabled ? (user.disabledAt ?? Date()) : nil }
        guard user.auditSnapshot != before else { return user }
        let disabling = user.isDisabled && !wasDisabled
        try await database.transaction { db in
            try await user.save(on: db)
            if user.isDisabled { try await SessionService(database: db).endAll(userID: userID) }
            try await AuditLog.record(.update, user, before: before, module: Self.module,
                                      summary: "account \(user.email) gewijzigd", by: actor, on: db)
            if disabling {
                try await TokenService(database: db).revokeAll(userID: userID, reason: "account uitgeschakeld", by: actor)
            }
        }
        return user
    }

    /// Sets a password the user chose (not temporary) after checking it against the policy; ends every session of the
    /// user except `keepSession`. API tokens stay: the user changed their own password, nobody took over the account.
    public func setPassword(userID: Int, to password: String, keepSession: String? = nil, by actor: AuditActor,
                            now: Date = Date()) async throws {
        let (user, before) = try await withNewPassword(userID: userID, password, now: now)
        user.temporaryPasswordExpiresAt = nil
        try await database.transaction { db in
            try await user.save(on: db)
            try await SessionService(database: db).endAll(userID: userID, except: keepSession)
            try await AuditLog.record(.update, user, before: before, module: Self.module,
                                      summary: "wachtwoord van \(user.email) gewijzigd", by: actor, on: db)
        }
    }

    /// The user with a new password hash after checking it against the policy, and their audit snapshot from before.
    private func withNewPassword(userID: Int, _ password: String, now: Date) async throws -> (UserModel, [String: String]) {
        guard let user = try await UserModel.find(userID, on: database) else { throw RefusedAction("dit account bestaat niet") }
        let problems = PasswordPolicy().problems(password, email: user.email, name: user.name)
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let before = user.auditSnapshot
        user.passwordHash = try await passwords.hash(password)
        user.passwordChangedAt = now
        return (user, before)
    }

    /// A reset by an admin or the command line: sets the password (temporary unless the operator typed it), ends
    /// every session of the user and revokes all their API tokens, in one transaction. Returns how many tokens went.
    @discardableResult
    public func resetPassword(userID: Int, to password: String, temporary: Bool = true, by actor: AuditActor,
                              now: Date = Date()) async throws -> Int {
        let (user, before) = try await withNewPassword(userID: userID, password, now: now)
        user.temporaryPasswordExpiresAt = temporary ? now.addingTimeInterval(Self.temporaryPasswordLifetime) : nil
        return try await database.transaction { db in
            try await user.save(on: db)
            try await SessionService(database: db).endAll(userID: userID)
            try await AuditLog.record(.update, user, before: before, module: Self.module,
                                      summary: "wachtwoord van \(user.email) opnieuw ingesteld", by: actor, on: db)
            return try await TokenService(database: db).revokeAll(userID: userID, reason: "wachtwoord opnieuw ingesteld", by: actor, now: now)
        }
    }

    /// Checks the current password, then sets the new one: for the "my account" page. A temporary password must be
    /// replaced by another one.
    public func changeOwnPassword(userID: Int, current: String, new: String, keepSession: String?, by actor: AuditActor) async throws {
        guard let user = try await UserModel.find(userID, on: database) else { throw RefusedAction("dit account bestaat niet") }
        guard await passwords.verify(current, hash: user.passwordHash) else { throw RefusedAction("het huidige wachtwoord klopt niet") }
        if user.hasTemporaryPassword, new == current { throw RefusedAction("kies een ander wachtwoord dan het tijdelijke") }
        try await setPassword(userID: userID, to: new, keepSession: keepSession, by: actor)
    }

    public func user(email: String) async throws -> UserModel? {
        try await UserModel.query(on: database).filter(\.$email == EmailAddress.normalise(email)).first()
    }

    public func users(organisationID: Int? = nil) async throws -> [UserModel] {
        var query = UserModel.query(on: database)
        if let organisationID { query = query.filter(\.$organisationID == organisationID) }
        return try await query.sort(\.$email).all()
    }

    /// The principal a user acts as, or nil when the user is unknown or disabled, or their organisation inactive.
    /// One query: it runs on every request of a signed-in user or a script.
    public func principal(userID: Int, credential: Principal.Credential) async throws -> Principal? {
        try await actingUser(userID: userID, credential: credential)?.principal
    }

    /// The principal, and until when the user's password is a temporary one (nil: their own). Same single query.
    public func actingUser(userID: Int, credential: Principal.Credential) async throws
        -> (principal: Principal, temporaryPasswordExpiresAt: Date?)? {
        guard let row = try await database.sql.select()
            .column(SQLColumn("name", table: "users"), as: "user_name")
            .column(SQLColumn("role", table: "users"), as: "role")
            .column(SQLColumn("temporary_password_expires_at", table: "users"), as: "temporary_until")
            .column(SQLColumn("id", table: "organisations"), as: "organisation_id")
            .column(SQLColumn("code", table: "organisations"), as: "organisation_code")
            .column(SQLColumn("type", table: "organisations"), as: "organisation_type")
            .from("users")
            .join("organisations", on: SQLColumn("organisation_id", table: "users"), .equal, SQLColumn("id", table: "organisations"))
            .where(SQLColumn("id", table: "users"), .equal, SQLBind(userID))
            .where(SQLColumn("disabled_at", table: "users"), .is, SQLLiteral.null)
            .where(SQLColumn("active", table: "organisations"), .equal, SQLBind(true))
            .first()
        else { return nil }
        let principal = Principal(
            userID: userID, userName: try row.decode(column: "user_name", as: String.self),
            organisationID: try row.decode(column: "organisation_id", as: Int.self),
            organisationCode: try row.decode(column: "organisation_code", as: String.self),
            organisationType: OrganisationType(rawValue: try row.decode(column: "organisation_type", as: String.self)) ?? .partner,
            role: Role(rawValue: try row.decode(column: "role", as: String.self)) ?? .viewer, credential: credential)
        return (principal, try row.decode(column: "temporary_until", as: Date?.self))
    }
}
