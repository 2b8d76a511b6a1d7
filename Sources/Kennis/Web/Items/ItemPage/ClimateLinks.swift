import Fluent
import Foundation
import Maturiteit
import MaturiteitDomain

/// The climate-governance themes, work packages and top-10 recommendations an item is tagged with, as links to
/// the maturity theme pages: names from the newest model, work packages and recommendations from the newest
/// published climate campaign (their theme decides the link; without a published campaign they are plain text).
struct ClimateLinks {
    struct Entry {
        let number: Int
        /// The work package's title or the recommendation's text, when a published campaign has it.
        let text: String?
        /// The page of its (first) theme.
        let path: String?
    }

    let themes: [(code: String, name: String, path: String)]
    let workPackages: [Entry]
    let recommendations: [Entry]

    var isEmpty: Bool { themes.isEmpty && workPackages.isEmpty && recommendations.isEmpty }

    static func load(themes codes: [String], workPackages: [Int], recommendations: [Int], on database: any Database) async throws -> ClimateLinks {
        let model = MaturiteitLinks.climateModel
        let known = try await MaturiteitLinks.themes(model: model, on: database)
        let names = Dictionary(known.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        func path(_ theme: String?) -> String? {
            guard let theme, names[theme] != nil else { return nil }
            return MaturiteitLinks.themePath(model: model, theme: theme)
        }
        let themes = codes.map { (code: $0, name: names[$0] ?? $0, path: MaturiteitLinks.themePath(model: model, theme: $0)) }

        var packages: [Int: WorkPackage] = [:]
        var advice: [Int: Recommendation] = [:]
        if !workPackages.isEmpty || !recommendations.isEmpty {
            let store = MaturityStore(database: database)
            let modelIDs = Set(try await store.models().filter { $0.model.code == model }.map(\.id))
            if let campaign = try await store.campaigns().first(where: { $0.campaign.published && modelIDs.contains($0.modelID) }) {
                packages = Dictionary(try await store.workPackages(campaignID: campaign.id).map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
                advice = Dictionary(try await store.recommendations(campaignID: campaign.id).map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
            }
        }
        return ClimateLinks(
            themes: themes,
            workPackages: workPackages.map { number in
                let package = packages[number]
                return Entry(number: number, text: package?.title, path: path(package?.themes.first { names[$0] != nil }))
            },
            recommendations: recommendations.map { number in
                let item = advice[number]
                return Entry(number: number, text: item?.text, path: path(item?.theme))
            })
    }
}
