import AccessDomain
import Fluent
import Foundation

public final class OrganisationModel: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "type") public var typeCode: String
    @OptionalField(key: "area_code") public var areaCode: String?
    @Field(key: "active") public var active: Bool
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    public var type: OrganisationType { OrganisationType(rawValue: typeCode) ?? .partner }
}

extension OrganisationModel: Auditable {
    public static let auditEntityType = "organisatie"
    public var auditID: String { id.map(String.init) ?? "" }
    public var auditSnapshot: [String: String] {
        ["code": code, "naam": name, "type": typeCode, "gebiedscode": areaCode ?? "", "actief": active ? "ja" : "nee"]
    }
}
