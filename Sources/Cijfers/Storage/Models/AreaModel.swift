import Platform
import CijfersDomain
import Fluent

final class AreaModel: Model, @unchecked Sendable {
    static let schema = "areas"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "level_id") var levelID: Int
    @Field(key: "code") var code: String
    @Field(key: "short_name") var shortName: String
    @Field(key: "name") var name: String
    @Field(key: "sequence") var sequence: Int
    @OptionalField(key: "geometry") var geometry: String?

    init() {}
}
