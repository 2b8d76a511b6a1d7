import Charts
import CijfersDomain
import Platform
import Plot

extension TablePageModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        return Page(
            title: t["table.title"],
            breadcrumbs: [(strings.home, SitePath.home.path), (t["table.title"], nil)],
            description: t["table.description"],
            content: .group(
                .pathNotices(notices, t),
                chooser(t),
                .if(ownGroup, groupIntro(t)),
                .if(ownGroup && !columns.isEmpty && areas.count <= 80, .skipCharts(to: "tabel", strings: strings)),
                .if(ownGroup && areas.count <= 80, .div(.attr("class", "figures"), .forEach(indicators.enumerated()) { index, indicator in
                    barFigure(indicator, index: index, t)
                })),
                columns.isEmpty || areas.isEmpty ? .p(.attr("class", "note"), .text(t["table.empty"])) : table(t),
                DownloadLinks(indicators: indicators.map(\.code), level: level, parent: parent,
                              areas: ownGroup ? areas.map(\.code) : nil,
                              periods: Set(columns.map(\.period)).sorted().joined(separator: ",")).node(t)
            ),
            strings: strings)
    }

    private var scope: String {
        let t = CijfersText.strings(language)
        if ownGroup { return groupName ?? t["table.ownGroup"] }
        return parentName.map { t("indicator.scopeWithin", levelName.lowercased(), $0) } ?? t("indicator.scopeAll", levelName.lowercased())
    }

    private func chooser(_ t: Strings) -> Node<HTML.BodyContext> {
        func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String) -> Node<HTML.BodyContext> {
            .div(.attr("class", "field"),
                 .element(named: "label", nodes: [.attr("for", "tabel-\(name)"), .text(label)]),
                 .element(named: "select", nodes: [.attr("id", "tabel-\(name)"), .attr("name", name)] + options.map { value, text in
                     .element(named: "option", nodes: [.attr("value", value, keepEmpty: true),
                                                       .if(value == selected, .attr("selected", "selected")), .text(text)])
                 }))
        }
        return .getForm(
            action: CijfersPath.table.path, .attr("class", "selector"),
            .indicatorChooser(indicatorChoices, legend: t["common.indicators"]),
            .fieldset(
                .legend(.text(t["table.areasLegend"])),
                select("level", t["indicator.level"], levelChoices.map { ($0.code, $0.name) }, selected: level),
                select("parent", t["indicator.within"], [("", t["indicator.allAreas"])] + parentChoices.map { ($0.value, $0.label) },
                       selected: ownGroup ? (parent ?? "") : (parent ?? ""))
            ),
            .if(!areaChoices.isEmpty,
                .areaChecklist(areaChoices, legend: t("table.ownGroupLegend", levelName.lowercased()), filterLabel: t["paths.filterAreas"])),
            .if(areaChoices.isEmpty, .p(.attr("class", "note"), .text(t("table.chooseParentFirst", levelName.lowercased())))),
            .groupNameField(groupName, t),
            .fieldset(
                .legend(.text(t["table.periods"])),
                .forEach(periodChoices) { choice in
                    .div(.attr("class", "check"),
                         .checkbox(id: "periode-\(choice.period)", name: "p", value: choice.period, checked: choice.chosen),
                         .element(named: "label", nodes: [.attr("for", "periode-\(choice.period)"), .text(choice.period)]))
                }
            ),
            .submitButton(t["common.show"])
        )
    }

    /// The own group's name, its members, and the address that keeps it.
    private func groupIntro(_ t: Strings) -> Node<HTML.BodyContext> {
        let link = CijfersPath.table.url([
            ("indicators", indicators.map(\.code).joined(separator: ",")), ("level", level), ("parent", parent),
            ("areas", areas.map(\.code).joined(separator: ",")), ("group", groupName),
            ("periods", Set(columns.map(\.period)).sorted().joined(separator: ",")),
        ])
        return .div(
            .attr("class", "own-group"),
            .h2(.text(groupName ?? t["table.ownGroup"])),
            .p(.text(t("table.groupMembers", String(areas.count), areas.map(\.name).joined(separator: ", ")))),
            .p(.text(t["paths.shareIntro"] + " "), .a(.attr("href", link), .text(t["paths.shareLink"])))
        )
    }

    private func barFigure(_ indicator: Indicator, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        guard let period = columns.last(where: { $0.indicator == indicator.code })?.period else { return .empty }
        let column = Column(indicator: indicator.code, period: period)
        let format = ValueFormat(indicator: indicator, language: language)
        let summary = GroupSummary(areas.map { value($0, column).value })
        var chart = BarChart(
            id: "groep\(index)", title: "\(indicator.name) (\(period))",
            description: t("table.barDescription", indicator.name, period, scope),
            bars: areas.map { area in
                let published = value(area, column)
                return BarChart.Bar(label: area.name, value: published.value, mark: published.mark,
                                    interval: barInterval(area, column))
            },
            unit: indicator.unit, decimals: format.decimals,
            reference: summary.mean.map { (label: t["table.meanLabel"], value: $0) })
        chart.words = SiteStrings(language).chartWords
        chart.focusable = true
        return .figure(.attr("class", "bars"), .raw(chart.renderSized().markup),
                       .figcaption(.text(t("table.barCaption", indicator.name, period))),
                       chartLinks(indicator, index: index, period: period).line(t))
    }

    private func table(_ t: Strings) -> Node<HTML.BodyContext> {
        let periodsOf = Dictionary(grouping: columns, by: \.indicator)
        let head: Node<HTML.TableContext> = .thead(
            .tr(.th(.attr("scope", "col"), .attr("rowspan", "2"), .text(t["common.area"])),
                .forEach(indicators) { indicator in
                    .th(.attr("scope", "colgroup"), .attr("colspan", String(periodsOf[indicator.code]?.count ?? 0)),
                        .a(.attr("href", CijfersPath.indicator(code: indicator.code).url([("level", level), ("parent", parent)])),
                           .text(indicator.name)),
                        .text(indicator.unit.isEmpty ? "" : " (\(indicator.unit))"))
                }),
            .tr(.forEach(columns) { column in .th(.attr("scope", "col"), .attr("class", "num"), .text(column.period)) })
        )
        let body: Node<HTML.TableContext> = .tbody(.forEach(areas) { area in
            .tr(.th(.attr("scope", "row"), .a(.attr("href", CijfersPath.area(level: area.levelCode, code: area.code).path), .text(area.name))),
                .forEach(columns) { column in
                    .td(.attr("class", "num"), valueCell(area, column))
                })
        })
        return .group(
            .div(.attr("class", "table-scroll"), .attr("tabindex", "0"), .attr("role", "region"), .attr("aria-labelledby", "tabel-titel"),
                 .table(.attr("class", "data multi-table"), .attr("id", "tabel"),
                        .caption(.attr("id", "tabel-titel"), .text(t("table.caption", scope))),
                        head, body, .if(ownGroup, groupFoot(t)))),
            .p(.attr("class", "note"), .text(t["indicator.marks"])),
            surveyNotes(t),
            .if(ownGroup, .p(.attr("class", "note"), .text(t["table.groupNote"])))
        )
    }

    func format(_ column: Column) -> ValueFormat {
        indicator(column.indicator).map { ValueFormat(indicator: $0, language: language) }
            ?? ValueFormat(indicator: Indicator(code: column.indicator, name: column.indicator), language: language)
    }

    /// The group's own figures, each named for the statistic it is; a sum only where adding up makes sense (counts).
    private func groupFoot(_ t: Strings) -> Node<HTML.TableContext> {
        let summaries = columns.map { column in GroupSummary(areas.map { value($0, column).value }) }
        func row(_ label: String, _ pick: @escaping (GroupSummary, Column) -> String) -> Node<HTML.TableContext> {
            .tr(.th(.attr("scope", "row"), .text(label)),
                .forEach(Array(zip(summaries, columns))) { summary, column in .td(.attr("class", "num"), .text(pick(summary, column))) })
        }
        let summable = indicators.contains { $0.dataType == .numeric && !$0.isFormula }
        return .tfoot(
            .if(summable, row(t["table.sum"]) { summary, column in
                guard let indicator = indicator(column.indicator), indicator.dataType == .numeric, !indicator.isFormula else { return "" }
                return summary.sum.map(format(column).number) ?? "-"
            }),
            row(t["table.mean"]) { summary, column in summary.mean.map(format(column).number) ?? "-" },
            row(t["table.median"]) { summary, column in summary.median.map(format(column).number) ?? "-" },
            row(t["table.counted"]) { summary, _ in t("table.countedOf", String(summary.count), String(summary.count + summary.missing)) }
        )
    }
}
