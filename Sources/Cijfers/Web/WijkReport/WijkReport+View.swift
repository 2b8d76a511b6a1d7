import Platform
import CijfersDomain
import Charts
import Plot

extension WijkReportModel {
    func page(strings: SiteStrings) -> Page {
        Page(
            title: "Wijkrapport \(city.name)",
            breadcrumbs: [("Cijfers", SitePath.home.path), ("Wijkrapport", nil), (city.name, nil)],
            description: "Alle wijken van \(city.name) voor de gekozen indicatoren.",
            content: .group(
                chooser,
                .forEach(blocks.enumerated()) { index, block in section(block, index: index) }
            ),
            strings: strings)
    }

    private var chooser: Node<HTML.BodyContext> {
        .getForm(
            action: CijfersPath.wijkReport.path, .attr("class", "selector"),
            .div(.attr("class", "field"),
                 .element(named: "label", nodes: [.attr("for", "sel-stad"), .text("Stad")]),
                 .element(named: "select", nodes: [.attr("id", "sel-stad"), .attr("name", "stad")]
                    + cities.map { option in
                        .element(named: "option", nodes: [
                            .attr("value", option.code),
                            .if(option.code == city.code, .attr("selected", "selected")),
                            .text(option.name),
                        ])
                    })),
            .indicatorChooser(indicatorChoices),
            .submitButton("Toon")
        )
    }

    private func section(_ block: Block, index: Int) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: block.indicator)
        let values = block.features.compactMap { feature -> Double? in
            if case .value(let v) = feature.status { return v }
            return nil
        }
        let map = ChoroplethMap(
            id: "wijkkaart\(index)", title: "Kaart: \(block.indicator.name)",
            description: "De wijken van \(city.name) (\(block.period ?? "-")). De tabel ernaast geeft dezelfde waarden.",
            features: block.features, breaks: values.isEmpty ? nil : Classifier.breaks(values, method: .quantiles, classes: 5),
            palette: .blues, unit: block.indicator.unit, decimals: format.decimals, width: 360, height: 300)
        let link = CijfersPath.indicator(code: block.indicator.code).url([("level", "ggw72024"), ("parent", "gemeente2024:\(city.code)")])
        return .section(
            .attr("class", "wijkblock"),
            .h2(.a(.attr("href", link), .text(block.indicator.name)), .text(" (\(block.period ?? "-"))")),
            .p(.text("\(city.name): \(block.cityValue.map(format.label) ?? "-")")),
            DownloadLinks(indicators: [block.indicator.code], level: "ggw72024", parent: "gemeente2024:\(city.code)",
                          periods: block.period, geoJSON: true).node,
            .div(.attr("class", "figures"),
                 .if(!block.features.isEmpty, .figure(.attr("class", "map small"), .raw(map.render().markup), .raw(map.legend().markup),
                                                      .figcaption(.text("Kaart van de wijken van \(city.name).")))),
                 .table(
                    .attr("class", "data sortable"),
                    .caption(.text("\(block.indicator.name) per wijk (\(block.indicator.unit))")),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .attr("data-sort", "text"), .text("Wijk")),
                        .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text("Waarde")),
                        .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text("Rang")),
                        .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text("Verschil met \(city.name)"))
                    )),
                    .tbody(.forEach(block.rows) { row in
                        .tr(.th(.attr("scope", "row"),
                                .a(.attr("href", CijfersPath.area(level: "ggw72024", code: row.area.code).path), .text(row.area.name))),
                            .td(.attr("class", "num"), .attr("data-value", row.value.value.map { String($0) } ?? ""), .text(format.cell(row.value))),
                            .td(.attr("class", "num"), .text(row.rank.map(String.init) ?? "-")),
                            .td(.attr("class", "num"), .text(deviation(row.value, block.cityValue, format))))
                    })
                 ))
        )
    }

    private func deviation(_ value: PublishedValue, _ city: PublishedValue?, _ format: ValueFormat) -> String {
        guard let v = value.value, let c = city?.value else { return "" }
        let delta = v - c
        return (delta > 0 ? "+" : "") + format.number(delta)
    }
}
