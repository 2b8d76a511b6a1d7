import Fluent
import Foundation
import MaturiteitDomain

/// What other pillars may know of Maturiteit: the themes of the newest model versions and the address of a theme's
/// page. Kennis tags content with these theme codes and links to these pages.
public enum MaturiteitLinks {
    /// The climate-governance model, whose themes, recommendations and work packages the knowledge base refers to.
    public static let climateModel = "klimaatgovernance"

    /// The page of a theme of a model.
    public static func themePath(model: String, theme: String) -> String {
        MaturiteitPath.theme(model: model, theme: theme).path
    }

    /// The themes (code and name, in order) of the newest version of `model`.
    public static func themes(model: String = climateModel, on database: any Database) async throws -> [(code: String, name: String)] {
        let models = try await MaturityStore(database: database).latestModels()
        guard let stored = models.first(where: { $0.model.code == model }) else { return [] }
        return stored.model.themes.map { ($0.code, $0.name) }
    }
}
