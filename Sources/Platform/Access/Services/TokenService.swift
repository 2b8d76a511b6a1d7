import AccessDomain
import Fluent
import Foundation
import SQLKit

/// API tokens: created for one user with a scope, shown once, stored as a fingerprint, revocable, with a last-used time.
public struct TokenService: Sendable {
    public let database: any Database
    /// Recognisable in logs and secret scanners, and tells a token apart from a session cookie.
    public static let prefix = "sbt_"

    public init(database: any Database) { self.database = database }

    /// Returns the token's record and its secret; the secret exists only in this return value.
    public func create(userID: Int, name: String, scope: TokenScope, expiresAt: Date? = nil,
                       by actor: AuditActor) async throws -> (token: APITokenModel, secret: String) {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 100 else { throw RefusedAction("geef de sleutel een naam (hoogstens 100 tekens)") }
        guard try await UserModel.find(userID, on: database) != nil else { throw RefusedAction("dit account bestaat niet") }
        let secret = Self.prefix + Secrets.random()
        let token = APITokenModel()
        token.userID = userID
        token.name = trimmed
        token.tokenHash = Secrets.fingerprint(secret)
        token.hint = String(secret.prefix(Self.prefix.count + 6))
        token.scopeCode = scope.rawValue
        token.createdAt = Date()
        token.expiresAt = expiresAt
        try await database.transaction { db in
            try await token.create(on: db)
            try await AuditLog.record(.create, token, before: nil, module: AccountService.module,
                                      summary: "API-sleutel \(token.hint)… aangemaakt", by: actor, on: db)
        }
        return (token, secret)
    }

    /// The token for a secret if it can be used now; records when it was used (at most once a minute).
    public func authenticate(secret: String, now: Date = Date()) async throws -> APITokenModel? {
        guard secret.hasPrefix(Self.prefix) else { return nil }
        guard let token = try await APITokenModel.query(on: database)
            .filter(\.$tokenHash == Secrets.fingerprint(secret)).first(), token.isUsable(at: now)
        else { return nil }
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            try await database.sql.update("api_tokens").set("last_used_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(token.id!)).run()
            token.lastUsedAt = now
        }
        return token
    }

    public func revoke(tokenID: Int, by actor: AuditActor) async throws {
        guard let token = try await APITokenModel.find(tokenID, on: database) else { throw RefusedAction("deze sleutel bestaat niet") }
        guard token.revokedAt == nil else { return }
        let before = token.auditSnapshot
        token.revokedAt = Date()
        try await database.transaction { db in
            try await token.save(on: db)
            try await AuditLog.record(.update, token, before: before, module: AccountService.module,
                                      summary: "API-sleutel \(token.hint)… ingetrokken", by: actor, on: db)
        }
    }

    /// Revokes every usable token of a user, each with its audit event; returns how many. Call it on the transaction
    /// of the change that causes it (a reset, disabling), so both land together.
    @discardableResult
    public func revokeAll(userID: Int, reason: String, by actor: AuditActor, now: Date = Date()) async throws -> Int {
        let live = try await APITokenModel.query(on: database).filter(\.$userID == userID).filter(\.$revokedAt == nil).all()
        for token in live {
            let before = token.auditSnapshot
            token.revokedAt = now
            try await token.save(on: database)
            try await AuditLog.record(.update, token, before: before, module: AccountService.module,
                                      summary: "API-sleutel \(token.hint)… ingetrokken (\(reason))", by: actor, on: database)
        }
        return live.count
    }

    public func tokens(userID: Int? = nil) async throws -> [APITokenModel] {
        var query = APITokenModel.query(on: database)
        if let userID { query = query.filter(\.$userID == userID) }
        return try await query.sort(\.$createdAt, .descending).all()
    }

    public func token(id: Int) async throws -> APITokenModel? { try await APITokenModel.find(id, on: database) }
}
