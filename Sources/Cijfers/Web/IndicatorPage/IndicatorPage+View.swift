import Platform
import CijfersDomain
import Charts
import Plot

extension IndicatorPageModel {
    var format: ValueFormat { ValueFormat(indicator: indicator) }

    /// What the charts and table show, in words: level, parent and period.
    var scope: String {
        let areas = parentName.map { "\(levelName.lowercased()) binnen \($0)" } ?? "\(levelName.lowercased()), alle"
        return "\(areas), \(period ?? "geen periode")"
    }

    func page(strings: SiteStrings) -> Page {
        Page(
            title: indicator.name,
            breadcrumbs: [("Cijfers", SitePath.home.path), (indicator.name, nil)],
            description: indicator.description,
            content: .group(
                metadata,
                selector,
                comparison,
                .div(.attr("class", "figures"), mapFigure, barFigure),
                trendFigure,
                table,
                downloads
            ),
            strings: strings)
    }

    private var metadata: Node<HTML.BodyContext> {
        .section(
            .attr("class", "metadata"), .attr("aria-labelledby", "over"),
            .h2(.attr("id", "over"), .text("Over deze indicator")),
            .dl(
                .dt(.text("Definitie")), .dd(.text(indicator.description.isEmpty ? indicator.name : indicator.description)),
                .dt(.text("Eenheid")), .dd(.text(indicator.unit.isEmpty ? "-" : indicator.unit)),
                .dt(.text("Bron")), .dd(.text(indicator.source.isEmpty ? "-" : indicator.source)),
                .dt(.text("Laatst bijgewerkt")), .dd(.text(updated.map(DutchDate.format) ?? "-")),
                .if(indicator.isFormula, .group(.dt(.text("Berekening")), .dd(.code(.text(indicator.formula ?? ""))))),
                .if(indicator.thresholdValue != nil, .group(
                    .dt(.text("Privacy")),
                    .dd(.text("Waarden waarvoor minder dan \(NumberText.format(indicator.thresholdValue ?? 0, decimals: 0)) waarnemingen zijn, worden niet getoond (x)."))
                )),
                .if(!indicator.note.isEmpty, .group(.dt(.text("Opmerking")), .dd(.text(indicator.note))))
            )
        )
    }

