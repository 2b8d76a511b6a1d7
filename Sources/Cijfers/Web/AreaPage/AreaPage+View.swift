import Platform
import Charts
import CijfersDomain
import Plot

extension AreaPageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        let lead: Node<HTML.BodyContext> = .p(
            .attr("class", "lead"), .text(t("area.lead", levelName, area.name, area.code)),
            .if(!parents.isEmpty, .text(" \(t["area.liesIn"]) ")),
            .forEach(parents.enumerated()) { index, parent in
                .group(.if(index > 0, .text(", ")),
                       .a(.attr("href", CijfersPath.area(level: parent.level, code: parent.code).path), .text(parent.name)))
            })
        return Page(
            title: t("area.title", area.name),
            breadcrumbs: [(strings.home, SitePath.home.path), (levelName, nil), (area.name, nil)],
            description: t("area.description", area.name),
            content: .group(
                SelectionNotices.node(notices, t),
                .div(.attr("class", "area-intro"), lead, locatorFigure(t)),
                pathLinksNode(t),
                .p(.attr("class", "no-print"), .button(.type(.button), .attr("class", "print"), .attr("data-print", ""), .text(t["area.print"]))),
                .if(themes.isEmpty, .p(.text(t["area.noFigures"]))),
                .forEach(themes) { theme in section(theme, t) },
                .if(!sources.isEmpty, .p(.attr("class", "area-sources"), .text("\(t["area.sources"]): \(sources.joined(separator: "; "))"))),
                .p(.attr("class", "note"), .text(t["area.marks"])),
                .if(groupName != nil, .p(.attr("class", "note"), .text(t["honest.group.note"]))),
                surveyNotes(t),
                DownloadLinks(indicators: Array(themes.flatMap { $0.figures.map(\.indicator.code) }.prefix(50)),
                              level: area.levelCode, areas: [area.code], periods: "all").node(t)
            ),
            strings: strings)
    }

    /// The small map of where the area lies; nothing when its level has no shapes.
    private func locatorFigure(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !locator.isEmpty else { return .empty }
        var map = LocatorMap(id: "ligging", title: t("area.locatorTitle", area.name),
                             description: t("area.locatorDescription", area.name), shapes: locator)
        map.label = area.name
        return .figure(.attr("class", "locator"), .raw(map.render().markup), chartLinks.line(t))
    }

    /// The sources of the figures shown, each named once.
    private var sources: [String] {
        Array(Set(themes.flatMap { $0.figures.map { IndicatorMetadata.source($0.indicator, language).name } }.filter { !$0.isEmpty })).sorted()
    }

    private func section(_ theme: (name: String, figures: [KeyFigure]), _ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("class", "theme"),
            .h2(.text(theme.name)),
            .table(
                .attr("class", "data keyfigures"),
                .caption(.text(t("area.caption", theme.name.lowercased(), area.name))),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["area.indicator"])),
                    .th(.attr("scope", "col"), .attr("class", "num"), .text(area.name)),
                    .th(.attr("scope", "col"), .text(t["common.trend"])),
                    .unwrap(groupName) { _ in .th(.attr("scope", "col"), .attr("class", "num"), .text(t["honest.group.header"])) },
                    .unwrap(referenceName) { name in .th(.attr("scope", "col"), .attr("class", "num"), .text(name)) },
                    .th(.attr("scope", "col"), .attr("class", "num"), .text(t["common.flanders"]))
                )),
                .tbody(.forEach(theme.figures) { figure in row(figure, t) })
            )
        )
    }

    private func row(_ figure: KeyFigure, _ t: Strings) -> Node<HTML.TableContext> {
        let format = ValueFormat(indicator: figure.indicator, language: language)
        let sparklineLabel = t("area.sparklineLabel", figure.indicator.name)
        return .tr(
            .th(.attr("scope", "row"),
                .a(.attr("href", CijfersPath.indicator(code: figure.indicator.code).url([("level", area.levelCode)])), .text(figure.indicator.name)),
                .span(.attr("class", "muted"), .text(" (\(format.unit.isEmpty ? "" : format.unit + ", ")\(figure.period ?? ""))")),
                nameCorrection(figure.indicator)),
            .td(.attr("class", "num"), surveyCell(figure, figure.value, figure.estimates.value, against: figure.estimates.flanders)),
            .td(.raw(Sparkline(values: figure.series.map(\.value)).svg(label: sparklineLabel)),
                .text(trendText(figure, format, t)), surveyChange(figure, format)),
            .if(groupName != nil, groupCell(figure, format)),
            .if(referenceName != nil, .td(.attr("class", "num"),
                                          surveyCell(figure, figure.reference, figure.estimates.reference, against: figure.estimates.flanders))),
            .td(.attr("class", "num"), surveyCell(figure, figure.flanders, figure.estimates.flanders, against: nil))
        )
    }

    private func trendText(_ figure: KeyFigure, _ format: ValueFormat, _ t: Strings) -> String {
        if figure.indicator.surveyProportion { return surveyTrendText(figure, format, t) }
        guard let now = figure.value.value, let previous = figure.previous, let before = previous.value.value else { return "" }
        let delta = now - before
        let arrow = delta > 0 ? "▲" : (delta < 0 ? "▼" : "=")
        return " \(arrow) \(delta > 0 ? "+" : "")\(format.number(delta)) \(t("area.comparedWith", previous.period))"
    }
}
