import Platform
import PlannenDomain
import Plot

extension Node where Context == HTML.BodyContext {
    /// Which version a page shows (adopted on …, or a draft) with links to the other versions; `link` gives the
    /// address of a version (`?versie=N`, the newest without it).
    static func planVersionLine(_ plan: StoredPlan, shown version: StoredVersion, link: (StoredVersion) -> String,
                                _ t: Strings) -> Node {
        let language = t.language
        let state = version.adoptedOn.map { t("tree.version.adopted", PlanPageText.day($0, language)) } ?? t["tree.version.draft"]
        let others = plan.versions.filter { $0.number != version.number }
        return .div(
            .attr("class", "plan-version"),
            .p(.strong(.text(t("tree.version.shown", PlanPageText.version(version, language)))), .text(" " + state)),
            .if(version.number != plan.latest?.number, .p(.attr("class", "notice"), .text(t["tree.version.older"]))),
            .if(!others.isEmpty, .p(
                .text(t["tree.version.others"] + " "),
                .forEach(others.enumerated()) { index, other in
                    .group(
                        .if(index > 0, .text(" · ")),
                        .a(.attr("href", link(other)),
                           .text(PlanPageText.version(other, language) + " (" + (other.isAdopted ? t["tree.version.adoptedShort"] : t["tree.version.draftShort"]) + ")"))
                    )
                }
            ))
        )
    }
}

extension PlanFollowUp {
    /// The `?versie=` value that shows this follow-up's version: nil for the newest (the plain address).
    var versionQuery: String? { version.number == plan.latest?.number ? nil : String(version.number) }

    var isLatestVersion: Bool { version.number == plan.latest?.number }
}
