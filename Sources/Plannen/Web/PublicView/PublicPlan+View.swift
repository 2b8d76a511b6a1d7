import Platform
import PlannenDomain
import Plot

extension PublicPlanModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        let plan = followUp.plan
        return Page(
            title: plan.name,
            breadcrumbs: [(t["common.plans"], PlannenPath.home.path), (plan.name, PlannenPath.plan(ref).path),
                          (t["tab.public"], nil)],
            description: t("overview.public.description", plan.name, plan.organisation.name),
            content: .group(
                .planTabs(ref, current: .publicView, mayManage: visible.mayManage, t),
                .if(!plan.published, .p(.attr("class", "plan-banner"), .attr("role", "note"), .text(t["overview.public.preview"]))),
                .p(.attr("class", "lead"), .text(intro(t))),
                .p(.text(stateLine(t))),
                .p(.text(t("overview.public.summary", String(goals.count), StatusCounts(followUp.current.tree.items(at: .actie)).words(language)))),
                .p(.a(.attr("href", "#lezen"), .text(t["overview.public.howLink"]))),
                goals.isEmpty ? .p(.text(t["overview.public.noGoals"])) : .group(.forEach(goals) { goalSection($0, t) }),
                howToRead(t)
            ),
            strings: SiteStrings(language))
    }

    private func intro(_ t: Strings) -> String {
        let plan = followUp.plan
        if let adopted = followUp.version.adoptedOn {
            return t("overview.public.intro", plan.organisation.name, plan.name, OverviewDate.text(adopted, language))
        }
        return t("overview.public.introDraft", plan.organisation.name, plan.name)
    }

    private func stateLine(_ t: Strings) -> String {
        guard let period, case .closed(let day) = period.period.state else { return t["overview.public.noClosedPeriod"] }
        return t("overview.public.state", period.code, OverviewDate.text(period.period.end, language), OverviewDate.text(day, language))
    }

    private func goalSection(_ goal: Goal, _ t: Strings) -> Node<HTML.BodyContext> {
        let id = "doel-\(goal.item.code)"
        return .section(
            .attr("class", "public-goal"), .attr("aria-labelledby", id),
            .h2(.attr("id", id), .text(goal.item.title)),
            .unwrap(goal.strategic) { .p(.attr("class", "hint"), .text(t("overview.public.partOf", $0.title))) },
            .if(!goal.item.description.isEmpty, .p(.text(goal.item.description))),
            .dl(.attr("class", "public-facts"),
                .dt(.text(t["overview.public.progress"])),
                .dd(.progressBar(goal.progress?.value, override: goal.progress?.isOverride == true, language)),
                .dt(.text(t["overview.public.actions"])),
                .dd(.text(goal.statuses.total == 0 ? t["overview.common.noActions"]
                          : t("overview.public.actionsWords", String(goal.statuses.total), goal.statuses.words(language)))),
                .dt(.text(t["overview.public.investment"])),
                .dd(.text(PlannenText.euro(goal.investment, language)))),
            .if(!goal.indicators.isEmpty, .group(
                .h3(.text(t["overview.public.indicators"])),
                .ul(.attr("class", "public-indicators"), .forEach(goal.indicators) { reading in
                    .li(.text(reading.indicator.name + ": "),
                        .strong(.attr("class", reading.verdictClass), .text(reading.verdict(language))),
                        .text(" (" + t("overview.report.latestTarget", reading.latest(language), reading.target(language)) + ")"))
                })
            )),
            .details(
                .summary(.text(t("overview.public.actionPlans", String(goal.actionPlans.count)))),
                .ul(.attr("class", "public-plans"), .forEach(goal.actionPlans) { plan in
                    .li(.strong(.text(plan.item.title)), .text(" "),
                        .progressBar(plan.progress?.value, override: plan.progress?.isOverride == true, language),
                        .if(!plan.item.description.isEmpty, .p(.text(plan.item.description))),
                        .ul(.forEach(plan.actions) { action in
                            .li(.text(action.item.title + " — "), .statusBadge(action.item.status, language),
                                .unwrap(action.explanation) { .p(.attr("class", "public-explanation"), .text($0)) })
                        }))
                })
            )
        )
    }

    private func howToRead(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("class", "public-how"), .attr("aria-labelledby", "lezen"),
            .h2(.attr("id", "lezen"), .attr("tabindex", "-1"), .text(t["overview.public.howTitle"])),
            .p(.text(t["overview.public.how1"])),
            .p(.text(t["overview.public.how2"])),
            .p(.text(t["overview.public.how3"])),
            .p(.text(t["overview.public.how4"]))
        )
    }
}
