import Foundation

/// The labels of LPDC's code lists (themes, target groups, authority levels, product types) in Dutch and English,
/// from `Resources/rechten/vocabularium.json`. A code that is not listed keeps its own name, split into words.
public struct RightsVocabulary: Sendable {
    public struct Label: Codable, Sendable, Hashable {
        public let nl: String
        public let en: String
        public func text(_ language: String) -> String { language == "en" ? en : nl }
    }

    public let themes: [(code: String, label: Label)]
    public let targetGroups: [(code: String, label: Label)]
    public let authorityLevels: [(code: String, label: Label)]
    public let productTypes: [(code: String, label: Label)]

    public static let shared: RightsVocabulary = load()

    public func theme(_ code: String, _ language: String) -> String { Self.label(code, in: themes, language) }
    public func targetGroup(_ code: String, _ language: String) -> String { Self.label(code, in: targetGroups, language) }
    public func authorityLevel(_ code: String, _ language: String) -> String { Self.label(code, in: authorityLevels, language) }
    public func productType(_ code: String, _ language: String) -> String { Self.label(code, in: productTypes, language) }

    static func label(_ code: String, in list: [(code: String, label: Label)], _ language: String) -> String {
        if let found = list.first(where: { $0.code == code }) { return found.label.text(language) }
        return spelledOut(code)
    }

    /// `WelzijnGezondheid` → "Welzijn gezondheid": a code nobody labelled still reads as words.
    public static func spelledOut(_ code: String) -> String {
        var words: [String] = []
        var current = ""
        for character in code {
            if character.isUppercase, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        guard let first = words.first else { return code }
        return ([first] + words.dropFirst().map { $0.lowercased() }).joined(separator: " ")
    }

    private struct File: Decodable {
        let themes: [String: Label]
        let targetGroups: [String: Label]
        let authorityLevels: [String: Label]
        let productTypes: [String: Label]
    }

    /// The file's order is lost in a JSON object: lists are sorted by their Dutch label.
    static func load() -> RightsVocabulary {
        guard let url = RightsResources.url("vocabularium", "json"), let data = try? Data(contentsOf: url),
              let file = try? JSONDecoder().decode(File.self, from: data) else {
            return RightsVocabulary(themes: [], targetGroups: [], authorityLevels: [], productTypes: [])
        }
        func sorted(_ map: [String: Label]) -> [(code: String, label: Label)] {
            map.map { (code: $0.key, label: $0.value) }.sorted { $0.label.nl < $1.label.nl }
        }
        return RightsVocabulary(themes: sorted(file.themes), targetGroups: sorted(file.targetGroups),
                                authorityLevels: sorted(file.authorityLevels), productTypes: sorted(file.productTypes))
    }
}

/// Where the Rechtenverkenner's data files are in the module's bundle.
enum RightsResources {
    static func url(_ name: String, _ ext: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/rechten")
            ?? Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "rechten")
    }
}
