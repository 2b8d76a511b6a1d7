import Fluent
import Foundation
import KennisDomain
import Maturiteit
import Platform
import SQLKit

/// The shared topics content is tagged with (`Resources/kennis/onderwerpen.csv`), and the rules an item is checked
/// against: topics, the organisations in the database, the climate-governance themes of Maturiteit.
public enum KennisCatalog {
    /// The topics, read once from the bundled file.
    public static let topics: [KnowledgeTopic] = {
        guard let url = Bundle.module.url(forResource: "onderwerpen", withExtension: "csv", subdirectory: "Resources/kennis"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, !cells[0].isEmpty else { return nil }
            let cijfers = cells.count > 3 ? cells[3].split(separator: " ").map(String.init) : []
            return KnowledgeTopic(code: cells[0], name: Bilingual(nl: cells[1], en: cells[2]), cijfersThemes: cijfers)
        }
    }()

    public static func topic(_ code: String) -> KnowledgeTopic? { topics.first { $0.code == code } }

    /// The organisations (code → name), from the database.
    public static func organisations(on database: any Database) async throws -> [(code: String, name: String)] {
        try await database.sql.select().columns("code", "name").from("organisations").orderBy("name").all().map {
            (try $0.decode(column: "code", as: String.self), try $0.decode(column: "name", as: String.self))
        }
    }

    public static func rules(on database: any Database) async throws -> KnowledgeRules {
        let organisations = try await organisations(on: database).map(\.code)
        let themes = try await MaturiteitLinks.themes(on: database).map(\.code)
        return KnowledgeRules(topics: Set(topics.map(\.code)), cities: Set(organisations), maturityThemes: Set(themes))
    }

    /// The topics that cover any of these Cijfers themes.
    public static func topics(coveringCijfersThemes codes: [String]) -> [KnowledgeTopic] {
        topics.filter { !Set($0.cijfersThemes).isDisjoint(with: codes) }
    }
}
