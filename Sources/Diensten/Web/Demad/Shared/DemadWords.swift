import AccessDomain
import DienstenDomain
import Foundation
import Platform
import Plot
import Vapor

/// The words and number formats of the DEMaD pages in one language.
struct DemadWords {
    let language: SiteLanguage
    let t: Strings
    let scale: DemadScale

    init(_ language: SiteLanguage, scale: DemadScale = .standard) {
        self.language = language
        self.t = DienstenText.strings(language)
        self.scale = scale
    }

    var code: String { DienstenText.code(language) }

    /// 1.234,5 in Dutch, 1,234.5 in English; "−" for negatives.
    func number(_ value: Double, decimals: Int = 1) -> String {
        let dutch = NumberText.format(value, decimals: decimals)
        guard language == .en else { return dutch }
        return String(dutch.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    /// A change with its sign: +0,8 or −0,3.
    func change(_ value: Double?) -> String {
        guard let value else { return "—" }
        return (value > 0.000_001 ? "+" : "") + number(value, decimals: 2)
    }

    func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return number(share * 100, decimals: 0) + " %"
    }

    func domain(_ code: String) -> String { scale.domain(code)?.label.text(self.code) ?? code }
    func level(_ score: Int) -> String { scale.level(score).map { "\(score) — \($0.label.text(code))" } ?? String(score) }

    func breadcrumbs(_ last: String, middle: [(String, String)] = []) -> [(label: String, url: String?)] {
        [(t["home.title"], DienstenPath.home.path), (t["demad.title"], DemadPath.home.path)] + middle.map { ($0.0, $0.1) } + [(last, nil)]
    }

    /// A table in its scrolling region, labelled by its caption: one Tab stop.
    static func table(id: String, caption: String, head: [String], rows: [[String]], rowHeaders: Bool = true) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "\(id)-caption"), .attr("tabindex", "0"),
            .table(
                .attr("id", id),
                .caption(.attr("id", "\(id)-caption"), .text(caption)),
                .thead(.tr(.forEach(head.enumerated()) { .th(.attr("scope", "col"), .attr("class", $0.offset == 0 ? "" : "number"), .text($0.element)) })),
                .tbody(.forEach(rows) { row in
                    .tr(.forEach(row.enumerated()) { cell in
                        cell.offset == 0 && rowHeaders ? .th(.attr("scope", "row"), .text(cell.element)) : .td(.attr("class", "number"), .text(cell.element))
                    })
                })
            )
        )
    }

    /// A chart (already rendered SVG from the Charts module) as one focusable figure with its caption.
    static func figure(_ svg: Node<HTML.BodyContext>, label: String, caption: String) -> Node<HTML.BodyContext> {
        .figure(.attr("class", "plan-chart demad-chart"), .attr("tabindex", "0"), .attr("aria-label", label), svg, .figcaption(.text(caption)))
    }
}

/// Who may see an organisation's DEMaD pages: a signed-in member (any role) through a browser session.
enum DemadAccess {
    static func member(_ req: Request) throws -> Principal {
        guard let principal = req.principal else { throw Abort(.unauthorized, reason: "meld je eerst aan") }
        if case .token = principal.credential { throw Abort(.forbidden, reason: "deze pagina werkt niet met een API-sleutel") }
        return principal
    }

    static func editor(_ principal: Principal) -> Bool { principal.role >= .editor }
    static func admin(_ principal: Principal) -> Bool { principal.role >= .organisationAdmin }

    /// The organisation's members (for the names admins see, with disabled accounts; for assigning, without).
    static func members(_ req: Request, organisationID: Int, disabledToo: Bool = false) async throws -> [(id: Int, name: String, email: String)] {
        try await AccountService(database: req.db).users(organisationID: organisationID).compactMap { user in
            guard let id = user.id, disabledToo || !user.isDisabled else { return nil }
            return (id, user.name, user.email)
        }
    }
}
