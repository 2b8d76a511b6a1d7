import AccessDomain
import CijfersDomain
import Platform

/// What the site-wide search can find in Cijfers: the visible indicators (with their theme) and the areas of the
/// levels worth finding by name. The index is refreshed from the catalog at start and after every import.
enum CijfersSearch {
    /// Levels whose areas are worth finding by name; 20,000 statistical sectors would drown the rest.
    static let searchableLevels = ["gewest", "provincie2024", "centrumsteden", "gemeente2024", "ggw72024"]

    static func documents(_ catalog: Catalog) -> [SearchDocument] {
        var documents: [SearchDocument] = []
        let themeParents = Dictionary(catalog.themes.map { ($0.code, $0.parentCode) }, uniquingKeysWith: { a, _ in a })
        func themeChain(_ code: String?) -> [String] {
            var out: [String] = []
            var next = code
            while let current = next, !current.isEmpty, !out.contains(current) {
                out.append(current)
                next = themeParents[current] ?? nil
            }
            return out
        }
        // An indicator reserved for access groups is found only by the members of those groups (and platform
        // admins), as the explorer shows it: the catalog each organisation sees decides.
        let publicCatalog = catalog.visible(toOrganisation: nil)
        var readers: [String: [SearchAudience]] = [:]
        if !catalog.restrictions.isEmpty {
            for organisation in catalog.groupsOfOrganisation.keys.sorted() {
                let seen = catalog.visible(toOrganisation: organisation)
                for code in catalog.indicators.keys where publicCatalog.indicators[code] == nil && seen.indicators[code] != nil {
                    readers[code, default: []].append(.organisation(organisation))
                }
            }
        }
        for indicator in catalog.indicators.values.sorted(by: { $0.code < $1.code }) where indicator.visible {
            let audiences: [SearchAudience] = publicCatalog.indicators[indicator.code] != nil ? [.everyone]
                : (readers[indicator.code] ?? []) + [.platformAdmins]
            let unit = indicator.unit.isEmpty ? "" : " (\(indicator.unit))"
            documents.append(SearchDocument(
                key: "cijfers:indicator:\(indicator.code)", kind: "indicator",
                title: LocalizedText(nl: indicator.name, en: indicator.name),
                summary: LocalizedText(nl: "Indicator\(unit)", en: "Indicator\(unit)"),
                path: CijfersPath.indicator(code: indicator.code).path,
                body: [indicator.code, indicator.description, indicator.note].joined(separator: " "),
                themes: themeChain(indicator.themeCode), audiences: audiences))
        }
        let cityByArea = Dictionary(MemberOrganisation.founding.compactMap { org in org.areaCode.map { ($0, org.code) } },
                                    uniquingKeysWith: { a, _ in a })
        for levelCode in searchableLevels {
            guard let level = catalog.level(levelCode) else { continue }
            for area in catalog.areas(inLevel: levelCode) {
                let city = levelCode == "gemeente2024" ? cityByArea[area.code] : nil
                documents.append(SearchDocument(
                    key: "cijfers:area:\(levelCode):\(area.code)", kind: "gebied",
                    title: LocalizedText(nl: area.name, en: area.name),
                    summary: LocalizedText(nl: level.name, en: level.name),
                    path: CijfersPath.area(level: levelCode, code: area.code).path,
                    body: area.code,
                    cities: city.map { [$0] } ?? []))
            }
        }
        return documents
    }
}
