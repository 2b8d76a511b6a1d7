import Platform
import CijfersDomain
import Fluent

final class ThemeModel: Model, @unchecked Sendable {
    static let schema = "themes"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @OptionalField(key: "parent_code") var parentCode: String?
    @Field(key: "sequence") var sequence: Int

    init() {}

    init(_ theme: Theme) {
        update(from: theme)
    }

    func update(from theme: Theme) {
        code = theme.code
        name = theme.name
        parentCode = theme.parentCode
        sequence = theme.sequence
    }

    var domain: Theme { Theme(code: code, name: name, parentCode: parentCode, sequence: sequence) }
}
