import Foundation
import KennisDomain
import Vapor

/// The JSON shapes of the Kennis API, kept apart from the stored content so the storage can change without breaking
/// scripts.
enum KennisAPI {
    struct TextDTO: Content {
        let nl: String
        /// The English text, or null when the item has none (pages then show the Dutch).
        let en: String?

        init(_ text: Bilingual) {
            nl = text.nl
            en = text.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text.en
        }

        /// Writes `en` as an explicit null: the schema promises the key, and synthesised encoding would drop it.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(nl, forKey: .nl)
            try container.encode(en, forKey: .en)
        }
    }

    struct FileDTO: Content {
        let name: String
        let title: String
        let mediaType: String
        let size: Int
        let url: String
    }

    struct ItemSummaryDTO: Content {
        let slug: String
        let kind: String
        let title: TextDTO
        let summary: TextDTO
        /// The date shown with the item (yyyy-mm-dd).
        let date: String
        let themes: [String]
        let cities: [String]
        /// The item's page.
        let url: String
        /// This item in the API, with its text and details.
        let api: String
        let files: [FileDTO]
    }

    struct ItemListDTO: Content {
        let count: Int
        let items: [ItemSummaryDTO]
    }

    struct ItemDTO: Content {
        let slug: String
        let kind: String
        let title: TextDTO
        let summary: TextDTO
        /// Markdown.
        let body: TextDTO
        let date: String
        let themes: [String]
        let cities: [String]
        let maturityThemes: [String]
        let workPackages: [Int]
        let recommendations: [Int]
        let url: String
        let files: [FileDTO]
        /// The fields of the item's kind (a practice's problem and approach, a contract's term, an event's start …).
        let details: KnowledgeDetails
    }
}
