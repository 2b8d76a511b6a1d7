import DienstenDomain
import Foundation
import Platform
import Plot

/// A problem of an uploaded file, located: the file, the row and column as the file has them, and the reason.
struct EnergyFileProblem: Sendable, Hashable {
    let file: String
    let row: Int?
    let column: String?
    let reason: String
}

/// A building's meter data: the upload form for Fluvius quarter-hour exports, the located problems of a refused
/// upload, and what is stored per EAN and year.
struct EnergyMetersPage {
    let building: StoredEnergyBuilding
    let stored: [EnergyMeterYearSummary]
    var problems: [EnergyFileProblem] = []
    var formProblems: [String] = []
    let notice: String?
    let mayEdit: Bool
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = EnergyWords(language)
        let t = w.t
        return Page(
            title: t("energy.meters.title", building.setup.name),
            breadcrumbs: [(t["home.title"], DienstenPath.home.path), (t["energy.home.title"], EnergyPath.home.path),
                          (t["energy.buildings.title"], EnergyPath.buildings.path), (building.setup.name, EnergyPath.building(building.id).path),
                          (t["energy.meters.crumb"], nil)],
            description: t["energy.meters.description"],
            content: .group(
                .notice(notice),
                .formErrors(formProblems, strings: SiteStrings(language)),
                problemTable(t),
                .if(mayEdit, uploadForm(t)),
                storedTable(w)
            ),
            strings: SiteStrings(language))
    }

    func problemTable(_ t: Strings) -> Node<HTML.BodyContext> {
        .if(!problems.isEmpty, .div(
            .attr("class", "energy-problems"),
            .p(.attr("class", "form-errors"), .attr("role", "alert"),
               .text(problems.count == 1 ? t["energy.meters.problemsOne"] : t("energy.meters.problemsMany", String(problems.count)))),
            .div(.attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "energy-problems-caption"), .attr("tabindex", "0"),
                 .table(
                    .attr("class", "data"),
                    .caption(.attr("id", "energy-problems-caption"), .text(t["energy.meters.problemsCaption"])),
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["energy.meters.file"])),
                               .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.meters.row"])),
                               .th(.attr("scope", "col"), .text(t["energy.meters.column"])),
                               .th(.attr("scope", "col"), .text(t["energy.meters.reason"])))),
                    .tbody(.forEach(problems) { problem in
                        .tr(.td(.text(problem.file)), .td(.attr("class", "num"), .text(problem.row.map(String.init) ?? "—")),
                            .td(.text(problem.column ?? "—")), .td(.text(problem.reason)))
                    })
                 ))
        ))
    }

    func uploadForm(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "energy-upload-title"),
            .h2(.attr("id", "energy-upload-title"), .text(t["energy.meters.uploadTitle"])),
            .p(.text(t["energy.meters.uploadIntro"])),
            .p(.attr("class", "hint"), .text(t["energy.meters.uploadRules"])),
            .element(named: "form", nodes: [
                .attr("method", "post"), .attr("action", EnergyPath.meters(building.id).path),
                .attr("enctype", "multipart/form-data"), .attr("class", "form energy-upload"),
                .hidden(name: CSRF.field, value: csrf),
                .div(.attr("class", "field"),
                     .element(named: "label", nodes: [.attr("for", "files"), .text(t["energy.meters.files"])]),
                     .p(.attr("id", "files-hint"), .attr("class", "hint"), .text(t["energy.meters.filesHint"])),
                     .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                        .attr("type", "file"), .attr("id", "files"), .attr("name", "files"), .attr("multiple", "multiple"),
                        .attr("accept", ".csv,text/csv"), .attr("aria-describedby", "files-hint"), .attr("required", "required"),
                     ]))),
                .submitButton(t["energy.meters.upload"]),
            ])
        )
    }

    func storedTable(_ w: EnergyWords) -> Node<HTML.BodyContext> {
        let t = w.t
        func owner(_ ean: String) -> String {
            var names = building.setup.apartments.filter { $0.ean == ean }.map(\.label)
            if ean == building.setup.installationEAN { names.insert(t["energy.meters.installation"], at: 0) }
            return names.isEmpty ? t["energy.meters.notInBuilding"] : names.joined(separator: ", ")
        }
        return .section(
            .attr("aria-labelledby", "energy-stored-title"),
            .h2(.attr("id", "energy-stored-title"), .text(t["energy.meters.storedTitle"])),
            .if(stored.isEmpty, .p(.text(t["energy.meters.none"]))),
            .if(!stored.isEmpty, .div(
                .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "energy-stored-caption"), .attr("tabindex", "0"),
                .table(
                    .attr("class", "data energy-stored"),
                    .caption(.attr("id", "energy-stored-caption"), .text(t["energy.meters.storedCaption"])),
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["energy.field.year"])),
                               .th(.attr("scope", "col"), .text("EAN")),
                               .th(.attr("scope", "col"), .text(t["energy.meters.owner"])),
                               .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.meters.quarters"])),
                               .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.col.offtake"])),
                               .th(.attr("scope", "col"), .attr("class", "num"), .text(t["energy.meters.injection"])),
                               .th(.attr("scope", "col"), .text(t["energy.meters.file"])))),
                    .tbody(.forEach(stored) { row in
                        .tr(.td(.text(String(row.year))), .td(.text(row.ean)), .td(.text(owner(row.ean))),
                            .td(.attr("class", "num"), .text(t("energy.meters.quartersOf", w.number(Double(row.quartersPresent), decimals: 0),
                                                                 w.number(Double(SyntheticProfiles.year(row.year).count), decimals: 0)))),
                            .td(.attr("class", "num"), .text(w.kWh(row.offtake))), .td(.attr("class", "num"), .text(w.kWh(row.injection))),
                            .td(.text(row.sourceFile)))
                    })
                )
            ))
        )
    }
}
