import Platform
import CijfersDomain
import Charts
import Plot

extension IndicatorPageModel {
    var format: ValueFormat { ValueFormat(indicator: indicator, language: language) }
    /// The page's own words in the visitor's language.
    private var t: Strings { CijfersText.strings(language) }

    /// What the charts and table show, in words: level, parent and period.
    var scope: String {
        let level = levelName.lowercased()
        let areas = !ownGroup.isEmpty ? t("dashboard.scopeGroup", level, ownGroup.joined(separator: ", "))
            : parentName.map { t("indicator.scopeWithin", level, $0) } ?? t("indicator.scopeAll", level)
        return "\(areas), \(period ?? t["indicator.noPeriod"])"
    }

    func page() -> Page {
        let strings = SiteStrings(language)
        return Page(
            title: indicator.name,
            breadcrumbs: [(strings.home, SitePath.home.path), (indicator.name, nil)],
            description: indicator.description,
            content: .group(
                SelectionNotices.node(notices, t),
                metadata,
                selector,
                dashboardLink,
                .unwrap(cityPicker) { $0.node(t) },
                comparison,
                .if(!features.isEmpty || rows.count <= 80, .skipCharts(to: "cijfers", strings: strings)),
                .div(.attr("class", "figures"), mapFigure(), barFigure()),
                trendFigure(),
                table,
                relatedSection,
                downloads,
                chartDownloads(siteBase: siteBase)
            ),
            strings: strings)
    }

    /// The good practices on the indicator's theme, from the knowledge base; only when there are any.
    private var relatedSection: Node<HTML.BodyContext> {
        let strings = SiteStrings(language)
        return .if(!related.isEmpty, .section(
            .attr("class", "related"), .attr("aria-labelledby", "praktijken"),
            .h2(.attr("id", "praktijken"), .text(t["related.practicesTitle"])),
            .ul(.attr("class", "related-links"), .forEach(related) { link in
                .li(.a(.attr("href", link.path), .text(link.title.text(strings))),
                    .span(.attr("class", "related-kind"), .text(" — " + link.kind.text(strings))),
                    .unwrap(link.note) { .p(.attr("class", "related-note"), .text($0.text(strings))) })
            })
        ))
    }

    private var metadata: Node<HTML.BodyContext> {
        let t = t
        let threshold = NumberText.format(indicator.thresholdValue ?? 0, decimals: 0)
        return .section(
            .attr("class", "metadata"), .attr("aria-labelledby", "over"),
            .h2(.attr("id", "over"), .text(t["indicator.about"])),
            .dl(
                .dt(.text(t["indicator.definition"])), .dd(.text(indicator.description.isEmpty ? indicator.name : indicator.description)),
                nameCorrection,
                .dt(.text(t["indicator.unit"])), .dd(.text(unitText.isEmpty ? "-" : unitText)),
                .dt(.text(t["indicator.source"])), sourceText,
                .dt(.text(t["indicator.updated"])), .dd(.text(updated.map { DateText.format($0, language) } ?? "-")),
                nextUpdate,
                centrumstedenStatistic,
                .if(indicator.isFormula, .group(.dt(.text(t["indicator.formula"])), .dd(.code(.text(indicator.formula ?? ""))))),
                .if(indicator.thresholdValue != nil, .group(
                    .dt(.text(t["indicator.privacy"])),
                    .dd(.text(t("indicator.privacyText", threshold)))
                )),
                surveyMetadata,
                .unwrap(IndicatorMetadata.remark(indicator, language)) { .group(.dt(.text(t["indicator.note"])), .dd(.text($0))) }
            )
        )
    }

    private var selector: Node<HTML.BodyContext> {
        let t = t
        let classifications: [(String, String)] = [
            ("quantiles", t["indicator.classification.quantiles"]), ("equalIntervals", t["indicator.classification.equalIntervals"]),
            ("swing", t["indicator.classification.swing"]), ("jenks", t["indicator.classification.jenks"]),
        ]
        let palettes: [(String, String)] = [
            ("blues", t["indicator.palette.blues"]), ("viridis", t["indicator.palette.viridis"]),
            ("purpleOrange", t["indicator.palette.purpleOrange"]), ("greenBrown", t["indicator.palette.greenBrown"]),
        ]
        return .getForm(
            action: CijfersPath.indicator(code: indicator.code).path, .attr("class", "selector"),
            // A dashboard being composed travels along, so the chosen figures can be appended to it.
            .unwrap(dashboard.flatMap(DashboardAppend.carried)) { .hidden(name: DashboardAppend.parameter, value: $0) },
            .fieldset(
                .legend(.text(t["indicator.choose"])),
                select("level", t["indicator.level"], levels.map { ($0.code, $0.name) }, selected: selection.level),
                select("parent", t["indicator.within"], [("", t["indicator.allAreas"])] + parentOptions, selected: selection.parent ?? ""),
                select("period", t["indicator.period"], periods.reversed().map { ($0, $0) }, selected: period ?? ""),
                select("classification", t["indicator.classification"], classifications, selected: selection.classification.rawValue),
                select("classes", t["indicator.classes"], (3...7).map { (String($0), String($0)) }, selected: String(selection.classes)),
                select("palette", t["indicator.palette"], palettes, selected: selection.palette.rawValue),
                .submitButton(t["common.show"])
            )
        )
    }

