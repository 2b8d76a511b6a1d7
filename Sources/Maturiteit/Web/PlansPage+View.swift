import Platform
import MaturiteitDomain
import Plot

extension PlansPageModel {
    func page() -> Page {
        let campaign = visible.campaign
        return Page(
            title: "Aanbevelingen en werkpakketten",
            breadcrumbs: [("Maturiteit", MaturiteitPath.home.path), (campaign.campaign.name, MaturiteitPath.campaign(campaign.code).path),
                          ("Aanbevelingen", nil)],
            description: "Aanbevelingen en werkpakketten uit de meting \(campaign.campaign.name).",
            content: .group(
                .notice(notice),
                .formErrors(problems),
                .p(.text("Uit de meting \(campaign.campaign.name) (\(campaign.campaign.moment)). Aanbevelingen staan gerangschikt op belang en daarna urgentie; de gekozen top staat bovenaan.")),
                .getForm(action: MaturiteitPath.plans(campaign: campaign.code).path, .attr("class", "selectors no-print"),
                      .selectField(id: "thema", label: "Thema", name: "thema",
                                   options: [("", "alle thema's")] + visible.model.themes.map { ($0.code, $0.name) }, selected: theme ?? ""),
                      .selectField(id: "trekker", label: "Trekker", name: "trekker",
                                   options: [("", "alle trekkers")] + leads.map { ($0, $0) }, selected: lead ?? ""),
                      .submitButton("Filter")),
                .p(.attr("class", "no-print"), .button(.type(.button), .attr("class", "print"), .attr("data-print", ""), .text("Afdrukken"))),
                recommendationsSection,
                workPackagesSection,
                .if(visible.mayManage, editSection)
            ))
    }

    private var recommendationsSection: Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "aanbevelingen-kop"),
            .h2(.attr("id", "aanbevelingen-kop"), .text("Aanbevelingen (\(shownRecommendations.count))")),
            .table(
                .attr("class", "data"),
                .caption(.text("Aanbevelingen" + (theme.map { " voor \(themeName($0))" } ?? ""))),
                .thead(.tr(.th(.attr("class", "num"), .text("Nr.")), .th(.text("Thema")), .th(.text("Aanbeveling")),
                           .th(.attr("class", "num"), .text("Belang")), .th(.attr("class", "num"), .text("Urgentie")), .th(.text("Top")))),
                .tbody(.forEach(shownRecommendations) { item in
                    .tr(.td(.attr("class", "num"), .text(String(item.number))), .td(.text(themeName(item.theme))), .td(.text(item.text)),
                        .td(.attr("class", "num"), .text(item.importance.map(String.init) ?? "–")),
                        .td(.attr("class", "num"), .text(item.urgency.map(String.init) ?? "–")),
                        .td(.text(item.selected ? "ja" : "nee")))
                })
            )
        )
    }

    private var workPackagesSection: Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "werkpakketten-kop"),
            .h2(.attr("id", "werkpakketten-kop"), .text("Werkpakketten (\(shownWorkPackages.count))")),
            .table(
                .attr("class", "data"),
                .caption(.text("Werkpakketten" + (lead.map { " met trekker \($0)" } ?? ""))),
                .thead(.tr(.th(.attr("class", "num"), .text("Nr.")), .th(.text("Werkpakket")), .th(.text("Thema's")), .th(.text("Trekkers")),
                           .th(.attr("class", "num"), .text("Prioriteit")), .th(.text("Start")), .th(.text("Status")), .th(.text("Voortgang")))),
                .tbody(.forEach(shownWorkPackages) { item in
                    .tr(.td(.attr("class", "num"), .text(String(item.number))),
                        .td(.text(item.title), .if(!item.subtopics.isEmpty, .span(.attr("class", "hint"), .text(" (\(item.subtopics.joined(separator: ", ")))")))),
                        .td(.text(item.themes.map(themeName).joined(separator: ", "))),
                        .td(.text(item.leads.isEmpty ? "nog te bepalen" : item.leads.joined(separator: ", "))),
                        .td(.attr("class", "num"), .text(String(item.priority))),
                        .td(.text(item.start)),
                        .td(.text(item.status.label)),
                        .td(.text(item.progress)))
                })
            ),
            .p(.attr("class", "hint"), .text("Prioriteit 1 gaat eerst, 4 komt later."))
        )
    }

    private var editSection: Node<HTML.BodyContext> {
        let code = visible.campaign.code
        let themes = visible.model.themes.map { ($0.code, $0.name) }
        let ratings: [(value: String, label: String)] = [("", "niet beoordeeld")] + (1...5).map { (String($0), String($0)) }
        return .section(
            .attr("class", "no-print"),
            .attr("aria-labelledby", "bewerken-kop"),
            .h2(.attr("id", "bewerken-kop"), .text("Aanbeveling of werkpakket toevoegen of wijzigen")),
            .p(.attr("class", "hint"), .text("Vul een bestaand nummer in om dat item te wijzigen; laat het leeg om een nieuw toe te voegen.")),
            .div(.attr("class", "columns"),
                .postForm(
                    action: MaturiteitPath.recommendations(campaign: code).path, csrf: csrf,
                    .h3(.text("Aanbeveling")),
                    .field(id: "aanbeveling-nummer", label: "Nummer", name: "nummer", type: "number", required: false),
                    .selectField(id: "aanbeveling-thema", label: "Thema", name: "thema", options: themes, selected: nil),
                    .textArea(id: "aanbeveling-tekst", label: "Aanbeveling", name: "tekst"),
                    .selectField(id: "aanbeveling-belang", label: "Belang en impact (1–5)", name: "belang", options: ratings, selected: ""),
                    .selectField(id: "aanbeveling-urgentie", label: "Urgentie (1–5)", name: "urgentie", options: ratings, selected: ""),
                    .selectField(id: "aanbeveling-top", label: "In de top", name: "top", options: [("ja", "ja"), ("nee", "nee")], selected: "nee"),
                    .button(.type(.submit), .text("Aanbeveling bewaren"))),
                .postForm(
                    action: MaturiteitPath.workPackages(campaign: code).path, csrf: csrf,
                    .h3(.text("Werkpakket")),
                    .field(id: "werkpakket-nummer", label: "Nummer", name: "nummer", type: "number", required: false),
                    .field(id: "werkpakket-titel", label: "Titel", name: "titel"),
                    .field(id: "werkpakket-themas", label: "Thema's (codes, gescheiden door ;)", name: "themas",
                           hint: visible.model.themes.map(\.code).joined(separator: ", ")),
                    .field(id: "werkpakket-subthemas", label: "Subthema's (gescheiden door ;)", name: "subthemas", required: false),
                    .field(id: "werkpakket-trekkers", label: "Trekkers (gescheiden door ;)", name: "trekkers", required: false),
                    .selectField(id: "werkpakket-prioriteit", label: "Prioriteit", name: "prioriteit",
                                 options: (1...4).map { (String($0), String($0)) }, selected: "2"),
                    .field(id: "werkpakket-start", label: "Start", name: "start", required: false),
                    .selectField(id: "werkpakket-status", label: "Status", name: "status",
                                 options: WorkPackage.Status.allCases.map { ($0.rawValue, $0.label) }, selected: WorkPackage.Status.planned.rawValue),
                    .textArea(id: "werkpakket-voortgang", label: "Voortgang", name: "voortgang"),
                    .button(.type(.submit), .text("Werkpakket bewaren"))))
        )
    }
}
