import Platform
import PlannenDomain
import Plot

extension PlansHomeModel {
    func page() -> Page {
        let t = PlannenText.strings(language)
        return Page(
            title: t["common.plans"],
            breadcrumbs: [(t["common.plans"], nil)],
            description: t["overview.home.description"],
            content: .group(
                .p(.text(t["overview.home.intro1"])),
                .p(.text(t["overview.home.intro2"])),
                .ul(.attr("class", "admin-links"),
                    .li(.a(.attr("href", PlannenPath.comparison.path), .text(t["overview.home.comparison"])))),
                importLinks(t),
                groups.isEmpty
                    ? .p(.text(t["overview.home.none"]))
                    : .forEach(groups) { group in organisationSection(group, t) }
            ),
            strings: SiteStrings(language))
    }

    private func importLinks(_ t: Strings) -> Node<HTML.BodyContext> {
        if importTargets.count == 1, let target = importTargets.first, principal?.isPlatformAdmin != true {
            return .p(.attr("class", "call"), .a(.attr("href", PlannenPath.importPlan(organisation: target.code).path),
                                                 .text(t["overview.home.import"])))
        }
        guard !importTargets.isEmpty else { return .empty }
        return .details(
            .summary(.text(t["overview.home.importFor"])),
            .ul(.forEach(importTargets) { target in
                .li(.a(.attr("href", PlannenPath.importPlan(organisation: target.code).path),
                       .text(t("overview.home.importOrganisation", target.name))))
            })
        )
    }

    private func organisationSection(_ group: Group, _ t: Strings) -> Node<HTML.BodyContext> {
        let id = "org-\(group.organisation.code)"
        return .section(
            .attr("class", "plan-org"), .attr("aria-labelledby", id),
            .h2(.attr("id", id), .text(group.organisation.name)),
            .forEach(group.entries) { entry in planCard(entry, t) }
        )
    }

    private func planCard(_ entry: Entry, _ t: Strings) -> Node<HTML.BodyContext> {
        let plan = entry.plan
        let ref = PlanRef(plan)
        let counts = entry.counts.map { "\($0.count) \(OverviewWords.level($0.level, count: $0.count, t))" }.joined(separator: ", ")
        return .article(
            .attr("class", "plan-card"),
            .h3(.a(.attr("href", PlannenPath.plan(ref).path), .text(plan.name)),
                .if(!plan.published, .group(.text(" "), .span(.attr("class", "plan-unpublished"), .text(t["overview.common.unpublished"]))))),
            .p(.attr("class", "hint"), .text(t("overview.home.code", plan.code))),
            .ul(.attr("class", "plan-versions"), .forEach(plan.versions) { version in
                .li(.text(PlannenText.text(version.label, language) + ": "),
                    .text(version.adoptedOn.map { t("overview.common.adoptedOn", OverviewDate.text($0, language)) } ?? t["overview.common.draft"]))
            }),
            .p(.text(counts.isEmpty ? t["overview.home.empty"] : counts)),
            .ul(.attr("class", "plan-links"),
                .li(.a(.attr("href", PlannenPath.plan(ref).path), .text(t["overview.home.tree"]))),
                .li(.a(.attr("href", PlannenPath.dashboard(ref).path), .text(t["overview.home.dashboard"]))),
                .li(.a(.attr("href", PlannenPath.report(ref).path), .text(t["overview.home.report"]))),
                .li(.a(.attr("href", PlannenPath.publicView(ref).path), .text(t["overview.home.public"]))))
        )
    }
}