    private func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "field"),
            .element(named: "label", nodes: [.attr("for", "sel-\(name)"), .text(label)]),
            .element(named: "select", nodes: [.attr("id", "sel-\(name)"), .attr("name", name)]
                + options.map { value, text in
                    .element(named: "option", nodes: [
                        .attr("value", value, keepEmpty: true),
                        .if(value == selected, .attr("selected", "selected")),
                        .text(text),
                    ])
                })
        )
    }

    private var comparison: Node<HTML.BodyContext> {
        let t = t
        return .section(
            .attr("class", "comparison"), .attr("aria-labelledby", "vergelijk"),
            .h2(.attr("id", "vergelijk"), .text(t("indicator.comparison", period ?? "-"))),
            .ul(
                .unwrap(parentName) { name in .li(.text("\(comparisonName(name)): \(comparisonValue(parentValue, parentEstimate))")) },
                .li(.text("\(t["common.flanders"]): \(comparisonValue(flandersValue, flandersEstimate))"))
            )
        )
    }

    /// The map; `id` is unique on the page (a dashboard shows several).
    func mapFigure(id: String = "kaart") -> Node<HTML.BodyContext> {
        guard !features.isEmpty else {
            return .p(.attr("class", "note"), .text(t["indicator.noMap"]))
        }
        let values = features.compactMap { feature -> Double? in
            if case .value(let v) = feature.status { return v }
            return nil
        }
        let breaks = values.isEmpty ? nil : Classifier.breaks(values, method: selection.classification, classes: selection.classes)
        var map = ChoroplethMap(
            id: id, title: t("common.mapTitle", indicator.name), description: t("indicator.mapDescription", indicator.name, scope),
            features: features, breaks: breaks, palette: selection.palette)
        map.words = SiteStrings(language).chartWords
        map.focusable = true
        map.context = mapContext
        map.labelled = mapLabels
        return .figure(
            .attr("class", "map"),
            IndicatorMap.zoomControls(t),
            .raw(map.renderSized().markup),
            .raw(map.legend().markup),
            .figcaption(.text(t("indicator.mapCaption", scope)))
        )
    }

    func barFigure(id: String = "staaf") -> Node<HTML.BodyContext> {
        guard rows.count <= 80 else {
            return .p(.attr("class", "note"), .text(t("indicator.noBars", String(rows.count))))
        }
        let flanders = t["common.flanders"]
        let reference = (parentValue ?? flandersValue).flatMap { value in
            value.value.map { (label: parentValue != nil ? (parentName ?? "") : flanders, value: $0) }
        }
        var chart = BarChart(
            id: id, title: t("indicator.barTitle", indicator.name), description: t("indicator.barDescription", scope),
            bars: rows.map { row in
                BarChart.Bar(label: row.area.name, value: row.value.value, mark: row.value.mark, highlighted: false,
                             interval: SurveyText.bounds(row.interval))
            },
            unit: unitText, decimals: format.decimals, reference: reference)
        chart.words = SiteStrings(language).chartWords
        chart.focusable = true
        return .figure(.attr("class", "bars"), .raw(chart.renderSized().markup), .figcaption(.text(t("indicator.barCaption", scope))))
    }

    /// The trend and its table; `heading`: the page's own heading above it (a dashboard tile has its own).
    func trendFigure(id: String = "evolutie", heading: Bool = true) -> Node<HTML.BodyContext> {
        guard periods.count > 1, !trend.isEmpty else { return .empty }
        let t = t
        var chart = LineChart(
            id: id, title: t("indicator.trendTitle", indicator.name),
            description: t("indicator.trendDescription", trend.map(\.name).joined(separator: ", ")),
            periods: periods, series: trendWithBands, unit: unitText, decimals: format.decimals)
        chart.focusable = true
        return .figure(
            .attr("class", "trend"),
            .if(heading, .h2(.text(t["common.trend"]))),
            .raw(chart.renderSized().markup),
            .table(
                .attr("class", "data"),
                .caption(.text(t["indicator.trendTable"])),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["common.area"])),
                           .forEach(periods) { .th(.attr("scope", "col"), .text($0)) })),
                .tbody(.forEach(trend) { series in
                    .tr(.th(.attr("scope", "row"), .text(series.name)),
                        .forEach(series.points.indices) { index in
                            .td(.attr("class", "num"), trendCell(series, at: index))
                        })
                })
            ),
            surveyTrendNote
        )
    }

    private var table: Node<HTML.BodyContext> {
        let t = t
        return .section(
            .attr("aria-labelledby", "tabel"),
            .h2(.attr("id", "tabel"), .text(t["indicator.table"])),
            valuesTable(id: "cijfers"),
            .p(.attr("class", "note"), .text(t["indicator.marks"])),
            surveyTableNotes
        )
    }

    /// The areas' values with their difference from Vlaanderen: the table beside the map and bars.
    func valuesTable(id: String, rows shownRows: Int? = nil) -> Node<HTML.BodyContext> {
        let t = t
        let tableRows = tableRows(shownRows)
        return .table(
            .attr("class", "data sortable"), .attr("id", id),
            .caption(.text("\(indicator.name) (\(unitText)) — \(scope)")),
            .thead(.tr(
                .th(.attr("scope", "col"), .attr("data-sort", "text"), .text(t["common.area"])),
                .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"),
                    .text(isSurvey ? t["survey.valueColumn"] : t["common.value"])),
                .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text(t["indicator.differenceFlanders"])),
                .if(isSurvey, .th(.attr("scope", "col"), .attr("data-sort", "text"), .text(t["survey.significanceColumn"])))
            )),
            // Thousands of rows (every wijk of Flanders): written straight into a string, which is an order of
            // magnitude faster than Plot's node tree; every value passes through the same escaping.
            .tbody(.raw(tableRows))
        )
    }

    private func tableRows(_ limit: Int?) -> String {
        var html = ""
        html.reserveCapacity(rows.count * 220)
        for row in rows.prefix(limit ?? rows.count) {
            let link = CijfersPath.area(level: row.area.levelCode, code: row.area.code).path
            html += "<tr><th scope=\"row\"><a href=\"\(HTMLEscaping.escape(link))\">\(HTMLEscaping.escape(row.area.name))</a></th>"
            html += "<td class=\"num\" data-value=\"\(row.value.value.map { String($0) } ?? "")\">\(HTMLEscaping.escape(tableValue(row)))</td>"
            html += "<td class=\"num\">\(HTMLEscaping.escape(difference(row.value)))</td>"
            if isSurvey { html += "<td class=\"significance\">\(HTMLEscaping.escape(significanceCell(row)))</td>" }
            html += "</tr>"
        }
        return html
    }

    private func difference(_ value: PublishedValue) -> String {
        guard let v = value.value, let reference = flandersValue?.value else { return "" }
        let delta = v - reference
        return (delta > 0 ? "+" : "") + format.number(delta)
    }

    private var downloads: Node<HTML.BodyContext> {
        let t = t
        let base: [(String, String?)] = [("indicators", indicator.code), ("level", selection.level),
                                         ("parent", selection.parent), ("periods", period)]
        func link(_ format: String) -> String {
            let query = (base + [("format", format)]).compactMap { key, value in value.map { "\(key)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._:"))) ?? $0)" } }
            return APIPath.data.path + "?" + query.joined(separator: "&")
        }
        return .section(
            .attr("class", "downloads"), .attr("aria-labelledby", "download"),
            .h2(.attr("id", "download"), .text(t["indicator.download"])),
            .ul(
                .li(.a(.attr("href", link("csv-be")), .text(t["downloads.csvBE"]))),
                .li(.a(.attr("href", link("csv")), .text(t["downloads.csvPlain"]))),
                .li(.a(.attr("href", link("xlsx") + (t.language == .en ? "&lang=en" : "")), .text(t["downloads.xlsx"]))),
                .li(.a(.attr("href", link("jsonstat")), .text(t["downloads.jsonStat"]))),
                .li(.a(.attr("href", link("geojson")), .text(t["indicator.downloadGeoJSON"])))
            )
        )
    }
}
