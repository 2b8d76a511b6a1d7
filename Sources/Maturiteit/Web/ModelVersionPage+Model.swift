import MaturiteitDomain
import Platform
import Vapor

/// A new version of a maturity model: the themes as lines "code; naam; omschrijving". The earlier version and every
/// answer given to it stay untouched; new campaigns choose the version they use.
struct ModelVersionPageModel {
    let current: StoredModel
    var name: String
    var description: String
    var themes: String
    let csrf: String
    let language: SiteLanguage
    var problems: [String] = []

    static func load(_ request: Request) async throws -> ModelVersionPageModel {
        let code = try request.parameters.require("model")
        guard let current = try await MaturityStore(database: request.db).latestModels().first(where: { $0.model.code == code }) else {
            throw Abort(.notFound, reason: "dit model bestaat niet")
        }
        return ModelVersionPageModel(
            current: current, name: current.model.name, description: current.description,
            themes: current.model.themes.map { "\($0.code); \($0.name); \($0.description)" }.joined(separator: "\n"),
            csrf: CSRF.token(for: request).token, language: request.language)
    }

    /// One theme per line: code; name; description (the description may itself hold semicolons).
    static func themes(from text: String) -> [MaturityService.ThemeInput] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.allSatisfy(\.isEmpty) else { return nil }
            return .init(code: parts[0], name: parts.count > 1 ? parts[1] : "", description: parts.count > 2 ? parts[2] : "")
        }
    }
}
