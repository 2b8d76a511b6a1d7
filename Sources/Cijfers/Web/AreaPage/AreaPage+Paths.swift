import CijfersDomain
import Platform
import Plot

/// The straight paths from a steekkaart: a city to its wijken, a wijk back to its city and to the other wijken.
enum AreaPathLinks {
    struct Link: Equatable {
        enum Kind: Equatable {
            /// To the wijk report: all wijken of the city.
            case wijkenOf
            /// Back to the city's own steekkaart.
            case backTo
        }

        let kind: Kind
        let cityName: String
        let href: String
    }

    static let cityLevel = "gemeente2024"
    static let wijkLevel = "ggw72024"

    static func make(for area: Catalog.AreaEntry, catalog: Catalog) -> [Link] {
        if area.levelCode == cityLevel {
            guard !catalog.areas(inLevel: wijkLevel, within: area.key).isEmpty else { return [] }
            return [Link(kind: .wijkenOf, cityName: area.name, href: CijfersPath.wijkReport.url([("stad", area.code)]))]
        }
        guard let cityKey = catalog.hierarchy.ancestor(of: area.key, atLevel: cityLevel), let city = catalog.areas[cityKey] else {
            return []
        }
        var links = [Link(kind: .backTo, cityName: city.name, href: CijfersPath.area(level: cityLevel, code: city.code).path)]
        if !catalog.areas(inLevel: wijkLevel, within: cityKey).isEmpty {
            links.append(Link(kind: .wijkenOf, cityName: city.name, href: CijfersPath.wijkReport.url([("stad", city.code)])))
        }
        return links
    }
}

extension AreaPageModel {
    func pathLinksNode(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(!pathLinks.isEmpty, .element(named: "nav", nodes: [
            .attr("class", "area-paths no-print"), .attr("aria-label", t["paths.areaPathsLabel"]),
            .ul(.forEach(pathLinks) { link in
                .li(.a(.attr("href", link.href),
                       .text(link.kind == .wijkenOf ? t("paths.wijkenOf", link.cityName) : t("paths.backTo", link.cityName))))
            }),
        ]))
    }
}
