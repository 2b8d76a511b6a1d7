import Fluent
import MaturiteitDomain
import Platform

/// What the site-wide search can find in Maturiteit: every theme of the newest version of each model, with its
/// description and questions, for everyone (the themes are public; scores are not indexed).
enum ThemeSearch {
    static func documents(on database: any Database) async throws -> [SearchDocument] {
        try await MaturityStore(database: database).latestModels().flatMap { stored in
            stored.model.themes.map { theme in
                SearchDocument(
                    key: "maturiteit:\(stored.model.code):\(theme.code)", kind: "maturiteitsthema",
                    title: LocalizedText(nl: theme.name, en: theme.name),
                    summary: LocalizedText(nl: "Maturiteitsthema van \(stored.model.name)", en: "Maturity theme of \(stored.model.name)"),
                    path: MaturiteitPath.theme(model: stored.model.code, theme: theme.code).path,
                    body: ([theme.description] + theme.questions.map(\.text)).filter { !$0.isEmpty }.joined(separator: "\n"),
                    audiences: [.everyone])
            }
        }
    }
}
