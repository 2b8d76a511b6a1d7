import AccessDomain
import Fluent
import Foundation

public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "user_id") public var userID: Int
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "hint") public var hint: String
    @Field(key: "scope") public var scopeCode: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "expires_at") public var expiresAt: Date?
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?

    public init() {}

    public var scope: TokenScope { TokenScope(rawValue: scopeCode) ?? .read }

    public func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
    }
}

extension APITokenModel: Auditable {
    public static let auditEntityType = "API-sleutel"
    public var auditID: String { id.map(String.init) ?? "" }
    public var auditSnapshot: [String: String] {
        ["naam": name, "gebruiker": String(userID), "bereik": scopeCode, "begin": hint,
         "ingetrokken": revokedAt == nil ? "nee" : "ja"]
    }
}
