import Platform
import CijfersDomain

/// Names and order of the levels Stadsbeeld knows by code, used when an area sheet creates a level.
enum LevelDefaults {
    static let known: [String: (name: String, order: Int, kind: AreaLevel.Kind)] = [
        "statsec2019": ("Statistische sector (2019)", 10, .geographic),
        "statsec2024": ("Statistische sector", 20, .geographic),
        "ggw72024": ("Wijk", 30, .geographic),
        "gemeente2024": ("Gemeente", 40, .geographic),
        "centrumsteden": ("Centrumsteden", 45, .group),
        "provincie2024": ("Provincie", 50, .geographic),
        "gewest": ("Gewest", 60, .geographic),
    ]

    static func level(for code: String) -> AreaLevel {
        if let known = known[code] {
            return AreaLevel(code: code, name: known.name, order: known.order, kind: known.kind)
        }
        return AreaLevel(code: code, name: code, order: 100)
    }
}
