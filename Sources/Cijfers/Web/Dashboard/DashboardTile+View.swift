import CijfersDomain
import Platform
import Plot

/// One tile: its heading, then its chart with the table of the same figures (the chart one Tab stop, the table the
/// accessible alternative, as on the indicator page), or the notice that says why it cannot be shown.
extension DashboardPageModel {
    func tileNode(_ tile: Tile) -> Node<HTML.BodyContext> {
        let t = CijfersText.strings(language)
        let kind: String = if case .tile(let spec) = tile.entry { spec.kind.rawValue } else { "onleesbaar" }
        return .section(
            .attr("class", "dash-tile dash-\(kind)"), .attr("id", tile.id), .attr("aria-labelledby", "\(tile.id)-kop"),
            .h2(.attr("id", "\(tile.id)-kop"), .text(tile.heading)),
            content(tile, t),
            .forEach(tile.notes) { .p(.attr("class", "note"), .text($0)) },
            .unwrap(tile.csv) { csv in
                .p(.attr("class", "downloads dash-download"),
                   .a(.attr("href", csv), .attr("aria-describedby", "\(tile.id)-kop"), .text(t["dashboard.csv"])))
            },
            .unwrap(chartLinks(tile)) { $0.line(t) }
        )
    }

    private func content(_ tile: Tile, _ t: Strings) -> Node<HTML.BodyContext> {
        switch tile.content {
        case .notice(let reasons):
            return .div(.attr("class", "notice tile-notice"),
                        .p(.strong(.text(t["dashboard.tile.cannot"]))),
                        .ul(.forEach(reasons) { .li(.text($0)) }))
        case .shown(let model):
            guard case .tile(let spec) = tile.entry else { return .empty }
            switch spec.kind {
            case .kaart: return .group(model.mapFigure(id: "\(tile.id)-kaart"), tableDetails(model, tile, t))
            case .staaf: return .group(model.barFigure(id: "\(tile.id)-staaf"), tableDetails(model, tile, t))
            case .lijn: return model.trendFigure(id: "\(tile.id)-lijn", heading: false)
            case .tabel: return scrollingTable(model, tile, t, rows: Self.maximumTableRows)
            case .kerncijfer: return keyFigures(model, spec, t)
            }
        }
    }

    /// The chart's figures as a table, folded under the chart so the grid stays readable.
    private func tableDetails(_ model: IndicatorPageModel, _ tile: Tile, _ t: Strings) -> Node<HTML.BodyContext> {
        .element(named: "details", nodes: [
            .attr("class", "dash-table"),
            .element(named: "summary", nodes: [.text(t["dashboard.tableSummary"])]),
            scrollingTable(model, tile, t, rows: nil),
        ])
    }

    private func scrollingTable(_ model: IndicatorPageModel, _ tile: Tile, _ t: Strings, rows: Int?) -> Node<HTML.BodyContext> {
        .group(
            .div(.attr("class", "table-scroll"), .attr("tabindex", "0"), .attr("role", "region"),
                 .attr("aria-label", t("dashboard.tableRegion", tile.heading)),
                 model.valuesTable(id: "\(tile.id)-tabel", rows: rows)),
            model.surveyTableNotes)
    }

    /// The figure of the parent area (Gent for the wijken of Gent), else of each of a few areas (an own group, the
    /// provinces), else of Vlaanderen; with Vlaanderen beside it.
    private func keyFigures(_ model: IndicatorPageModel, _ spec: DashboardSpec.Tile, _ t: Strings) -> Node<HTML.BodyContext> {
        let flanders = t["common.flanders"]
        var figures: [(name: String, value: PublishedValue, estimate: SurveyEstimate?)]
        if spec.parent != nil, spec.areas.isEmpty, let name = model.parentName, let value = model.parentValue {
            figures = [(name, value, model.parentEstimate)]
        } else if model.rows.count <= Self.maximumKeyFigures {
            figures = model.rows.map { ($0.area.name, $0.value, $0.estimate) }
        } else {
            figures = model.flandersValue.map { [(flanders, $0, model.flandersEstimate)] } ?? []
        }
        if !figures.contains(where: { $0.name == flanders }), let value = model.flandersValue {
            figures.append((flanders, value, model.flandersEstimate))
        }
        return .group(
            .ul(.attr("class", "key-figures"), .forEach(figures) { figure in
                .li(.attr("class", "key-figure"),
                    .span(.attr("class", "key-name"), .text(figure.name + ": ")),
                    .span(.attr("class", "key-value"), .text(model.keyFigureText(figure.value, figure.estimate))))
            }),
            .if(model.isSurvey, .p(.attr("class", "note"), .text(t["survey.keyNote"]))),
            .p(.attr("class", "note"), .text(t("dashboard.keyPeriod", model.period ?? "-", model.unitText.isEmpty ? "-" : model.unitText)))
        )
    }
}
