import DienstenDomain
import Foundation
import Platform
import Plot

extension RightsHomeModel {
    func page() -> Page {
        let t = DienstenText.strings(language)
        let site = SiteStrings(language)
        return Page(
            title: t["rights.home.title"],
            breadcrumbs: [(site.home, SitePath.home.path), (t["home.title"], DienstenPath.home.path), (t["rights.home.title"], nil)],
            description: t["rights.home.description"],
            content: .group(
                .p(.attr("class", "rights-intro"), .text(t["rights.home.intro"])),
                placeForm(t),
                result(t),
                .section(
                    .attr("class", "rights-start"), .attr("aria-labelledby", "rechten-alle"),
                    .h2(.attr("id", "rechten-alle"), .text(t["rights.home.allTitle"])),
                    .p(.a(.attr("href", RightsPath.all.path), .text(t["rights.home.allLink"]))),
                    .p(.text(catalogueText(t)))
                ),
                .section(
                    .attr("aria-labelledby", "rechten-lijst"),
                    .h2(.attr("id", "rechten-lijst"), .text(t["rights.home.listTitle"])),
                    .forEach(provinces) { province in
                        .element(named: "details", nodes: [
                            .attr("class", "rights-province"),
                            .element(named: "summary", nodes: [.text("\(province.name) (\(province.municipalities.count))")]),
                            .ul(.attr("class", "rights-municipalities"), .forEach(province.municipalities) { municipality in
                                .li(.a(.attr("href", RightsPath.municipality(municipality.nis).path), .text(municipality.name)))
                            }),
                        ])
                    }
                ),
                .p(.attr("class", "rights-note"), .text(t["rights.home.postcodeNote"]))
            ),
            strings: site)
    }

    private func placeForm(_ t: Strings) -> Node<HTML.BodyContext> {
        .getForm(
            action: RightsPath.home.path,
            .attr("class", "rights-place"), .attr("role", "search"),
            .field(id: "plaats", label: t["rights.home.placeLabel"], name: "plaats", value: typed,
                   required: true, hint: t["rights.home.placeHint"]),
            .submitButton(t["rights.home.placeButton"])
        )
    }

    private func result(_ t: Strings) -> Node<HTML.BodyContext> {
        switch match {
        case .empty, .found:
            return .empty
        case .choices(let choices):
            return .section(
                .attr("class", "rights-choices"), .attr("aria-labelledby", "rechten-keuze"),
                .h2(.attr("id", "rechten-keuze"), .text(t("rights.home.choose", typed))),
                .ul(.forEach(choices) { choice in
                    .li(.a(.attr("href", RightsPath.municipality(choice.municipality.nis).path), .text(choice.municipality.name)),
                        .unwrap(choice.via.flatMap { $0 == choice.municipality.name ? nil : $0 }) { .text(" (\($0))") })
                })
            )
        case .nothing(let suggestions, let unknownPostcode):
            return .div(
                .attr("class", "rights-notes"), .attr("role", "status"),
                .p(.text(unknownPostcode ? t("rights.home.unknownPostcode", typed) : t("rights.home.nothingFound", typed))),
                suggestions.isEmpty ? .p(.text(t["rights.home.useList"]))
                    : .group(
                        .p(.text(t["rights.home.suggestions"])),
                        .ul(.forEach(suggestions) { municipality in
                            .li(.a(.attr("href", RightsPath.municipality(municipality.nis).path), .text(municipality.name)))
                        }))
            )
        }
    }

    private func catalogueText(_ t: Strings) -> String {
        guard count > 0 else { return t["rights.home.empty"] }
        let counted = count == 1 ? t["rights.home.countOne"] : t("rights.home.count", String(count))
        guard let lastImport else { return counted }
        return counted + " " + t("rights.home.imported", RightsFormat.day(lastImport, language))
    }
}
