import Platform
import MaturiteitDomain
import Plot

extension PlansPageModel {
    func page() -> Page {
        let t = MaturiteitText.strings(language)
        let campaign = visible.campaign
        return Page(
            title: t["plans.title"],
            breadcrumbs: [(t["common.maturity"], MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          (t["plans.crumb"], nil)],
            description: t("plans.description", campaign.campaign.name),
            content: .group(
                .notice(notice),
                .formErrors(problems, strings: SiteStrings(language)),
                .p(.text(t("plans.intro", campaign.campaign.name, campaign.campaign.moment))),
                .getForm(action: MaturiteitPath.plans(campaign: campaign.code).path, .attr("class", "selectors no-print"),
                      .selectField(id: "thema", label: t["common.theme"], name: "thema",
                                   options: [("", t["plans.allThemes"])] + visible.model.themes.map { ($0.code, $0.name) }, selected: theme ?? ""),
                      .selectField(id: "trekker", label: t["plans.lead"], name: "trekker",
                                   options: [("", t["plans.allLeads"])] + leads.map { ($0, $0) }, selected: lead ?? ""),
                      .submitButton(t["plans.filter"])),
                .p(.attr("class", "no-print"), .button(.type(.button), .attr("class", "print"), .attr("data-print", ""), .text(t["plans.print"]))),
                recommendationsSection(t),
                workPackagesSection(t),
                .if(visible.mayManage, editSection(t))
            ),
            strings: SiteStrings(language))
    }

    private func recommendationsSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "aanbevelingen-kop"),
            .h2(.attr("id", "aanbevelingen-kop"), .text(t("plans.recommendationsTitle", String(shownRecommendations.count)))),
            .table(
                .attr("class", "data"),
                .caption(.text(theme.map { t("plans.recommendationsCaptionTheme", themeName($0)) } ?? t["plans.recommendationsCaption"])),
                .thead(.tr(.th(.attr("class", "num"), .text(t["plans.number"])), .th(.text(t["common.theme"])), .th(.text(t["plans.recommendation"])),
                           .th(.attr("class", "num"), .text(t["plans.importance"])), .th(.attr("class", "num"), .text(t["plans.urgency"])),
                           .th(.text(t["plans.top"])))),
                .tbody(.forEach(shownRecommendations) { item in
                    .tr(.td(.attr("class", "num"), .text(String(item.number))), .td(.text(themeName(item.theme))), .td(.text(item.text)),
                        .td(.attr("class", "num"), .text(item.importance.map(String.init) ?? "–")),
                        .td(.attr("class", "num"), .text(item.urgency.map(String.init) ?? "–")),
                        .td(.text(item.selected ? t["common.yes"] : t["common.no"])))
                })
            )
        )
    }

    private func workPackagesSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "werkpakketten-kop"),
            .h2(.attr("id", "werkpakketten-kop"), .text(t("plans.workPackagesTitle", String(shownWorkPackages.count)))),
            .table(
                .attr("class", "data"),
                .caption(.text(lead.map { t("plans.workPackagesCaptionLead", $0) } ?? t["plans.workPackagesCaption"])),
                .thead(.tr(.th(.attr("class", "num"), .text(t["plans.number"])), .th(.text(t["plans.workPackage"])), .th(.text(t["plans.themes"])),
                           .th(.text(t["plans.leads"])), .th(.attr("class", "num"), .text(t["plans.priority"])), .th(.text(t["plans.start"])),
                           .th(.text(t["common.status"])), .th(.text(t["plans.progress"])))),
                .tbody(.forEach(shownWorkPackages) { item in
                    .tr(.td(.attr("class", "num"), .text(String(item.number))),
                        .td(.text(item.title), .if(!item.subtopics.isEmpty, .span(.attr("class", "hint"), .text(" (\(item.subtopics.joined(separator: ", ")))")))),
                        .td(.text(item.themes.map(themeName).joined(separator: ", "))),
                        .td(.text(item.leads.isEmpty ? t["plans.leadsToDecide"] : item.leads.joined(separator: ", "))),
                        .td(.attr("class", "num"), .text(String(item.priority))),
                        .td(.text(item.start)),
                        .td(.text(MaturiteitText.label(item.status, t))),
                        .td(.text(item.progress)))
                })
            ),
            .p(.attr("class", "hint"), .text(t["plans.priorityHint"]))
        )
    }

    private func editSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let code = visible.campaign.code
        let themes = visible.model.themes.map { ($0.code, $0.name) }
        let ratings: [(value: String, label: String)] = [("", t["plans.notRated"])] + (1...5).map { (String($0), String($0)) }
        return .section(
            .attr("class", "no-print"),
            .attr("aria-labelledby", "bewerken-kop"),
            .h2(.attr("id", "bewerken-kop"), .text(t["plans.editTitle"])),
            .p(.attr("class", "hint"), .text(t["plans.editHint"])),
            .div(.attr("class", "columns"),
                .postForm(
                    action: MaturiteitPath.recommendations(campaign: code).path, csrf: csrf,
                    .h3(.text(t["plans.recommendation"])),
                    .field(id: "aanbeveling-nummer", label: t["plans.numberLabel"], name: "nummer", type: "number", required: false),
                    .selectField(id: "aanbeveling-thema", label: t["common.theme"], name: "thema", options: themes, selected: nil),
                    .textArea(id: "aanbeveling-tekst", label: t["plans.recommendation"], name: "tekst"),
                    .selectField(id: "aanbeveling-belang", label: t["plans.importanceLabel"], name: "belang", options: ratings, selected: ""),
                    .selectField(id: "aanbeveling-urgentie", label: t["plans.urgencyLabel"], name: "urgentie", options: ratings, selected: ""),
                    .selectField(id: "aanbeveling-top", label: t["plans.inTop"], name: "top",
                                 options: [("ja", t["common.yes"]), ("nee", t["common.no"])], selected: "nee"),
                    .button(.type(.submit), .text(t["plans.saveRecommendation"]))),
                .postForm(
                    action: MaturiteitPath.workPackages(campaign: code).path, csrf: csrf,
                    .h3(.text(t["plans.workPackage"])),
                    .field(id: "werkpakket-nummer", label: t["plans.numberLabel"], name: "nummer", type: "number", required: false),
                    .field(id: "werkpakket-titel", label: t["plans.titleLabel"], name: "titel"),
                    .field(id: "werkpakket-themas", label: t["plans.themesLabel"], name: "themas",
                           hint: visible.model.themes.map(\.code).joined(separator: ", ")),
                    .field(id: "werkpakket-subthemas", label: t["plans.subthemesLabel"], name: "subthemas", required: false),
                    .field(id: "werkpakket-trekkers", label: t["plans.leadsLabel"], name: "trekkers", required: false),
                    .selectField(id: "werkpakket-prioriteit", label: t["plans.priority"], name: "prioriteit",
                                 options: (1...4).map { (String($0), String($0)) }, selected: "2"),
                    .field(id: "werkpakket-start", label: t["plans.start"], name: "start", required: false),
                    .selectField(id: "werkpakket-status", label: t["common.status"], name: "status",
                                 options: WorkPackage.Status.allCases.map { ($0.rawValue, MaturiteitText.label($0, t)) },
                                 selected: WorkPackage.Status.planned.rawValue),
                    .textArea(id: "werkpakket-voortgang", label: t["plans.progress"], name: "voortgang"),
                    .button(.type(.submit), .text(t["plans.saveWorkPackage"]))))
        )
    }
}
