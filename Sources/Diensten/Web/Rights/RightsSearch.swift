import DienstenDomain
import Fluent
import Platform
import SafeMarkdown
import Vapor

/// What the site-wide search finds of the Rechtenverkenner: one document per right in the catalogue, public, with
/// its names, descriptions, conditions and search terms as text.
enum RightsSearch {
    static let kind = "recht"

    static func documents(_ app: Application, on database: any Database) async throws -> [SearchDocument]? {
        try await RightsStore(database: database).rights(municipality: nil).map(document)
    }

    static func document(_ right: StoredRight) -> SearchDocument {
        let service = right.service
        func plain(_ text: LanguageText, _ language: String) -> String { text.text(language).map(SafeHTML.plainText) ?? "" }
        let nl = plain(service.name, "nl")
        let en = plain(service.name, "en")
        var body: [String] = []
        for text in [service.description, service.additionalDescription] {
            body += Set(text.variants.values.map(SafeHTML.plainText)).sorted()
        }
        body += service.requirements.flatMap { [plain($0.name, "nl"), plain($0.description, "nl")] }
        body += service.keywords.values.flatMap { $0 }
        if let number = service.productNumber { body.append(number) }
        let places = right.municipalities?.compactMap { Municipalities.named($0)?.name }.joined(separator: ", ")
        let summary = { (language: String) -> String in
            let scope = right.scope.name(language)
            return [scope, places ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        }
        return SearchDocument(
            key: "diensten:recht:\(right.key)", kind: kind,
            title: LocalizedText(nl: nl.isEmpty ? right.key : nl, en: en.isEmpty ? (nl.isEmpty ? right.key : nl) : en),
            summary: LocalizedText(nl: summary("nl"), en: summary("en")),
            path: RightsPath.right(right.key).path,
            body: body.filter { !$0.isEmpty }.joined(separator: "\n"))
    }
}
