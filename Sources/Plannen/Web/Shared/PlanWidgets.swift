import Platform
import PlannenDomain
import Plot

/// The pages of one plan, for the tabs every plan page shows.
enum PlanTab: CaseIterable {
    case tree, dashboard, report, publicView, manage

    func path(_ ref: PlanRef) -> String {
        switch self {
        case .tree: PlannenPath.plan(ref).path
        case .dashboard: PlannenPath.dashboard(ref).path
        case .report: PlannenPath.report(ref).path
        case .publicView: PlannenPath.publicView(ref).path
        case .manage: PlannenPath.manage(ref).path
        }
    }

    var key: String {
        switch self {
        case .tree: "tab.tree"
        case .dashboard: "tab.dashboard"
        case .report: "tab.report"
        case .publicView: "tab.public"
        case .manage: "tab.manage"
        }
    }
}

extension Node where Context == HTML.BodyContext {
    /// The tabs of a plan's pages; the current one is marked for screen readers. Beheer only for who may manage.
    static func planTabs(_ ref: PlanRef, current: PlanTab, mayManage: Bool, _ t: Strings) -> Node {
        .nav(
            .attr("class", "plan-tabs no-print"), .attr("aria-label", t["tab.label"]),
            .ul(.forEach(PlanTab.allCases.filter { $0 != .manage || mayManage }) { tab in
                .li(tab == current
                    ? .a(.attr("href", tab.path(ref)), .attr("aria-current", "page"), .text(t[tab.key]))
                    : .a(.attr("href", tab.path(ref)), .text(t[tab.key])))
            })
        )
    }

    /// A status as a labelled badge; the colour (class `st-<code>`) only repeats what the text says.
    static func statusBadge(_ code: String?, _ language: SiteLanguage) -> Node {
        .span(.attr("class", "plan-status st-\(code ?? "geen")"), .text(PlannenText.status(code, language)))
    }

    /// Progress as a native progress bar with the number beside it; an override is marked with its word.
    static func progressBar(_ value: Double?, override: Bool = false, _ language: SiteLanguage) -> Node {
        let t = PlannenText.strings(language)
        guard let value else { return .span(.attr("class", "progress none"), .text(t["progress.unknown"])) }
        let text = PlannenText.number(value, digits: 0, language) + " %"
        return .span(
            .attr("class", "progress"),
            .element(named: "progress", nodes: [.attr("max", "100"), .attr("value", PlanNumberText.english(value, digits: 1)),
                                                .attr("aria-hidden", "true"), .text(text)]),
            .span(.attr("class", "progress-value"), .text(text)),
            .if(override, .span(.attr("class", "override"), .text(" " + t["progress.override"])))
        )
    }
}
