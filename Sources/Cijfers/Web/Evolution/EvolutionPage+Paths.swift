import CijfersDomain
import Charts
import Foundation
import Platform
import Plot
import Vapor

/// How the evolution shows its lines: the values themselves, or as an index (each area's first year with a value = 100).
enum EvolutionView: String, CaseIterable {
    case absolute
    case index
}

extension EvolutionPageModel {
    /// Lines per chart besides Vlaanderen: the 13 centrumsteden and a few more; every line keeps its own style.
    static let maximumAreas = 20

    /// Reads the view, the group name, and says what of the selection cannot be shown.
    mutating func readPaths(request: Request, catalog: Catalog, askedAreas: [String], shown: [String]) {
        let t = CijfersText.strings(language)
        let askedView = request.query[String.self, at: "view"]
        view = askedView.flatMap(EvolutionView.init(rawValue:)) ?? .absolute
        if let askedView, !askedView.isEmpty, EvolutionView(rawValue: askedView) == nil {
            notices.append(t("paths.unknownView", askedView))
        }
        groupName = GroupName.read(request.query[String.self, at: "group"])
        if let askedLevel = request.query[String.self, at: "level"], !askedLevel.isEmpty, catalog.level(askedLevel) == nil {
            notices.append(t("paths.unknownLevel", askedLevel, levelName.lowercased()))
        }
        let unknown = askedAreas.uniqued().filter { catalog.areaKey(level: level, code: $0) == nil }
        if !unknown.isEmpty {
            notices.append(t("paths.areasNotInLevel", unknown.joined(separator: ", "), levelName.lowercased()))
            if unknown.count == askedAreas.uniqued().count {
                notices.append(t("paths.defaultAreasShown", areas.map(\.name).joined(separator: ", ")))
            }
        }
        if shown.count > Self.maximumAreas {
            let dropped = shown.dropFirst(Self.maximumAreas).compactMap { catalog.area(level: level, code: $0)?.name }
            notices.append(t("paths.tooManyAreas", String(Self.maximumAreas), String(shown.count), dropped.joined(separator: ", ")))
        }
        // A chosen area stays ticked in the list even where the list is cut short.
        let listed = Set(areaChoices.map(\.code))
        areaChoices += areas.filter { !listed.contains($0.code) }.map { (code: $0.code, name: $0.name, chosen: true) }
    }

    /// One line of the chart and the table as the chosen view shows it.
    struct ShownLine {
        let name: String
        let points: [(period: String, value: Double?)]
        let cells: [String]
        /// The index's base year, or why the line has no index (index view only).
        let base: String?
    }

    func shownLines(_ block: Block, format: ValueFormat, _ t: Strings) -> [ShownLine] {
        block.series.map { line in
            let raw = block.periods.map { period in (period: period, value: line.values[period]?.value) }
            switch view {
            case .absolute:
                return ShownLine(name: line.name, points: raw,
                                 cells: block.periods.map { line.values[$0].map(format.cell) ?? "-" }, base: nil)
            case .index:
                let result = IndexSeries.indexed(raw)
                let cells = block.periods.map { period -> String in
                    if let index = result.values[period] { return NumberText.format(index, decimals: 1) }
                    if let value = line.values[period], value.status != .ok { return value.mark }
                    return "-"
                }
                let base: String =
                    switch result.problem {
                    case nil: result.basePeriod ?? "-"
                    case .noValue: t["paths.noBaseNoValue"]
                    case .zeroBase(let period): t("paths.noBaseZero", period)
                    }
                return ShownLine(name: line.name, points: block.periods.map { ($0, result.values[$0]) }, cells: cells, base: base)
            }
        }
    }

    /// The chart's unit and decimals in the chosen view.
    func chartUnit(_ block: Block, format: ValueFormat, _ t: Strings) -> (unit: String, decimals: Int) {
        view == .index ? (t["paths.indexUnit"], 1) : (block.indicator.unit, format.decimals)
    }

    func tableCaption(_ block: Block, _ t: Strings) -> String {
        view == .index
            ? t("paths.indexCaption", block.indicator.name)
            : t("evolution.tableCaption", block.indicator.name, block.indicator.unit)
    }

    func tableHead(_ block: Block, _ t: Strings) -> Node<HTML.TableContext> {
        .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])),
                   .if(view == .index, .th(.attr("scope", "col"), .text(t["paths.baseYear"]))),
                   .forEach(block.periods) { .th(.attr("scope", "col"), .attr("class", "num"), .text($0)) }))
    }

    func tableBody(_ block: Block, format: ValueFormat, _ t: Strings) -> Node<HTML.TableContext> {
        .tbody(.forEach(shownLines(block, format: format, t)) { line in
            .tr(.th(.attr("scope", "row"), .text(line.name)),
                .unwrap(line.base) { .td(.text($0)) },
                .forEach(line.cells.indices) { index in .td(.attr("class", "num"), cell(block, line: line, at: index, format: format)) })
        })
    }

    /// The chooser's own parts: the areas as checkboxes, the group's name and the view.
    func pathChoices(_ t: Strings) -> Node<HTML.BodyContext> {
        .group(
            .areaChecklist(areaChoices, legend: t("evolution.areas", levelName.lowercased()), filterLabel: t["paths.filterAreas"]),
            .groupNameField(groupName, t),
            .radioChoice(name: "view", legend: t["paths.view"],
                         [(EvolutionView.absolute.rawValue, t["paths.viewAbsolute"]), (EvolutionView.index.rawValue, t["paths.viewIndex"])],
                         selected: view.rawValue)
        )
    }

    /// The selection as one short address to keep or share, and the group's name above the charts.
    func shareNode(_ t: Strings) -> Node<HTML.BodyContext> {
        let indicators = blocks.map(\.indicator.code).joined(separator: ",")
        let link = CijfersPath.evolution.url([
            ("indicators", indicators), ("level", level), ("areas", areas.map(\.code).joined(separator: ",")),
            ("group", groupName), ("view", view == .index ? view.rawValue : nil),
        ])
        return .div(
            .attr("class", "own-group"),
            .unwrap(groupName) { name in .p(.strong(.text(name)), .text(": " + areas.map(\.name).joined(separator: ", "))) },
            .p(.text(t["paths.shareIntro"] + " "), .a(.attr("href", link), .text(t["paths.shareLink"])))
        )
    }
}
