import DienstenDomain
import Foundation
import Platform
import Plot

extension DemadCasePage {
    func page() -> Page {
        let w = DemadWords(language)
        let t = w.t
        let title = t("demad.case.name", String(demadCase.id))
        let days = demadCase.measurements.map(\.day)
        let scored = w.scale.domainCodes.filter { code in demadCase.measurements.contains { $0.scores[code] != nil } }
        return Page(
            title: title,
            breadcrumbs: w.breadcrumbs(title, middle: [(t["demad.cases.title"], DemadPath.cases.path)]),
            content: .group(
                .notice(notice),
                .formErrors(problems.map(\.message), strings: SiteStrings(language)),
                .element(named: "dl", nodes: [
                    .element(named: "dt", text: t["demad.col.opened"]), .element(named: "dd", text: demadCase.opened.description),
                    .element(named: "dt", text: t["demad.col.closed"]), .element(named: "dd", text: demadCase.closed?.description ?? "—"),
                    .element(named: "dt", text: t["demad.col.worker"]), .element(named: "dd", text: workerLabel),
                    .element(named: "dt", text: t["demad.case.language"]),
                    .element(named: "dd", text: demadCase.languageSupport ? t["demad.yes"] : t["demad.no"]),
                    .element(named: "dt", text: t["demad.col.weight"]),
                    .element(named: "dd", nodes: [.attr("id", "demad-weight"),
                                                  .text(t("demad.case.weight", w.number(weight.value, decimals: 2), String(weight.lowDomains),
                                                          String(weight.urgentDomains)))]),
                    .element(named: "dt", text: t["demad.case.goals"]),
                    .element(named: "dd", text: demadCase.goals.map { t("demad.case.goalsValue", String($0.reached), String($0.set)) } ?? "—"),
                ]),
                .h2(.attr("id", "demad-changes"), .text(t["demad.case.changesTitle"])),
                changes.isEmpty ? .p(.text(t["demad.case.noChanges"])) : DemadWords.table(
                    id: "demad-case-changes", caption: t["demad.case.changesCaption"],
                    head: [t["demad.col.domain"], t["demad.col.first"], t["demad.col.latest"], t["demad.col.change"], t["demad.col.status"]],
                    rows: changes.map { c in
                        [w.domain(c.domain), String(c.first), String(c.latest), w.change(Double(c.change)), t["demad.lasting.\(c.lasting.rawValue)"]]
                    }),
                .h2(.attr("id", "demad-measurements"), .text(t["demad.case.measurementsTitle"])),
                days.isEmpty ? .p(.text(t["demad.case.noMeasurements"])) : DemadWords.table(
                    id: "demad-case-measurements", caption: t["demad.case.measurementsCaption"],
                    head: [t["demad.col.domain"]] + days.map(\.description),
                    rows: scored.map { code in [w.domain(code)] + demadCase.measurements.map { $0.scores[code].map(String.init) ?? "—" } }
                        + [[t["demad.case.goals"]] + demadCase.measurements.map { m in
                            m.goalsSet.map { t("demad.case.goalsValue", String(m.goalsReached ?? 0), String($0)) } ?? "—"
                        }]),
                .if(mayEdit, measurementForm(w)),
                .if(mayEdit, settingsForm(w)),
                .p(.a(.attr("href", DemadPath.cases.path), .text(t["demad.case.back"])))
            ),
            strings: SiteStrings(language))
    }

    func fieldProblems(_ field: String) -> Node<HTML.BodyContext> {
        .forEach(problems.filter { $0.field == field }.map(\.message)) { .p(.attr("class", "field-error"), .text($0)) }
    }

    func measurementForm(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let options = [("", t["demad.measure.notScored"])] + w.scale.scale.map { (String($0.score), w.level($0.score)) }
        return .section(
            .h2(.attr("id", "demad-measure"), .text(t["demad.measure.title"])),
            .p(.attr("class", "hint"), .text(t["demad.measure.hint"])),
            .postForm(
                action: DemadPath.measurements(demadCase.id).path, csrf: csrf,
                .field(id: "datum", label: t["demad.measure.day"], name: "datum", value: form.day, hint: t["demad.measure.dayHint"]),
                fieldProblems("datum"),
                .fieldset(
                    .legend(.text(t["demad.measure.scores"])),
                    fieldProblems("scores"),
                    .div(.attr("class", "demad-scores"),
                         .forEach(w.scale.domains) { domain in
                             .group(.selectField(id: "score-\(domain.code)", label: domain.label.text(w.code), name: domain.code,
                                                 options: options.map { (value: $0.0, label: $0.1) }, selected: form.scores[domain.code] ?? ""),
                                    fieldProblems(domain.code))
                         })
                ),
                .field(id: "doelen_gesteld", label: t["demad.measure.goalsSet"], name: "doelen_gesteld", type: "text", value: form.goalsSet, required: false),
                fieldProblems("doelen_gesteld"),
                .field(id: "doelen_bereikt", label: t["demad.measure.goalsReached"], name: "doelen_bereikt", type: "text", value: form.goalsReached,
                       required: false),
                fieldProblems("doelen_bereikt"),
                .element(named: "button", nodes: [.attr("type", "submit"), .text(t["demad.measure.submit"])])
            )
        )
    }

    func settingsForm(_ w: DemadWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let workerOptions = [("", t["demad.worker.none"])] + members.map { (String($0.id), $0.name) }
        return .section(
            .h2(.attr("id", "demad-settings"), .text(t["demad.settings.title"])),
            .postForm(
                action: DemadPath.settings(demadCase.id).path, csrf: csrf,
                .selectField(id: "medewerker", label: t["demad.col.worker"], name: "medewerker", options: workerOptions.map { (value: $0.0, label: $0.1) },
                             selected: demadCase.workerID.map(String.init) ?? ""),
                .div(.attr("class", "field checkbox"),
                     .checkbox(id: "taalondersteuning", name: "taalondersteuning", value: "ja", checked: demadCase.languageSupport),
                     .element(named: "label", nodes: [.attr("for", "taalondersteuning"), .text(t["demad.open.language"])])),
                .field(id: "afgesloten", label: t["demad.settings.closed"], name: "afgesloten", value: demadCase.closed?.description ?? "",
                       required: false, hint: t["demad.settings.closedHint"]),
                fieldProblems("afgesloten"),
                .element(named: "button", nodes: [.attr("type", "submit"), .text(t["demad.settings.submit"])])
            )
        )
    }
}
