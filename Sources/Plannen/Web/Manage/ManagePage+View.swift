import Platform
import PlannenDomain
import Plot

extension ManagePageModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        return Page(
            title: t("manage.title", plan.name),
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (plan.name, PlannenPath.plan(ref).path),
                          (t["tab.manage"], nil)],
            description: t("manage.description", plan.name, plan.organisation.name),
            content: .group(
                .planTabs(ref, current: .manage, mayManage: true, t),
                .p(.attr("class", "lead"), .text(t("manage.lead", plan.organisation.name))),
                .notice(notice),
                .formErrors(problems, strings: SiteStrings(language)),
                .if(!problems.isEmpty, .unwrap(problemsFor) { anchor in
                    .p(.a(.attr("href", "#\(anchor)"), .text(t["manage.toForm"])))
                }),
                versions(t),
                publication(t),
                files(t),
                periods(t),
                reminderSection(t)
            ),
            strings: SiteStrings(language))
    }

    // MARK: Versions

    private func versions(_ t: Strings) -> Node<HTML.BodyContext> {
        let draft = plan.latest.flatMap { $0.isAdopted ? nil : $0 }
        return .section(
            .attr("id", "versies"), .attr("aria-labelledby", "versies-kop"),
            .h2(.attr("id", "versies-kop"), .text(t["manage.versions.title"])),
            .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data"),
                .caption(.text(t("manage.versions.caption", plan.name))),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["manage.versions.version"])),
                    .th(.attr("scope", "col"), .text(t["manage.versions.state"])),
                    .th(.attr("scope", "col"), .text(t["manage.versions.created"])),
                    .th(.attr("scope", "col"), .text(t["manage.versions.view"])))),
                .tbody(.forEach(plan.versions.reversed()) { version in
                    .tr(.th(.attr("scope", "row"), .text(PlannenText.text(version.label, language))),
                        .td(.text(version.adoptedOn.map { t("manage.versions.adopted", $0.iso) } ?? t["manage.versions.draft"])),
                        .td(.text(ManageDates.today(version.createdAt).iso)),
                        .td(.a(.attr("href", PlannenPath.plan(ref).url([("versie", String(version.number))])),
                               .attr("aria-label", t("manage.versions.viewLabel", PlannenText.text(version.label, language))),
                               .text(t["manage.versions.view"]))))
                })
            )),
            .unwrap(draft, { draft in
                .group(
                    .h3(.text(t("manage.adopt.title", String(draft.number)))),
                    .p(.attr("class", "hint"), .text(t["manage.adopt.hint"])),
                    .postForm(
                        action: PlannenPath.adopt(ref).path, csrf: csrf, class: "row-form",
                        .field(id: "vaststelling", label: t["manage.adopt.date"], name: "datum", value: today.iso,
                               hint: t["manage.dateHint"]),
                        .submitButton(t("manage.adopt.submit", String(draft.number)))))
            }, else: .p(.attr("class", "hint"), .text(t["manage.adopt.none"])))
        )
    }

    // MARK: Publication

    private func publication(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("id", "publicatie"), .attr("aria-labelledby", "publicatie-kop"),
            .h2(.attr("id", "publicatie-kop"), .text(t["manage.publish.title"])),
            .p(.text(plan.published
                ? (plan.publishedAt.map { t("manage.publish.publishedSince", ManageDates.today($0).iso) } ?? t["manage.publish.published"])
                : t["manage.publish.notPublished"])),
            .postForm(
                action: PlannenPath.publish(ref).path, csrf: csrf, class: "row-form",
                .hidden(name: "publiceren", value: plan.published ? "nee" : "ja"),
                .submitButton(plan.published ? t["manage.publish.unpublish"] : t["manage.publish.publish"]))
        )
    }

    // MARK: Files

    private func files(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("id", "bestanden"), .attr("aria-labelledby", "bestanden-kop"),
            .h2(.attr("id", "bestanden-kop"), .text(t["manage.files.title"])),
            .p(.text(t["manage.files.intro"])),
            .ul(
                .li(.a(.attr("href", PlannenPath.export(ref, file: .planCSV).path),
                       .text(t("manage.files.planCSV", String(followUp.current.items.count))))),
                .li(.a(.attr("href", PlannenPath.export(ref, file: .budgetCSV).path),
                       .text(t("manage.files.budgetCSV", String(followUp.current.budget.count))))),
                .li(.a(.attr("href", PlannenPath.importPlan(organisation: plan.organisation.code).url([("plan", plan.code)])),
                       .text(t["manage.files.reimport"])))
            )
        )
    }

    // MARK: Periods

    private func periods(_ t: Strings) -> Node<HTML.BodyContext> {
        let counts = updateCounts
        return .section(
            .attr("id", "perioden"), .attr("aria-labelledby", "perioden-kop"),
            .h2(.attr("id", "perioden-kop"), .text(t["manage.periods.title"])),
            .p(.attr("class", "hint"), .text(t["manage.periods.intro"])),
            .if(followUp.periods.isEmpty, .p(.text(t["manage.periods.none"]))),
            .if(!followUp.periods.isEmpty, .div(.attr("class", "table-scroll"), .table(
                .attr("class", "data manage-periods"),
                .caption(.text(t["manage.periods.caption"])),
                .thead(.tr(
                    .th(.attr("scope", "col"), .text(t["manage.periods.code"])),
                    .th(.attr("scope", "col"), .text(t["manage.periods.start"])),
                    .th(.attr("scope", "col"), .text(t["manage.periods.end"])),
                    .th(.attr("scope", "col"), .text(t["manage.periods.state"])),
                    .th(.attr("scope", "col"), .attr("class", "num"), .text(t["manage.periods.updates"])),
                    .th(.attr("scope", "col"), .text(t["manage.periods.action"])))),
                .tbody(.forEach(followUp.periods.enumerated()) { index, period in
                    .tr(.th(.attr("scope", "row"), .text(period.code)),
                        .td(.text(period.period.start.iso)),
                        .td(.text(period.period.end.iso)),
                        .td(.text(Self.stateText(period.period, t))),
                        .td(.attr("class", "num"), .text(String(counts[period.code] ?? 0))),
                        .td(periodAction(period, index: index, t)))
                })
            ))),
            .h3(.attr("id", "nieuwe-periode"), .text(t["manage.periods.newTitle"])),
            .postForm(
                action: PlannenPath.openPeriod(ref).path, csrf: csrf, class: "form",
                .field(id: "periode", label: t["manage.periods.newCode"], name: "periode",
                       value: newPeriod.periode ?? suggestedPeriod ?? "", hint: t["manage.periods.newCodeHint"]),
                .field(id: "begin", label: t["manage.periods.newStart"], name: "begin", value: newPeriod.begin ?? "",
                       required: false, hint: t["manage.periods.newDatesHint"]),
                .field(id: "einde", label: t["manage.periods.newEnd"], name: "einde", value: newPeriod.einde ?? "",
                       required: false),
                .submitButton(t["manage.periods.newSubmit"]))
        )
    }

    static func stateText(_ period: ReportingPeriod, _ t: Strings) -> String {
        if case .closed(let day) = period.state { return t("manage.periods.closed", day.iso) }
        return t["manage.periods.open"]
    }

    /// Close an open period (on a day, today by default) or reopen a closed one.
    private func periodAction(_ period: StoredPeriod, index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        if period.period.isOpen {
            return .postForm(
                action: PlannenPath.closePeriod(ref, period: period.code).path, csrf: csrf, class: "row-form",
                .field(id: "sluit-\(index)", label: t("manage.periods.closeDate", period.code), name: "datum", value: today.iso),
                .labelledButton(t["manage.periods.close"], label: t("manage.periods.closeLabel", period.code)))
        }
        return .postForm(
            action: PlannenPath.reopenPeriod(ref, period: period.code).path, csrf: csrf, class: "row-form",
            .labelledButton(t["manage.periods.reopen"], label: t("manage.periods.reopenLabel", period.code)))
    }

    /// The period after the newest one, as a suggestion: 2026-S2 after 2026-S1, 2027-Q1 after 2026-Q4, 2027 after 2026.
    var suggestedPeriod: String? {
        guard let last = followUp.periods.last?.code, let current = ReportingPeriod(standard: last) else { return nil }
        let year = current.start.year
        let parts = current.code.split(separator: "-")
        let next: String
        if parts.count == 1 {
            next = "\(year + 1)"
        } else if parts[1].hasPrefix("S") {
            next = parts[1] == "S1" ? "\(year)-S2" : "\(year + 1)-S1"
        } else {
            let quarter = Int(parts[1].dropFirst()) ?? 4
            next = quarter < 4 ? "\(year)-Q\(quarter + 1)" : "\(year + 1)-Q1"
        }
        guard !followUp.periods.contains(where: { $0.code == next }) else { return nil }
        return next
    }

    // MARK: Reminders

    private func reminderSection(_ t: Strings) -> Node<HTML.BodyContext> {
        let hasOwners = followUp.links.contains { $0.kind == .eigenaar }
        return .section(
            .attr("id", "herinneringen"), .attr("aria-labelledby", "herinneringen-kop"),
            .h2(.attr("id", "herinneringen-kop"), .text(t["manage.reminders.title"])),
            .p(.attr("class", "hint"), .text(t["manage.reminders.intro"])),
            .if(reminders.isEmpty, .p(.text(t["manage.reminders.noOpenPeriod"]))),
            .if(!reminders.isEmpty && !hasOwners, .p(.text(t["manage.reminders.noOwners"]))),
            .if(hasOwners, .forEach(reminders.enumerated()) { index, entry in
                periodReminders(entry.period, entry.owners, index: index, t)
            })
        )
    }

    private func periodReminders(_ period: StoredPeriod, _ owners: [PlanReminders.Owner], index: Int, _ t: Strings) -> Node<HTML.BodyContext> {
        let reachable = owners.filter { !$0.disabled }
        let skipped = owners.count - reachable.count
        return .group(
            .h3(.attr("id", "herinneringen-\(index)"), .text(t("manage.reminders.period", period.code))),
            .if(owners.isEmpty, .p(.text(t["manage.reminders.upToDate"]))),
            .if(!owners.isEmpty, .group(
                .div(.attr("class", "table-scroll"), .table(
                    .attr("class", "data"),
                    .caption(.text(t("manage.reminders.caption", period.code))),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .text(t["manage.reminders.owner"])),
                        .th(.attr("scope", "col"), .text(t["manage.reminders.items"])),
                        .th(.attr("scope", "col"), .text(t["manage.reminders.mail"])))),
                    .tbody(.forEach(owners) { owner in
                        .tr(.th(.attr("scope", "row"), .text(owner.owner.name), .br(),
                                .span(.attr("class", "muted"), .text(owner.owner.email))),
                            .td(.ul(.attr("class", "reminder-items"), .forEach(owner.items) { item in
                                .li(.a(.attr("href", PlannenPath.item(ref, item: item.code).path), .text(item.code)),
                                    .text(" " + item.title))
                            })),
                            .td(.text(owner.disabled ? t["manage.reminders.disabled"]
                                                     : t("manage.reminders.willGet", String(owner.items.count)))))
                    })
                )),
                .if(skipped > 0, .p(.text(skipped == 1 ? t["manage.reminders.skippedOne"]
                                                       : t("manage.reminders.skippedMany", String(skipped))))),
                .if(!reachable.isEmpty, .postForm(
                    action: PlannenPath.sendReminders(ref, period: period.code).path, csrf: csrf, class: "row-form",
                    .labelledButton(t("manage.reminders.send", String(reachable.count)),
                                    label: t("manage.reminders.sendLabel", String(reachable.count), period.code)))),
                .p(.attr("class", "hint"), .text(t["manage.reminders.onceADay"]))
            ))
        )
    }
}
