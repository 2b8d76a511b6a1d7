import DienstenDomain
import Foundation
import Platform
import Plot

extension RightsBrowseModel {
    func page() -> Page {
        let t = DienstenText.strings(language)
        let site = SiteStrings(language)
        let title = municipality.map { t("rights.browse.municipalityTitle", $0.name) } ?? t["rights.browse.allTitle"]
        return Page(
            title: title,
            breadcrumbs: [(site.home, SitePath.home.path), (t["home.title"], DienstenPath.home.path),
                          (t["rights.home.title"], RightsPath.home.path), (title, nil)],
            description: municipality.map { t("rights.browse.municipalityDescription", $0.name) } ?? t["rights.browse.allDescription"],
            content: .group(
                intro(t),
                problems(t),
                filters(t),
                .div(
                    .attr("class", "rights-results"),
                    .p(.attr("class", "rights-count"), .attr("role", "status"), .text(countText(t))),
                    .forEach(groups) { group in
                        .section(
                            .attr("class", "rights-group"), .attr("aria-labelledby", "groep-\(group.scope.rawValue)"),
                            .h2(.attr("id", "groep-\(group.scope.rawValue)"),
                                .text(t["rights.scope.heading.\(group.scope.rawValue)"] + " (\(group.entries.count))")),
                            .ul(.attr("class", "rights-list"), .forEach(group.entries) { entry in card(entry, t) })
                        )
                    }
                ),
                .p(.attr("class", "rights-note"), .text(t["rights.browse.lifeEventNote"]))
            ),
            strings: site)
    }

    private func intro(_ t: Strings) -> Node<HTML.BodyContext> {
        .group(
            .p(.attr("class", "rights-intro"),
               .text(municipality.map { t("rights.browse.municipalityIntro", $0.name) } ?? t["rights.browse.allIntro"])),
            .ul(.attr("class", "rights-links"),
                .li(.a(.attr("href", RightsPath.home.path), .text(t["rights.browse.otherMunicipality"]))),
                .if(municipality != nil, .li(.a(.attr("href", RightsPath.all.path), .text(t["rights.home.allLink"])))),
                .unwrap(figures) { figures in
                    .li(.a(.attr("href", figures.path), .text(t("rights.browse.figures", figures.name))))
                },
                .li(.a(.attr("href", ScreeningPath.screen.path), .text(t["rights.browse.screening"]))))
        )
    }

    private func problems(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !result.problems.isEmpty else { return .empty }
        return .div(
            .attr("class", "rights-notes"), .attr("role", "status"),
            .ul(.forEach(result.problems) { problem in .li(.text(t("rights.browse.unknown.\(problem.facet.rawValue)", problem.value))) })
        )
    }

    private func filters(_ t: Strings) -> Node<HTML.BodyContext> {
        let facets = result.facets
        func options(_ facet: BrowseFacet, all: String) -> [(value: String, label: String)] {
            [("", all)] + (facets[facet] ?? []).filter { $0.count > 0 || $0.selected }.map { ($0.code, "\($0.label) (\($0.count))") }
        }
        return .getForm(
            action: path,
            .attr("class", "rights-filters"),
            .fieldset(
                .legend(.text(t["rights.browse.filter"])),
                .field(id: "rechten-q", label: t["rights.browse.search"], name: "q", type: "search", value: result.applied.text ?? "",
                       required: false),
                .selectField(id: "rechten-thema", label: t["rights.browse.theme"], name: BrowseFacet.theme.rawValue,
                             options: options(.theme, all: t["rights.browse.allThemes"]), selected: result.applied.theme ?? ""),
                .selectField(id: "rechten-doelgroep", label: t["rights.browse.targetGroup"], name: BrowseFacet.targetGroup.rawValue,
                             options: options(.targetGroup, all: t["rights.browse.allTargetGroups"]), selected: result.applied.targetGroup ?? ""),
                .selectField(id: "rechten-gebeurtenis", label: t["rights.browse.lifeEvent"], name: BrowseFacet.lifeEvent.rawValue,
                             options: options(.lifeEvent, all: t["rights.browse.allLifeEvents"]), selected: result.applied.lifeEvent ?? ""),
                .selectField(id: "rechten-bestuur", label: t["rights.browse.scope"], name: BrowseFacet.scope.rawValue,
                             options: options(.scope, all: t["rights.browse.allScopes"]), selected: result.applied.scope ?? ""),
                .submitButton(t["rights.browse.show"]),
                .if(isFiltered, .p(.a(.attr("href", path), .text(t["rights.browse.clear"]))))
            ),
            themeLinks(t)
        )
    }

    /// The themes as links too: one click, no form needed.
    private func themeLinks(_ t: Strings) -> Node<HTML.BodyContext> {
        let themes = (result.facets[.theme] ?? []).filter { $0.count > 0 }
        guard !themes.isEmpty else { return .empty }
        return .nav(
            .attr("class", "rights-themes"), .attr("aria-label", t["rights.browse.themeLinks"]),
            .ul(.forEach(themes) { theme in
                .li(theme.selected
                    ? .strong(.attr("aria-current", "true"), .text("\(theme.label) (\(theme.count))"))
                    : .a(.attr("href", url(setting: .theme, to: theme.code)), .text("\(theme.label) (\(theme.count))")))
            })
        )
    }

    private var isFiltered: Bool {
        let applied = result.applied
        return applied.theme != nil || applied.targetGroup != nil || applied.lifeEvent != nil || applied.scope != nil || applied.text != nil
    }

    private func countText(_ t: Strings) -> String {
        let shown = result.entries.count
        if total == 0 { return t["rights.browse.emptyCatalogue"] }
        if shown == 0 { return t["rights.browse.none"] }
        if shown == total { return shown == 1 ? t["rights.browse.countOne"] : t("rights.browse.count", String(shown)) }
        return t("rights.browse.countOf", String(shown), String(total))
    }

    private func card(_ entry: BrowseEntry, _ t: Strings) -> Node<HTML.ListContext> {
        let code = DienstenText.code(language)
        let service = entry.service
        let summary = service.description.text(code).map { RightsFormat.summary($0) } ?? ""
        let themes = service.themes.map { RightsVocabulary.shared.theme($0, code) }.joined(separator: ", ")
        return .li(
            .attr("class", "rights-card"),
            .h3(.a(.attr("href", rightURL(entry.key)), RightsFormat.name(service.name, language, fallback: entry.key))),
            .if(!summary.isEmpty, .p(.if(service.description.isFallback(code), .attr("lang", "nl")), .text(summary))),
            .p(.attr("class", "rights-meta"),
               .text(entry.scope.name(code)),
               .if(!themes.isEmpty, .text(" · " + themes)),
               .if(RightsFormat.hasEnded(service), .text(" · " + t["rights.right.ended"])))
        )
    }
}
