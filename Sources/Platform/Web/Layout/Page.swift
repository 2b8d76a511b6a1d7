import Foundation
import AccessDomain
import Plot
import Vapor

/// One page of the site: what it is called, where it sits, and its content. The layout around it
/// (head, header with search, breadcrumbs, footer) is the same for every page.
public struct Page {
    public var title: String
    public var breadcrumbs: [(label: String, url: String?)] = []
    public var description: String = ""
    public var content: Node<HTML.BodyContext>
    public var strings: SiteStrings = .nl
    /// Who is signed in, for the account links in the header; nil shows the login link.
    public var account: AccountMenu? = nil
    /// The main menu, from the registered pillars (`PillarList.navigation`).
    public var navigation: [NavigationEntry] = []
    /// This page's address in the other language (`?lang=`), set from the request unless the page sets it.
    public var otherLanguagePath: String? = nil
    /// The page's full address and the day it is shown, for the footer of a printed page (`.print-only`: never
    /// on screen). Set from the request; nil leaves them out.
    public var printAddress: String? = nil
    public var printedOn: String? = nil

    public init(title: String, breadcrumbs: [(label: String, url: String?)] = [], description: String = "",
                content: Node<HTML.BodyContext>, strings: SiteStrings = .nl, account: AccountMenu? = nil) {
        self.title = title
        self.breadcrumbs = breadcrumbs
        self.description = description
        self.content = content
        self.strings = strings
        self.account = account
    }

    /// The document as this request's visitor sees it (with their account links).
    public func document(for request: Request) -> HTML {
        var page = self
        page.account = request.principal.map(AccountMenu.init)
        page.navigation = request.application.pillars.navigation
        page.strings = SiteStrings.from(request)
        if page.otherLanguagePath == nil {
            page.otherLanguagePath = Self.path(request, language: page.strings.siteLanguage == .nl ? .en : .nl)
        }
        if page.printAddress == nil { page.printAddress = Self.printAddress(request) }
        if page.printedOn == nil { page.printedOn = Self.day(request.application.printClock()) }
        return page.document()
    }

    public func document() -> HTML {
        HTML(
            .lang(strings.language),
            .head(
                .meta(.charset(.utf8)),
                .meta(.attr("name", "viewport"), .attr("content", "width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) — Stadsbeeld"),
                .meta(.attr("name", "twitter:title"), .attr("content", "\(title) — Stadsbeeld")),
                .meta(.attr("property", "og:title"), .attr("content", "\(title) — Stadsbeeld")),
                .if(!description.isEmpty, .meta(.attr("name", "description"), .attr("content", description))),
                .link(.rel(.stylesheet), .attr("href", SitePath.asset(name: "site.css").path)),
                .link(.rel(.stylesheet), .attr("href", SitePath.asset(name: "print.css").path), .attr("media", "print")),
                .script(.attr("src", SitePath.asset(name: "site.js").path), .attr("defer", "defer"))
            ),
            .body(
                .a(.attr("class", "skip"), .attr("href", "#inhoud"), .text(strings.skipToContent)),
                .header(
                    .attr("class", "site-header"),
                    .a(.attr("class", "brand"), .attr("href", SitePath.home.path), .text("Stadsbeeld")),
                    // On a phone the menu is one "Menu" button: an empty <details> whose open state shows the list
                    // after it (site.css, "The main menu"), so no JavaScript; from 44rem up the button is hidden.
                    .nav(
                        .attr("class", "site-menu"), .attr("aria-label", strings.mainNavigation),
                        .element(named: "details", nodes: [
                            .element(named: "summary", nodes: [.text(strings.text["frame.menu"])]),
                        ]),
                        .ul(.forEach(navigation) { entry in
                            .li(.a(.attr("href", entry.path), .text(entry.label.text(strings))))
                        })
                    ),
                    SearchForm(strings: strings).node,
                    .unwrap(otherLanguagePath) { path in
                        .a(.attr("class", "language"), .attr("href", path), .attr("hreflang", strings.siteLanguage == .nl ? "en" : "nl"),
                           .attr("lang", strings.siteLanguage == .nl ? "en" : "nl"), .attr("aria-label", strings.text["frame.otherLanguageLabel"]),
                           .text(strings.text["frame.otherLanguage"]))
                    },
                    AccountMenu.node(account, strings: strings)
                ),
                .if(!breadcrumbs.isEmpty, .nav(
                    .attr("class", "breadcrumbs"), .attr("aria-label", strings.breadcrumbs),
                    .ol(.forEach(breadcrumbs.enumerated()) { index, crumb in
                        .li(.unwrap(crumb.url, { url in
                            .a(.attr("href", url), .text(crumb.label))
                        }, else: .span(
                            .attr("aria-current", index == breadcrumbs.count - 1 ? "page" : "false"),
                            .text(crumb.label))))
                    })
                )),
                .main(.attr("id", "inhoud"), .attr("tabindex", "-1"), .h1(.text(title)), content),
                .footer(
                    .attr("class", "site-footer"),
                    .unwrap(printAddress) { address in
                        .div(.attr("class", "print-only"),
                             .p(.text(strings.text["frame.printAddress"] + ": "), .span(.attr("class", "print-address"), .text(address))),
                             .unwrap(printedOn) { day in .p(.attr("class", "printed-on"), .text(strings.text["frame.printedOn"] + " " + day)) })
                    },
                    .p(.text(strings.footerAttribution)),
                    .p(.a(.attr("href", SitePath.openAPI.path), .text(strings.openData)))
                )
            )
        )
    }
}

/// The search box in the header, also used on the home page. Its name comes from aria-label: a visually
/// hidden <label> is reported as hidden by the axe-core version the browser tests use.
public struct SearchForm {
    public let strings: SiteStrings
    public var query: String = ""
    /// Unique per page: the header's form and a page's own search form may stand on one page.
    public var id: String = "zoekterm"

