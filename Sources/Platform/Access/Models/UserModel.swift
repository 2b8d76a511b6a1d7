import AccessDomain
import Fluent
import Foundation

public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "organisation_id") public var organisationID: Int
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "role") public var roleCode: String
    @OptionalField(key: "disabled_at") public var disabledAt: Date?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "password_changed_at") public var passwordChangedAt: Date
    /// Set while the password is one an admin made (new account, reset): it must be changed at the first sign-in
    /// and stops working at this moment. Nil for a password the user chose.
    @OptionalField(key: "temporary_password_expires_at") public var temporaryPasswordExpiresAt: Date?

    public init() {}

    public var role: Role { Role(rawValue: roleCode) ?? .viewer }
    public var isDisabled: Bool { disabledAt != nil }
    public var hasTemporaryPassword: Bool { temporaryPasswordExpiresAt != nil }
}

extension UserModel: Auditable {
    public static let auditEntityType = "gebruiker"
    public var auditID: String { id.map(String.init) ?? "" }
    /// The password hash never enters the trail; its change date does, so a reset is visible.
    public var auditSnapshot: [String: String] {
        ["e-mail": email, "naam": name, "rol": roleCode, "organisatie": String(organisationID),
         "uitgeschakeld": disabledAt == nil ? "nee" : "ja",
         "wachtwoord gewijzigd op": ISO8601DateFormatter().string(from: passwordChangedAt),
         "tijdelijk wachtwoord tot": temporaryPasswordExpiresAt.map { ISO8601DateFormatter().string(from: $0) } ?? ""]
    }
}
