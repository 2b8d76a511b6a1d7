import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Plot
import Vapor

/// The organisation's cases, newest first, and the form that opens a case or finds it again by its dossier number.
struct DemadCasesPage {
    struct Row: Equatable {
        let id: Int
        let opened: String
        let closed: String?
        let worker: String
        let measurements: Int
        let latest: String
        let weight: Double
    }

    let language: SiteLanguage
    var rows: [Row] = []
    var mayEdit = false
    var csrf = ""
    var problems: [RefusedAction.Reason] = []
    var languageSupport = false

    static func load(_ req: Request, principal: Principal, csrf: String) async throws -> DemadCasesPage {
        let w = DemadWords(req.language)
        let stored = try await DemadStore(database: req.db).cases(organisationID: principal.organisationID)
        let names = DemadAccess.admin(principal)
            ? Dictionary(try await DemadAccess.members(req, organisationID: principal.organisationID, disabledToo: true).map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            : [:]
        var page = DemadCasesPage(language: req.language, mayEdit: DemadAccess.editor(principal), csrf: csrf)
        page.rows = stored.reversed().map { item in
            let c = item.value
            let worker: String
            if c.workerID == nil { worker = w.t["demad.worker.none"] }
            else if c.workerID == principal.userID { worker = w.t["demad.worker.you"] }
            else { worker = c.workerID.flatMap { names[$0] } ?? w.t["demad.worker.colleague"] }
            return Row(id: c.id, opened: c.opened.description, closed: c.closed?.description, worker: worker, measurements: c.measurements.count,
                       latest: c.measurements.last?.day.description ?? "—",
                       weight: DemadWorkload.weight(of: c, weighting: DemadScale.standard.caseWeight).value)
        }
        return page
    }

    func page() -> Page {
        let w = DemadWords(language)
        let t = w.t
        let dossierProblems = problems.filter { $0.field == "dossier" }.map(\.message)
        return Page(
            title: t["demad.cases.title"],
            breadcrumbs: w.breadcrumbs(t["demad.cases.title"]),
            content: .group(
                .p(.text(t["demad.cases.intro"])),
                .formErrors(problems.map(\.message), strings: SiteStrings(language)),
                .if(mayEdit, .section(
                    .h2(.attr("id", "demad-open"), .text(t["demad.open.title"])),
                    .postForm(
                        action: DemadPath.cases.path, csrf: csrf,
                        .field(id: "dossier", label: t["demad.open.dossier"], name: "dossier", autocomplete: "off", hint: t["demad.open.dossierHint"]),
                        .forEach(dossierProblems) { .p(.attr("class", "field-error"), .text($0)) },
                        .div(.attr("class", "field checkbox"),
                             .checkbox(id: "taal", name: "taal", value: "ja", checked: languageSupport),
                             .element(named: "label", nodes: [.attr("for", "taal"), .text(t["demad.open.language"])])),
                        .element(named: "button", nodes: [.attr("type", "submit"), .text(t["demad.open.submit"])])
                    )
                )),
                .h2(.attr("id", "demad-list"), .text(t["demad.cases.listTitle"])),
                rows.isEmpty ? .p(.text(t["demad.cases.empty"])) : .div(
                    .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "demad-cases-caption"), .attr("tabindex", "0"),
                    .table(
                        .caption(.attr("id", "demad-cases-caption"), .text(t("demad.cases.caption", String(rows.count)))),
                        .thead(.tr(
                            .th(.attr("scope", "col"), .text(t["demad.col.case"])),
                            .th(.attr("scope", "col"), .text(t["demad.col.opened"])),
                            .th(.attr("scope", "col"), .text(t["demad.col.closed"])),
                            .th(.attr("scope", "col"), .text(t["demad.col.worker"])),
                            .th(.attr("scope", "col"), .attr("class", "number"), .text(t["demad.col.measurements"])),
                            .th(.attr("scope", "col"), .text(t["demad.col.latest"])),
                            .th(.attr("scope", "col"), .attr("class", "number"), .text(t["demad.col.weight"]))
                        )),
                        .tbody(.forEach(rows) { row in
                            .tr(
                                .th(.attr("scope", "row"), .a(.attr("href", DemadPath.dossier(row.id).path), .text(t("demad.case.name", String(row.id))))),
                                .td(.text(row.opened)),
                                .td(.text(row.closed ?? "—")),
                                .td(.text(row.worker)),
                                .td(.attr("class", "number"), .text(String(row.measurements))),
                                .td(.text(row.latest)),
                                .td(.attr("class", "number"), .text(w.number(row.weight, decimals: 2)))
                            )
                        })
                    )
                )
            ),
            strings: SiteStrings(language))
    }
}
