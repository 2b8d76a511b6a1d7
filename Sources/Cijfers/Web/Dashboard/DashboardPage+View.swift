import CijfersDomain
import Platform
import Plot

extension DashboardPageModel {
    private var t: Strings { CijfersText.strings(language) }

    var title: String { spec.title.isEmpty ? t["dashboard.untitled"] : spec.title }

    func page() -> Page {
        let strings = SiteStrings(language)
        let t = t
        return Page(
            title: title,
            breadcrumbs: [(strings.home, SitePath.home.path), (t["dashboard.breadcrumb"], nil)],
            description: t["dashboard.description"],
            content: .group(
                SelectionNotices.node(notices, t),
                .if(tiles.isEmpty, .p(.attr("class", "dash-intro"), .text(t["dashboard.intro"]))),
                .if(!editing, .p(.attr("class", "dash-actions no-print"), .a(.attr("href", editURL), .text(t["dashboard.edit"])))),
                .if(!tiles.isEmpty, .div(.attr("class", "dash-grid"), .forEach(tiles) { tileNode($0) })),
                .if(editing, editForm),
                shareBox
            ),
            strings: strings)
    }

    /// "Deel dit dashboard": the whole address to copy (by hand, or with the button site.js shows).
    private var shareBox: Node<HTML.BodyContext> {
        let t = t
        return .section(
            .attr("class", "dash-share no-print"), .attr("aria-labelledby", "delen"),
            .h2(.attr("id", "delen"), .text(t["dashboard.share"])),
            .div(.attr("class", "field"),
                 .element(named: "label", nodes: [.attr("for", "dashboard-adres"), .text(t["dashboard.shareLabel"])]),
                 .input(.type(.text), .attr("id", "dashboard-adres"), .attr("readonly", "readonly"),
                        .attr("aria-describedby", "dashboard-adres-hint"), .attr("value", siteBase + shareURL))),
            .p(.attr("class", "hint"), .attr("id", "dashboard-adres-hint"), .text(t["dashboard.shareHint"])),
            .element(named: "button", nodes: [
                .attr("type", "button"), .attr("hidden", "hidden"), .attr("class", "copy-button"),
                .attr("data-copy", "dashboard-adres"), .attr("data-copied", t["dashboard.copied"]), .text(t["dashboard.copy"]),
            ]),
            .p(.a(.attr("href", shareURL), .text(t["dashboard.shareLink"])))
        )
    }
}
