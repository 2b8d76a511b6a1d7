import Platform
import CijfersDomain
import Fluent

final class AreaLevelModel: Model, @unchecked Sendable {
    static let schema = "area_levels"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "sort_order") var sortOrder: Int
    @Field(key: "kind") var kind: String

    init() {}

    init(_ level: AreaLevel) {
        code = level.code
        name = level.name
        sortOrder = level.order
        kind = level.kind.rawValue
    }

    var domain: AreaLevel {
        AreaLevel(code: code, name: name, order: sortOrder, kind: AreaLevel.Kind(rawValue: kind) ?? .geographic)
    }
}
