import Platform
import Plot

/// The edit mode: one GET form that carries the dashboard (title and every tile), the chooser of a new tile and a
/// button per change. Without JavaScript; the page answers with the dashboard's new address (`DashboardEdit`).
extension DashboardPageModel {
    var editForm: Node<HTML.BodyContext> {
        let t = CijfersText.strings(language)
        let full = spec.entries.count >= DashboardSpec.maximumTiles
        return .section(
            .attr("class", "dash-edit no-print"), .attr("id", "bewerken"), .attr("aria-labelledby", "bewerken-kop"),
            .h2(.attr("id", "bewerken-kop"), .text(t["dashboard.editTitle"])),
            .getForm(
                action: CijfersPath.dashboard.path, .attr("class", "selector dash-form"),
                .hidden(name: DashboardEdit.parameterEdit, value: "1"),
                .forEach(spec.entries) { .hidden(name: DashboardSpec.parameterTile, value: $0.encoded) },
                // The first button is the one Enter presses in any field: it keeps everything as it is, with the title typed.
                .fieldset(
                    .legend(.text(t["dashboard.titleLegend"])),
                    .div(.attr("class", "field"),
                         .element(named: "label", nodes: [.attr("for", "dashboard-titel"), .text(t["dashboard.titleLabel"])]),
                         .input(.type(.text), .attr("id", "dashboard-titel"), .attr("name", DashboardSpec.parameterTitle),
                                .attr("maxlength", String(DashboardSpec.maximumTitle)), .attr("value", spec.title))),
                    actionButton(.apply, t["dashboard.saveTitle"])
                ),
                .if(!spec.entries.isEmpty, tileList(t)),
                full ? .p(.attr("class", "note"), .text(t("dashboard.full", String(DashboardSpec.maximumTiles)))) : chooserFields(t)
            ),
            .p(.a(.attr("href", shareURL), .text(t["dashboard.done"])))
        )
    }

    private func actionButton(_ action: DashboardEdit, _ text: String, hidden: String? = nil) -> Node<HTML.BodyContext> {
        .element(named: "button", nodes: [
            .attr("type", "submit"), .attr("name", DashboardEdit.parameterAction), .attr("value", action.text),
            .text(text), .unwrap(hidden) { .span(.attr("class", "visually-hidden"), .text($0)) },
        ])
    }

    /// The tiles in order, each with its buttons: up, down, remove (named with the tile for a screen reader).
    private func tileList(_ t: Strings) -> Node<HTML.BodyContext> {
        .fieldset(
            .legend(.text(t["dashboard.tilesLegend"])),
            .ol(.attr("class", "dash-tile-list"), .forEach(tiles) { tile in
                let index = tile.number - 1
                let named = " — \(t("dashboard.tileNumber", String(tile.number))): \(tile.heading)"
                return .li(
                    .attr("id", "bewerk-tegel-\(tile.number)"),
                    .span(.attr("class", "dash-tile-name"), .text(tile.heading)),
                    .span(.attr("class", "dash-tile-buttons"),
                          .if(index > 0, actionButton(.up(index), t["dashboard.up"], hidden: named)),
                          .if(index < tiles.count - 1, actionButton(.down(index), t["dashboard.down"], hidden: named)),
                          actionButton(.remove(index), t["dashboard.remove"], hidden: named))
                )
            })
        )
    }

    /// A new tile: kind, indicator, level, parent or own group, period; preset to the last tile's figures, or to what
    /// was chosen. "Kies" shows the lists narrowed to the choice (levels with figures, areas above the level).
    private func chooserFields(_ t: Strings) -> Node<HTML.BodyContext> {
        let kinds = DashboardSpec.Kind.allCases.map { (value: $0.rawValue, label: t["dashboard.kind.\($0.rawValue)"]) }
        return .fieldset(
            .attr("id", "nieuwe-tegel"),
            .legend(.text(t["dashboard.addLegend"])),
            .if(!chooser.problems.isEmpty, .div(.attr("class", "notice"), .attr("role", "status"),
                                                .ul(.forEach(chooser.problems) { .li(.text($0)) }))),
            .selectField(id: "nieuw-soort", label: t["dashboard.kindLabel"], name: DashboardEdit.newKind, options: kinds,
                         selected: chooser.kind.rawValue),
            .selectField(id: "nieuw-indicator", label: t["dashboard.indicatorLabel"], name: DashboardEdit.newIndicator,
                         options: chooser.indicators, selected: chooser.indicator),
            .forEach(chooser.hints) { .p(.attr("class", "hint"), .text($0)) },
            .selectField(id: "nieuw-niveau", label: t["indicator.level"], name: DashboardEdit.newLevel, options: chooser.levels,
                         selected: chooser.level),
            .selectField(id: "nieuw-binnen", label: t["indicator.within"], name: DashboardEdit.newParent,
                         options: [("", t["indicator.allAreas"])] + chooser.parents, selected: chooser.parent ?? ""),
            .field(id: "nieuw-gebieden", label: t["dashboard.areasLabel"], name: DashboardEdit.newAreas, value: chooser.areas,
                   required: false, hint: t("dashboard.areasHint", String(DashboardSpec.maximumAreas))),
            .field(id: "nieuw-periode", label: t["indicator.period"], name: DashboardEdit.newPeriod, value: chooser.period,
                   required: false, hint: t["dashboard.periodHint"]),
            actionButton(.choose, t["export.chooseButton"]),
            actionButton(.add, t["dashboard.add"]),
            .unwrap(chooser.indicator) { code in
                .p(.attr("class", "note"), .text(t["export.chooseOnPage"] + " "),
                   .a(.attr("href", indicatorPageLink(code)),
                      .text(t("export.chooseOnPageLink", chooser.indicators.first { $0.value == code }?.label ?? code))))
            }
        )
    }

    /// The indicator's page at the chooser's level and parent, carrying this dashboard (`dashboard=`), so its
    /// "Toevoegen aan dashboard" appends to this one.
    func indicatorPageLink(_ code: String) -> String {
        CijfersPath.indicator(code: code).url([("level", chooser.level), ("parent", chooser.parent),
                                               (DashboardAppend.parameter, DashboardAppend.carried(spec))])
    }
}