    private var selector: Node<HTML.BodyContext> {
        .getForm(
            action: CijfersPath.indicator(code: indicator.code).path, .attr("class", "selector"),
            .fieldset(
                .legend(.text("Wat wil je zien?")),
                select("level", "Gebiedsniveau", levels.map { ($0.code, $0.name) }, selected: selection.level),
                select("parent", "Binnen", [("", "alle gebieden")] + parentOptions, selected: selection.parent ?? ""),
                select("period", "Periode", periods.reversed().map { ($0, $0) }, selected: period ?? ""),
                select("classification", "Kaartklassen", [
                    ("quantiles", "kwantielen (evenveel gebieden per klasse)"), ("equalIntervals", "gelijke intervallen"),
                    ("swing", "standaardafwijking (Swing)"), ("jenks", "natuurlijke grenzen (Jenks)"),
                ], selected: selection.classification.rawValue),
                select("classes", "Aantal klassen", (3...7).map { (String($0), String($0)) }, selected: String(selection.classes)),
                select("palette", "Kleuren", [
                    ("blues", "blauw"), ("viridis", "viridis"), ("purpleOrange", "paars–oranje (afwijking)"),
                    ("greenBrown", "groen–bruin (afwijking)"),
                ], selected: selection.palette.rawValue),
                .submitButton("Toon")
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
        .section(
            .attr("class", "comparison"), .attr("aria-labelledby", "vergelijk"),
            .h2(.attr("id", "vergelijk"), .text("Ter vergelijking (\(period ?? "-"))")),
            .ul(
                .unwrap(parentName) { name in .li(.text("\(name): \(parentValue.map(format.label) ?? "-")")) },
                .li(.text("Vlaanderen: \(flandersValue.map(format.label) ?? "-")"))
            )
        )
    }

    private var mapFigure: Node<HTML.BodyContext> {
        guard !features.isEmpty else {
            return .p(.attr("class", "note"), .text("Geen kaart: voor dit gebiedsniveau is geen geometrie geladen."))
        }
        let values = features.compactMap { feature -> Double? in
            if case .value(let v) = feature.status { return v }
            return nil
        }
        let breaks = values.isEmpty ? nil : Classifier.breaks(values, method: selection.classification, classes: selection.classes)
        let map = ChoroplethMap(
            id: "kaart", title: "Kaart: \(indicator.name)", description: "Choropleet van \(indicator.name) (\(scope)). De tabel hieronder geeft dezelfde waarden.",
            features: features, breaks: breaks, palette: selection.palette)
        return .figure(
            .attr("class", "map"),
            .raw(map.render().markup),
            .raw(map.legend().markup),
            .figcaption(.text("Kaart — \(scope). Klik op een gebied voor zijn steekkaart."))
        )
    }

    private var barFigure: Node<HTML.BodyContext> {
        guard rows.count <= 80 else {
            return .p(.attr("class", "note"), .text("Staafdiagram weggelaten: \(rows.count) gebieden zijn te veel om leesbaar te tonen; kies een kleiner gebied."))
        }
        let reference = (parentValue ?? flandersValue).flatMap { value in
            value.value.map { (label: parentValue != nil ? (parentName ?? "") : "Vlaanderen", value: $0) }
        }
        let chart = BarChart(
            id: "staaf", title: "Staafdiagram: \(indicator.name)", description: "Gebieden gerangschikt van hoog naar laag (\(scope)).",
            bars: rows.map { row in
                BarChart.Bar(label: row.area.name, value: row.value.value, mark: row.value.mark, highlighted: false,
                             href: CijfersPath.area(level: row.area.levelCode, code: row.area.code).path)
            },
            unit: indicator.unit, decimals: format.decimals, reference: reference)
        return .figure(.attr("class", "bars"), .raw(chart.render().markup), .figcaption(.text("Rangschikking — \(scope).")))
    }

    private var trendFigure: Node<HTML.BodyContext> {
        guard periods.count > 1, !trend.isEmpty else { return .empty }
        let chart = LineChart(
            id: "evolutie", title: "Evolutie: \(indicator.name)", description: "Verloop over de jaren voor \(trend.map(\.name).joined(separator: ", ")).",
            periods: periods, series: trend, unit: indicator.unit, decimals: format.decimals)
        return .figure(
            .attr("class", "trend"),
            .h2(.text("Evolutie")),
            .raw(chart.render().markup),
            .table(
                .attr("class", "data"),
                .caption(.text("Evolutie in cijfers")),
                .thead(.tr(.th(.attr("scope", "col"), .text("Gebied")),
                           .forEach(periods) { .th(.attr("scope", "col"), .text($0)) })),
                .tbody(.forEach(trend) { series in
                    .tr(.th(.attr("scope", "row"), .text(series.name)),
                        .forEach(series.points) { point in
                            .td(.attr("class", "num"), .text(point.value.map(format.number) ?? "-"))
                        })
                })
            )
        )
    }

    private var table: Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "tabel"),
            .h2(.attr("id", "tabel"), .text("Tabel")),
            .table(
                .attr("class", "data sortable"), .attr("id", "cijfers"),
                .caption(.text("\(indicator.name) (\(indicator.unit)) — \(scope)")),
                .thead(.tr(
                    .th(.attr("scope", "col"), .attr("data-sort", "text"), .text("Gebied")),
                    .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text("Waarde")),
                    .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text("Verschil met Vlaanderen"))
                )),
                // Thousands of rows (every wijk of Flanders): written straight into a string, which is an order of
                // magnitude faster than Plot's node tree; every value passes through the same escaping.
                .tbody(.raw(tableRows))
            ),
            .p(.attr("class", "note"), .text("x = geheim (te weinig waarnemingen), - = geen gegevens, . = niet van toepassing."))
        )
    }

    private var tableRows: String {
        var html = ""
        html.reserveCapacity(rows.count * 220)
        for row in rows {
            let link = CijfersPath.area(level: row.area.levelCode, code: row.area.code).path
            html += "<tr><th scope=\"row\"><a href=\"\(HTMLEscaping.escape(link))\">\(HTMLEscaping.escape(row.area.name))</a></th>"
            html += "<td class=\"num\" data-value=\"\(row.value.value.map { String($0) } ?? "")\">\(HTMLEscaping.escape(format.cell(row.value)))</td>"
            html += "<td class=\"num\">\(HTMLEscaping.escape(difference(row.value)))</td></tr>"
        }
        return html
    }

    private func difference(_ value: PublishedValue) -> String {
        guard let v = value.value, let reference = flandersValue?.value else { return "" }
        let delta = v - reference
        return (delta > 0 ? "+" : "") + format.number(delta)
    }

    private var downloads: Node<HTML.BodyContext> {
        let base: [(String, String?)] = [("indicators", indicator.code), ("level", selection.level),
                                         ("parent", selection.parent), ("periods", period)]
        func link(_ format: String) -> String {
            let query = (base + [("format", format)]).compactMap { key, value in value.map { "\(key)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._:"))) ?? $0)" } }
            return APIPath.data.path + "?" + query.joined(separator: "&")
        }
        return .section(
            .attr("class", "downloads"), .attr("aria-labelledby", "download"),
            .h2(.attr("id", "download"), .text("Download wat je ziet")),
            .ul(
                .li(.a(.attr("href", link("csv")), .text("CSV (tabel)"))),
                .li(.a(.attr("href", link("jsonstat")), .text("JSON-stat"))),
                .li(.a(.attr("href", link("geojson")), .text("GeoJSON (kaart)")))
            )
        )
    }
}