    public init(strings: SiteStrings, query: String = "", id: String = "zoekterm") {
        self.strings = strings
        self.query = query
        self.id = id
    }

    public var node: Node<HTML.BodyContext> {
        .form(
            .attr("class", "search"), .attr("action", SitePath.search.path), .method(.get), .attr("role", "search"),
            .input(.type(.search), .attr("id", id), .attr("name", "q"), .attr("value", query), .attr("placeholder", strings.searchPlaceholder),
                   .attr("aria-label", strings.searchLabel)),
            .button(.type(.submit), .text(strings.search))
        )
    }
}

extension HTML: @retroactive AsyncResponseEncodable {
    public func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: render()))
    }
}

/// The account links at the right of the header: login for visitors; account, organisation and administration for users.
public struct AccountMenu {
    public let name: String
    public let organisationCode: String
    public let isOrganisationAdmin: Bool
    public let isPlatformAdmin: Bool

    public init(_ principal: Principal) {
        name = principal.userName
        organisationCode = principal.organisationCode
        isOrganisationAdmin = principal.role >= .organisationAdmin
        isPlatformAdmin = principal.isPlatformAdmin
    }

    public static func node(_ menu: AccountMenu?, strings: SiteStrings) -> Node<HTML.BodyContext> {
        let label = strings.text["frame.account"]
        guard let menu else {
            return .nav(.attr("class", "account"), .attr("aria-label", label),
                        .a(.attr("href", AccessPath.signIn.path), .text(strings.text["frame.signIn"])))
        }
        return .nav(
            .attr("class", "account"), .attr("aria-label", label),
            .ul(
                .li(.a(.attr("href", AccessPath.account.path), .text(menu.name))),
                .if(menu.isOrganisationAdmin, .li(.a(.attr("href", AccessPath.members(organisation: menu.organisationCode).path),
                                                     .text(strings.text["frame.organisation"])))),
                .if(menu.isPlatformAdmin, .li(.a(.attr("href", AccessPath.admin.path), .text(strings.text["frame.administration"]))))
            )
        )
    }
}

extension Page {
    /// The request's own path with `lang` set to `language`. The rest of the query is left out: a link must not
    /// repeat what a visitor typed (it may name data the visitor cannot see), and the language choice is kept in a
    /// cookie, so the next page stays in it.
    static func path(_ request: Request, language: SiteLanguage) -> String {
        PathEscaping.pathOnly(request.url.path) + "?lang=" + language.rawValue
    }

    /// The address a printed page carries, so a reader of the paper can find the page again: the site's address and
    /// the request's path, cut at 300 characters. Not the query, for the reason `path(_:language:)` gives; a page
    /// whose selection matters on paper can set `printAddress` itself from the selection it checked.
    static func printAddress(_ request: Request) -> String {
        let address = request.siteBaseURL + PathEscaping.pathOnly(request.url.path)
        return address.count > 300 ? String(address.prefix(299)) + "…" : address
    }

    /// A day as 2026-12-02, in Belgian time.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}

extension Application {
    private struct PrintClockKey: StorageKey { typealias Value = @Sendable () -> Date }

    /// Today, for the footer of a printed page; page snapshot tests set a fixed day.
    public var printClock: @Sendable () -> Date {
        get { storage[PrintClockKey.self] ?? { Date() } }
        set { storage[PrintClockKey.self] = newValue }
    }
}
