import Platform
import PlannenDomain
import Plot

extension PlanReportModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        let plan = asOf.plan
        let title = period.map { t("overview.report.title", $0.code, plan.name) } ?? t("overview.report.titleNoPeriod", plan.name)
        return Page(
            title: title,
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (plan.name, PlannenPath.plan(ref).path),
                          (t["tab.report"], nil)],
            description: t("overview.report.description", plan.name, plan.organisation.name),
            content: .group(
                .planTabs(ref, current: .report, mayManage: visible.mayManage, t),
                .overviewSaid(said),
                selectors(t),
                .p(.attr("class", "no-print"), .button(.type(.button), .attr("class", "print"), .attr("data-print", "", keepEmpty: true),
                                                      .text(t["overview.report.print"]))),
                cover(t),
                summary(t),
                itemsSection(t)
            ),
            strings: SiteStrings(language))
    }

    private func selectors(_ t: Strings) -> Node<HTML.BodyContext> {
        let versionNumber = asOf.version.number != asOf.plan.latest?.number ? String(asOf.version.number) : nil
        return .getForm(
            action: PlannenPath.report(ref).path, .attr("class", "selectors no-print"),
            .unwrap(versionNumber) { .hidden(name: "versie", value: $0) },
            .if(!asOf.periods.isEmpty, .selectField(
                id: "periode", label: t["overview.report.period"], name: "periode",
                options: asOf.periods.reversed().map { ($0.code, $0.period.isOpen ? t("overview.report.periodOpen", $0.code) : $0.code) },
                selected: period?.code)),
            .selectField(id: "alle", label: t["overview.report.which"], name: "alle",
                         options: [("", t["overview.report.onlyPriority"]), ("ja", t["overview.report.allItems"])],
                         selected: includeAll ? "ja" : ""),
            .submitButton(t["overview.common.show"]))
    }

    private func cover(_ t: Strings) -> Node<HTML.BodyContext> {
        let plan = asOf.plan
        let state: String
        if let period {
            switch period.period.state {
            case .closed(let day): state = t("overview.report.closedOn", OverviewDate.text(day, language))
            case .open: state = t["overview.report.provisional"]
            }
        } else {
            state = t["overview.report.noPeriods"]
        }
        return .section(
            .attr("class", "report-cover"), .attr("aria-labelledby", "rapport-kop"),
            .h2(.attr("id", "rapport-kop"), .text(t["overview.report.cover"])),
            .dl(.attr("class", "facts"),
                .dt(.text(t["overview.report.organisation"])), .dd(.text(plan.organisation.name)),
                .dt(.text(t["overview.report.plan"])), .dd(.text("\(plan.name) (\(plan.code))")),
                .dt(.text(t["overview.report.version"])), .dd(.text(OverviewLines.versionState(asOf, language))),
                .dt(.text(t["overview.report.period"])),
                .dd(.text(period.map {
                    t("overview.report.periodRange", $0.code, OverviewDate.text($0.period.start, language), OverviewDate.text($0.period.end, language))
                } ?? "–")),
                .dt(.text(t["overview.report.state"])),
                .dd(.span(.attr("class", period?.period.isOpen == true ? "report-state provisional" : "report-state"), .text(state))),
                .dt(.text(t["overview.report.updates"])),
                .dd(.text(t("overview.report.updatesCount", String(updatesInPeriod))))),
            .if(!plan.published, .p(.attr("class", "plan-banner"), .text(t["overview.common.unpublishedBanner"]))),
            .p(.attr("class", "hint"), .text(t["overview.report.asOfNote"]))
        )
    }

    private func summary(_ t: Strings) -> Node<HTML.BodyContext> {
        let columns = StatusCounts.columns([allActions, priorityActions])
        return .section(
            .attr("class", "report-summary"), .attr("aria-labelledby", "samenvatting-kop"),
            .h2(.attr("id", "samenvatting-kop"), .text(t["overview.report.summary"])),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text(t["overview.report.summaryCaption"])),
                .thead(.tr(.th(.attr("scope", "col"), .text(t["overview.common.status"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.report.allActions"])),
                           .th(.attr("scope", "col"), .attr("class", "num"), .text(t["overview.report.priorityActions"])))),
                .tbody(.forEach(columns) { code in
                    .tr(.th(.attr("scope", "row"), .statusBadge(code.isEmpty ? nil : code, language)),
                        .td(.attr("class", "num"), .text(String(allActions.count(code)))),
                        .td(.attr("class", "num"), .text(String(priorityActions.count(code)))))
                }),
                .tfoot(.tr(.th(.attr("scope", "row"), .text(t["overview.report.totalActions"])),
                           .td(.attr("class", "num"), .text(String(allActions.total))),
                           .td(.attr("class", "num"), .text(String(priorityActions.total)))))
            ))
        )
    }

    private func itemsSection(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "items-kop"),
            .h2(.attr("id", "items-kop"), .text(includeAll ? t("overview.report.allTitle", String(entries.count))
                                                          : t("overview.report.priorityTitle", String(entries.count)))),
            entries.isEmpty ? .p(.text(includeAll ? t["overview.report.noItems"] : t["overview.report.noPriority"])) : .group(
                .forEach(entries) { entry in itemNode(entry, t) }
            )
        )
    }

    private func itemNode(_ entry: Entry, _ t: Strings) -> Node<HTML.BodyContext> {
        let item = entry.item
        let yearsText = periodYears.map(String.init).joined(separator: "–")
        return .article(
            .attr("class", "report-item level-\(item.level == .strategischeDoelstelling ? "sd" : item.level.rawValue)"),
            .attr("id", "item-\(item.code)"),
            .h3(.span(.attr("class", "code"), .text(item.code)), .text(" "), .text(item.title)),
            .p(.attr("class", "report-meta"),
               .text(PlannenText.level(item.level, language)),
               .if(item.prioritair, .text(" · " + t["overview.report.priority"])),
               .unwrap(item.end) { .text(" · " + t("overview.report.until", OverviewDate.text($0, language))) }),
            .p(.attr("class", "report-status"),
               .if(item.level == .actie || item.status != nil, .statusBadge(item.status, language)),
               .progressBar(entry.progress?.value, override: entry.progress?.isOverride == true, language)),
            .if(item.level != .actie, .p(.attr("class", "report-actions"),
                                         .text(t("overview.report.actionsBelow", entry.actions.words(language))))),
            .unwrap(entry.update, { stored in
                .div(.attr("class", "report-update"),
                     .h4(.text(t("overview.report.updateOf", stored.update.periodCode))),
                     .p(.text(stored.update.explanation.isEmpty ? t["overview.report.noExplanation"] : stored.update.explanation)),
                     .if(!stored.update.evidence.isEmpty, .ul(.attr("class", "evidence"), .forEach(stored.update.evidence) { link in
                         .li(OverviewLinks.evidence(link))
                     })),
                     .p(.attr("class", "hint"), .text(t("overview.report.by", stored.authorLabel, OverviewDate.text(stored.createdAt, language)))))
            }, else: .p(.attr("class", "report-update none"), .text(t["overview.report.noUpdate"]))),
            .if(!entry.indicators.isEmpty, .ul(.attr("class", "report-indicators"), .forEach(entry.indicators) { reading in
                .li(.text(reading.indicator.name + ": "), .span(.attr("class", reading.verdictClass), .text(reading.verdict(language))),
                    .text(" — " + t("overview.report.latestTarget", reading.latest(language), reading.target(language))))
            })),
            .p(.attr("class", "report-budget"),
               .text(periodYears.isEmpty ? "" : t("overview.report.budget", yearsText, PlannenText.euro(entry.periodSpending.krediet, language),
                                                  PlannenText.euro(entry.periodSpending.rekening, language),
                                                  OverviewNumbers.percent(entry.periodSpending.execution, language)) + " "),
               .text(t("overview.report.planCredit", PlannenText.euro(entry.planCredit, language))))
        )
    }
}

extension OverviewLines {
    /// "Meerjarenplan, vastgesteld op 18 december 2025".
    static func versionState(_ followUp: PlanFollowUp, _ language: SiteLanguage) -> String {
        let t = PlannenText.strings(language)
        let state = followUp.version.adoptedOn.map { t("overview.common.adoptedOn", OverviewDate.text($0, language)) }
            ?? t["overview.common.draft"]
        return PlannenText.text(followUp.version.label, language) + ", " + state
    }
}

/// Links the overview pages write from what people typed.
enum OverviewLinks {
    /// A web address as a link when it is http(s), else as text: nothing else becomes clickable.
    static func evidence(_ text: String) -> Node<HTML.BodyContext> {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else { return .text(text) }
        return .a(.attr("href", text), .attr("rel", "noopener noreferrer"), .text(text))
    }
}
