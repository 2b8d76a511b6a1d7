import DienstenDomain
import Foundation
import Platform
import Vapor

/// The answers of the rights API.
enum RightsAPI {
    struct ListDTO: Content {
        var items: [ItemDTO]
    }

    /// One right in a list.
    struct ItemDTO: Content {
        /// The `isVersionOf` IRI.
        var id: String
        /// The IRI of the snapshot held.
        var snapshot: String
        var key: String
        /// The Dutch name (the plain, informal, formal or generated variant, whichever is there).
        var name: String
        /// Every language variant of the name.
        var names: [String: String]
        var kind: String
        var scope: String
        var productNumber: String?
        var themes: [String]
        var targetAudiences: [String]
        /// NIS codes; nil (JSON null) when the right applies everywhere.
        var municipalities: [String]?
        var generatedAt: String
        var url: String
        var api: String

        init(_ right: StoredRight, base: String) {
            let service = right.service
            id = service.id
            snapshot = service.snapshot
            key = right.key
            name = service.name.text("nl") ?? right.key
            names = service.name.variants
            kind = service.kind.rawValue
            scope = right.scope.rawValue
            productNumber = service.productNumber
            themes = service.themes
            targetAudiences = service.targetAudiences
            municipalities = right.municipalities
            generatedAt = service.generatedAt
            url = base + RightsAPI.pagePath(right.key)
            api = base + RightsAPIPath.right(right.key).path
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(snapshot, forKey: .snapshot)
            try container.encode(key, forKey: .key)
            try container.encode(name, forKey: .name)
            try container.encode(names, forKey: .names)
            try container.encode(kind, forKey: .kind)
            try container.encode(scope, forKey: .scope)
            try container.encode(productNumber, forKey: .productNumber)
            try container.encode(themes, forKey: .themes)
            try container.encode(targetAudiences, forKey: .targetAudiences)
            try container.encode(municipalities, forKey: .municipalities) // null when everywhere, not left out
            try container.encode(generatedAt, forKey: .generatedAt)
            try container.encode(url, forKey: .url)
            try container.encode(api, forKey: .api)
        }
    }

    /// One right whole: every field of the snapshot (`PublicService`), and beside them its key, scope, the
    /// municipalities it applies to (null: everywhere), when it was imported and its page.
    struct RightDTO: Content {
        var right: StoredRight
        var base: String

        enum Extra: String, CodingKey {
            case key, scope, municipalities, importedAt, url
        }

        init(_ right: StoredRight, base: String) {
            self.right = right
            self.base = base
        }

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "an answer, not read back"))
        }

        func encode(to encoder: any Encoder) throws {
            try right.service.encode(to: encoder)
            var container = encoder.container(keyedBy: Extra.self)
            try container.encode(right.key, forKey: .key)
            try container.encode(right.scope.rawValue, forKey: .scope)
            try container.encode(right.municipalities, forKey: .municipalities)
            try container.encode(ISO8601DateFormatter().string(from: right.importedAt), forKey: .importedAt)
            try container.encode(base + RightsAPI.pagePath(right.key), forKey: .url)
        }
    }

    /// The page of a right.
    static func pagePath(_ key: String) -> String {
        RightsPath.right(key).path
    }
}
