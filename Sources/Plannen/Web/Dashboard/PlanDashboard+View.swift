import Platform
import PlannenDomain
import Plot

extension PlanDashboardModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        let plan = followUp.plan
        return Page(
            title: t("overview.dash.title", plan.name),
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (plan.name, PlannenPath.plan(ref).path),
                          (t["tab.dashboard"], nil)],
            description: t("overview.dash.description", plan.name, plan.organisation.name),
            content: .group(
                .planTabs(ref, current: .dashboard, mayManage: visible.mayManage, t),
                .overviewSaid(said),
                .p(.text(OverviewLines.version(followUp, language))),
                .if(!plan.published, .p(.attr("class", "plan-banner"), .text(t["overview.common.unpublishedBanner"]))),
                selectors(t),
                .p(.attr("class", "downloads"), .text(t["overview.common.download"] + " "),
                   .a(.attr("href", PlannenPath.export(ref, file: .dashboardCSV).url(query(year: year))), .text("CSV")), .text(" · "),
                   .a(.attr("href", PlannenPath.export(ref, file: .dashboardJSON).url(query(year: year))), .text("JSON"))),
                goalsSection(t),
                lateSection(t),
                milestonesSection(t),
                indicatorsSection(t)
            ),
            strings: SiteStrings(language))
    }

    private func selectors(_ t: Strings) -> Node<HTML.BodyContext> {
        let versionNumber = followUp.version.number != followUp.plan.latest?.number ? String(followUp.version.number) : nil
        return .getForm(
            action: PlannenPath.dashboard(ref).path, .attr("class", "selectors no-print"),
            .unwrap(versionNumber) { .hidden(name: "versie", value: $0) },
            .selectField(id: "jaar", label: t["overview.common.year"], name: "jaar",
                         options: [("", t["overview.common.allYears"])] + followUp.budget.years.map { (String($0), String($0)) },
                         selected: year.map(String.init) ?? ""),
            .field(id: "op", label: t["overview.dash.day"], name: "op", type: "date", value: dayGiven ? day.iso : "",
                   required: false),
            .submitButton(t["overview.common.show"]))
    }

    private func goalsSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let budgetLabel = year.map { t("overview.dash.budgetYear", String($0)) } ?? t["overview.dash.budgetAll"]
        return .section(
            .attr("aria-labelledby", "doelen-kop"),
            .h2(.attr("id", "doelen-kop"), .text(t["overview.dash.goals"])),
            .p(.attr("class", "hint"), .text(t["overview.dash.goalsHint"])),
            rows.isEmpty ? .p(.text(t["overview.dash.noGoals"])) : .div(
                .attr("class", "table-scroll"),
                .table(
                    .attr("class", "data plan-dashboard"),
                    .caption(.text(t("overview.dash.goalsCaption", budgetLabel))),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["overview.dash.goal"])),
                        .forEach(statusColumns) { code in
                            .th(.attr("scope", "col"), .attr("class", "num"), .statusBadge(code.isEmpty ? nil : code, language))
                        },
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.dash.actions"])),
                        .th(.attr("scope", "col"), .text(t["overview.dash.spread"])),
                        .th(.attr("scope", "col"), .text(t["overview.common.progress"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.common.credit"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.common.actual"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.common.execution"]))
                    )),
                    .tbody(.forEach(rows) { row in goalRow(row, t, isTotal: false) }),
                    .unwrap(total) { .tfoot(goalRow($0, t, isTotal: true)) }
                )
            ),
            .p(.attr("class", "hint"), .text(t["overview.common.spendingNote"]))
        )
    }

    private func goalRow(_ row: Row, _ t: Strings, isTotal: Bool) -> Node<HTML.TableContext> {
        let label = isTotal ? row.item.title : "\(row.item.code) \(row.item.title)"
        return .tr(
            .attr("class", isTotal ? "total" : (row.item.level == .strategischeDoelstelling ? "level-sd" : "level-bd")),
            .th(.attr("scope", "row"),
                isTotal ? .text(row.item.title) : .group(
                    .span(.attr("class", "code"), .text(row.item.code)), .text(" "),
                    .a(.attr("href", PlannenPath.item(ref, item: row.item.code).path), .text(row.item.title)),
                    .if(row.item.level == .strategischeDoelstelling,
                        .span(.attr("class", "hint"), .text(" (" + PlannenText.level(.strategischeDoelstelling, language) + ")"))))),
            .forEach(statusColumns) { code in .td(.attr("class", "num"), .text(String(row.statuses.count(code)))) },
            .td(.attr("class", "num"), .text(String(row.statuses.total))),
            .td(StatusBar.node(row.statuses, columns: statusColumns, label: label, language)),
            .td(isTotal ? .text("") : .progressBar(row.progress?.value, override: row.progress?.isOverride == true, language)),
            .td(.attr("class", "num"), .text(PlannenText.euro(row.spending.krediet, language))),
            .td(.attr("class", "num"), .text(PlannenText.euro(row.spending.rekening, language))),
            .td(.attr("class", "num"), .text(OverviewNumbers.percent(row.spending.execution, language)))
        )
    }

    private func lateSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "achterstand-kop"),
            .h2(.attr("id", "achterstand-kop"), .text(t("overview.dash.late", String(late.count)))),
            .p(.attr("class", "hint"), .text(t("overview.dash.lateHint", OverviewDate.text(day, language)))),
            late.isEmpty ? .p(.text(t["overview.dash.noLate"])) : .div(
                .attr("class", "table-scroll"),
                .table(
                    .attr("class", "data"),
                    .caption(.text(t("overview.dash.lateCaption", OverviewDate.text(day, language)))),
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["overview.common.action"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.end"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.status"])),
                               .th(.attr("scope", "col"), .text(t["overview.dash.why"])))),
                    .tbody(.forEach(late) { entry in
                        .tr(.th(.attr("scope", "row"), .span(.attr("class", "code"), .text(entry.item.code)), .text(" "),
                                .a(.attr("href", PlannenPath.item(ref, item: entry.item.code).path), .text(entry.item.title))),
                            .td(.text(entry.item.end.map { OverviewDate.text($0, language) } ?? "–")),
                            .td(.statusBadge(entry.item.status, language)),
                            .td(.text(entry.reasons.map { t["overview.dash.reason.\($0.rawValue)"] }.joined(separator: "; "))))
                    })
                )
            )
        )
    }

    private func milestonesSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "mijlpalen-kop"),
            .h2(.attr("id", "mijlpalen-kop"), .text(t("overview.dash.milestones", String(overdue.count)))),
            overdue.isEmpty ? .p(.text(t("overview.dash.noMilestones", OverviewDate.text(day, language)))) : .div(
                .attr("class", "table-scroll"),
                .table(
                    .attr("class", "data"),
                    .caption(.text(t("overview.dash.milestonesCaption", OverviewDate.text(day, language)))),
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["overview.dash.milestone"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.indicator"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.item"])),
                               .th(.attr("scope", "col"), .text(t["overview.dash.due"])))),
                    .tbody(.forEach(overdue) { entry in
                        .tr(.th(.attr("scope", "row"), .text(entry.milestone.title)),
                            .td(.text(entry.indicator)),
                            .td(.a(.attr("href", PlannenPath.item(ref, item: entry.itemCode).path), .text(entry.itemCode))),
                            .td(.text(OverviewDate.text(entry.milestone.due, language))))
                    })
                )
            )
        )
    }

    private func indicatorsSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "indicatoren-kop"),
            .h2(.attr("id", "indicatoren-kop"), .text(t("overview.dash.indicators", String(indicators.count)))),
            indicators.isEmpty ? .p(.text(t["overview.dash.noIndicators"])) : .div(
                .attr("class", "table-scroll"),
                .table(
                    .attr("class", "data"),
                    .caption(.text(t["overview.dash.indicatorsCaption"])),
                    .thead(.tr(.th(.attr("scope", "col"), .text(t["overview.common.indicator"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.item"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.latest"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.target"])),
                               .th(.attr("scope", "col"), .text(t["overview.common.verdict"])))),
                    .tbody(.forEach(indicators) { reading in
                        .tr(.th(.attr("scope", "row"), .text(reading.indicator.name)),
                            .td(.a(.attr("href", PlannenPath.item(ref, item: reading.indicator.itemCode).path),
                                   .text(reading.indicator.itemCode))),
                            .td(.text(reading.latest(language))),
                            .td(.text(reading.target(language))),
                            .td(.span(.attr("class", reading.verdictClass), .text(reading.verdict(language))),
                                .if(reading.cijfersMissing, .span(.attr("class", "hint"), .text(" " + t["overview.indicator.noCijfers"])))))
                    })
                )
            )
        )
    }
}

/// Lines several overview pages share.
enum OverviewLines {
    /// "Meerjarenplan, vastgesteld op 18 december 2025" or "…: ontwerp".
    static func version(_ followUp: PlanFollowUp, _ language: SiteLanguage) -> String {
        let t = PlannenText.strings(language)
        let state = followUp.version.adoptedOn.map { t("overview.common.adoptedOn", OverviewDate.text($0, language)) }
            ?? t["overview.common.draft"]
        return t("overview.common.versionLine", PlannenText.text(followUp.version.label, language), state,
                 followUp.plan.organisation.name)
    }
}
