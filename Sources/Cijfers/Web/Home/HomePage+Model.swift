import CijfersDomain
import Foundation
import Platform

/// What the home page shows: the theme tree, the centrumsteden, the most recently updated indicators.
struct HomePageModel {
    struct ThemeNode {
        let name: String
        let indicators: [(code: String, name: String)]
        let children: [ThemeNode]
    }

    let themes: [ThemeNode]
    let cities: [(code: String, name: String)]
    let recent: [(code: String, name: String, updated: Date)]
    let unthemed: [(code: String, name: String)]
    /// The visitor's language: the page's own words (the catalog's names are Dutch only).
    let language: SiteLanguage
    /// "Kies een stad of gemeente": to a city's wijken in one submit (set by the controller; nil: not shown).
    var cityPicker: CityPicker? = nil
}

extension HomePageModel {
    init(catalog: Catalog, language: SiteLanguage) {
        func convert(_ node: ThemeTree.Node) -> ThemeNode {
            ThemeNode(
                name: node.theme.name,
                indicators: node.indicatorCodes.compactMap { code in catalog.indicators[code].map { (code, $0.name) } }
                    .sorted { $0.1 < $1.1 },
                children: node.children.map { convert($0) })
        }
        themes = catalog.themeTree.roots.map { convert($0) }
        let themed = Set(catalog.themes.map(\.code))
        unthemed = catalog.indicators.values
            .filter { $0.visible && ($0.themeCode.map { !themed.contains($0) } ?? true) }
            .map { ($0.code, $0.name) }.sorted { $0.1 < $1.1 }
        cities = Centrumsteden.members(in: catalog).map { ($0.code, $0.name) }
        recent = catalog.indicators.values.filter(\.visible)
            .compactMap { indicator in lastUpdate(of: indicator.code, catalog: catalog).map { (indicator.code, indicator.name, $0) } }
            .sorted { ($0.2, $0.0) > ($1.2, $1.0) }
            .prefix(8).map { $0 }
        self.language = language
    }
}

/// The 13 centrumsteden as the group level holds them (the members of the area `centrumsteden`).
enum Centrumsteden {
    static let level = "centrumsteden"
    static let area = "centrumsteden"

    static func members(in catalog: Catalog) -> [Catalog.AreaEntry] {
        guard let group = catalog.areaKey(level: level, code: area) else { return [] }
        return catalog.areas(inLevel: "gemeente2024", within: group).sorted { $0.name < $1.name }
    }
}
