import Charts
import Platform
import Vapor

/// What the indicator page shows, read from its query string: the selection lives in the URL so every view
/// can be bookmarked and shared. Unknown values fall back to defaults rather than failing.
struct IndicatorSelection {
    var level: String
    var parent: String?
    var period: String?
    var classification: Classification
    var classes: Int
    var palette: Palette
}

extension IndicatorSelection {
    init(query: [String: String], catalog: Catalog) {
        let level = query["level"].flatMap { catalog.level($0)?.code } ?? "gemeente2024"
        self.level = catalog.level(level) != nil ? level : (catalog.levels.first?.code ?? level)
        parent = query["parent"].flatMap { $0.isEmpty ? nil : $0 }
        period = query["period"].flatMap { $0.isEmpty ? nil : $0 }
        classification = query["classification"].flatMap(Classification.init(rawValue:)) ?? .quantiles
        classes = query["classes"].flatMap(Int.init).map { min(max($0, 2), 9) } ?? 5
        palette = query["palette"].flatMap(Palette.init(rawValue:)) ?? .blues
    }

    /// The query string of this selection, for links and downloads.
    var query: [(String, String?)] {
        [("level", level), ("parent", parent), ("period", period), ("classification", classification.rawValue),
         ("classes", String(classes)), ("palette", palette.rawValue)]
    }
}
