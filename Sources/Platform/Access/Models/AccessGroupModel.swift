import Fluent
import Foundation

public final class AccessGroupModel: Model, @unchecked Sendable {
    public static let schema = "access_groups"

    @ID(custom: "id", generatedBy: .database) public var id: Int?
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "description") public var description: String

    public init() {}
}
