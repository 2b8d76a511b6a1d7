import Platform
import CijfersDomain
import Charts
import Plot

extension WijkReportModel {
    func page() -> Page {
        let strings = SiteStrings(language)
        let t = CijfersText.strings(language)
        return Page(
            title: t("wijkReport.title", city.name),
            breadcrumbs: [(strings.home, SitePath.home.path), (t["wijkReport.crumb"], nil), (city.name, nil)],
            description: t("wijkReport.description", city.name),
            content: .group(
                chooser(t),
                .forEach(blocks.enumerated()) { index, block in section(block, index: index, t) }
            ),
            strings: strings)
    }

    private func chooser(_ t: Strings) -> Node<HTML.BodyContext> {
        let options: [Node<HTML.BodyContext>] = cities.map { option in
            .element(named: "option", nodes: [
                .attr("value", option.code),
                .if(option.code == city.code, .attr("selected", "selected")),
                .text(option.name),
            ])
        }
        return .getForm(
            action: CijfersPath.wijkReport.path, .attr("class", "selector"),
            .div(.attr("class", "field"),
                 .element(named: "label", nodes: [.attr("for", "sel-stad"), .text(t["common.city"])]),
                 .element(named: "select", nodes: [.attr("id", "sel-stad"), .attr("name", "stad")] + options)),
            .indicatorChooser(indicatorChoices, legend: t["common.indicators"]),
            .submitButton(t["common.show"])
        )
    }

    private func section(_ block: Block, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        let format = ValueFormat(indicator: block.indicator, language: language)
        let values = block.features.compactMap { feature -> Double? in
            if case .value(let v) = feature.status { return v }
            return nil
        }
        var map = ChoroplethMap(
            id: "wijkkaart\(index)", title: t("common.mapTitle", block.indicator.name),
            description: t("wijkReport.mapDescription", city.name, block.period ?? "-"),
            features: block.features, breaks: values.isEmpty ? nil : Classifier.breaks(values, method: .quantiles, classes: 5),
            palette: .blues, unit: block.indicator.unit, decimals: format.decimals, width: 360, height: 300)
        map.words = SiteStrings(language).chartWords
        map.focusable = true
        let link = CijfersPath.indicator(code: block.indicator.code).url([("level", "ggw72024"), ("parent", "gemeente2024:\(city.code)")])
        let table: Node<HTML.BodyContext> = .table(
            .attr("class", "data sortable"),
            .caption(.text(t("wijkReport.tableCaption", block.indicator.name, block.indicator.unit))),
            .thead(.tr(
                .th(.attr("scope", "col"), .attr("data-sort", "text"), .text(t["wijkReport.wijk"])),
                .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text(t["common.value"])),
                .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text(t["wijkReport.rank"])),
                .th(.attr("scope", "col"), .attr("data-sort", "number"), .attr("class", "num"), .text(t("wijkReport.difference", city.name)))
            )),
            .tbody(.forEach(block.rows) { row in
                .tr(.th(.attr("scope", "row"),
                        .a(.attr("href", CijfersPath.area(level: "ggw72024", code: row.area.code).path), .text(row.area.name))),
                    .td(.attr("class", "num"), .attr("data-value", row.value.value.map { String($0) } ?? ""), valueCell(block, row.area, row.value)),
                    .td(.attr("class", "num"), .text(row.rank.map(String.init) ?? "-")),
                    .td(.attr("class", "num"), .text(deviation(row.value, block.cityValue, format))))
            })
        )
        return .section(
            .attr("class", "wijkblock"),
            .h2(.a(.attr("href", link), .text(block.indicator.name)), .text(" (\(block.period ?? "-"))")),
            .p(.text("\(city.name): \(cityText(block))")),
            DownloadLinks(indicators: [block.indicator.code], level: "ggw72024", parent: "gemeente2024:\(city.code)",
                          periods: block.period, geoJSON: true).node(t),
            .div(.attr("class", "figures"),
                 .if(!block.features.isEmpty, .figure(.attr("class", "map small"), .raw(map.render().markup), .raw(map.legend().markup),
                                                      .figcaption(.text(t("wijkReport.mapCaption", city.name))))),
                 table),
            surveyNotes(block, t)
        )
    }

    private func deviation(_ value: PublishedValue, _ city: PublishedValue?, _ format: ValueFormat) -> String {
        guard let v = value.value, let c = city?.value else { return "" }
        let delta = v - c
        return (delta > 0 ? "+" : "") + format.number(delta)
    }
}
