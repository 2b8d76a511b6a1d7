import CijfersDomain
import Platform

/// The chooser of a new tile. Its choices come from the address when the analyst pressed "kies" (`nieuw-…`), else from
/// the last tile (adding the same figures as another kind of tile is one choice and one button). Its lists follow the
/// choice: only the levels at which the indicator has figures, only the areas above the chosen level; a choice that
/// cannot be shown is said, never silently replaced.
extension DashboardPageModel {
    static func chooser(_ spec: DashboardSpec, pairs: [(name: String, value: String)], catalog: Catalog, t: Strings) -> Chooser {
        func asked(_ name: String) -> String? {
            pairs.last { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespaces) }
        }
        let visible = catalog.indicators.values.filter(\.visible).sorted { $0.name < $1.name }
        var chooser = Chooser(indicators: visible.map { ($0.code, $0.name) }, levels: catalog.levels.map { ($0.code, $0.name) },
                              parents: [])
        if let last = spec.tiles.last {
            chooser.kind = last.kind
            chooser.indicator = last.indicator
            chooser.level = last.level
            chooser.parent = last.parent
        }
        let chosen = asked(DashboardEdit.newIndicator) != nil
        if chosen {
            chooser.kind = asked(DashboardEdit.newKind).flatMap(DashboardSpec.Kind.init(rawValue:)) ?? chooser.kind
            chooser.indicator = asked(DashboardEdit.newIndicator).flatMap { $0.isEmpty ? nil : $0 }
            chooser.level = asked(DashboardEdit.newLevel).flatMap { $0.isEmpty ? nil : $0 } ?? chooser.level
            chooser.parent = asked(DashboardEdit.newParent).flatMap { $0.isEmpty ? nil : $0 }
            chooser.areas = asked(DashboardEdit.newAreas) ?? ""
            chooser.period = asked(DashboardEdit.newPeriod) ?? ""
        }

        // The levels: those at which the indicator has figures.
        if let code = chooser.indicator, let indicator = catalog.indicators[code], indicator.visible {
            let withData = catalog.levelsWithData(of: code)
            if !withData.isEmpty {
                chooser.levels = withData.map { ($0.code, $0.name) }
                chooser.hints.append(t("export.levelsHint", indicator.name))
                if !withData.contains(where: { $0.code == chooser.level }) {
                    if chosen {
                        chooser.problems.append(t("export.noDataAtLevel", indicator.name, catalog.level(chooser.level)?.name ?? chooser.level,
                                                  withData.map(\.name).joined(separator: ", ")))
                    }
                    chooser.level = (withData.first { $0.code == "gemeente2024" } ?? withData[0]).code
                }
            }
        }
        // The areas to narrow to: those above the chosen level.
        let levelName = (catalog.level(chooser.level)?.name ?? chooser.level).lowercased()
        chooser.parents = ParentOptions.make(for: chooser.level, catalog: catalog)
        chooser.hints.append(t("export.parentsHint", levelName))
        if let parent = chooser.parent, !chooser.parents.contains(where: { $0.value == parent }) {
            // A parent the list does not hold (a plain code from a tile, a province of the levels above) may still lie above.
            let ancestors = catalog.hierarchy.levelGraph.ancestors(of: chooser.level)
            let above: Bool
            if let colon = parent.firstIndex(of: ":") {
                let level = String(parent[..<colon])
                above = ancestors.contains(level) && catalog.areaKey(level: level, code: String(parent[parent.index(after: colon)...])) != nil
            } else {
                above = ancestors.contains { catalog.areaKey(level: $0, code: parent) != nil }
            }
            if !above {
                if chosen { chooser.problems.append(t("export.parentNotAbove", parent, levelName)) }
                chooser.parent = nil
            }
        }
        // An own group: codes of the chosen level only.
        let codes = chooser.areas.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        let unknown = codes.filter { catalog.areaKey(level: chooser.level, code: $0) == nil }
        if !unknown.isEmpty { chooser.problems.append(t("export.areasNotInLevel", unknown.prefix(10).joined(separator: ", "), levelName)) }
        return chooser
    }
}
