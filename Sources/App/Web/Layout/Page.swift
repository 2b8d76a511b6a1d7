import AccessDomain
import Plot
import Vapor

/// One page of the site: what it is called, where it sits, and its content. The layout around it
/// (head, header with search, breadcrumbs, footer) is the same for every page.
struct Page {
    var title: String
    var breadcrumbs: [(label: String, url: String?)] = []
    var description: String = ""
    var content: Node<HTML.BodyContext>
    var strings: SiteStrings = .nl
    /// Who is signed in, for the account links in the header; nil shows the login link.
    var account: AccountMenu? = nil

    /// The document as this request's visitor sees it (with their account links).
    func document(for request: Request) -> HTML {
        var page = self
        page.account = request.principal.map(AccountMenu.init)
        return page.document()
    }

    func document() -> HTML {
        HTML(
            .lang(strings.language),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(title) — Stadsbeeld"),
                .if(!description.isEmpty, .meta(.name("description"), .content(description))),
                .link(.rel(.stylesheet), .href(SitePath.asset(name: "site.css").path)),
                .link(.rel(.stylesheet), .href(SitePath.asset(name: "print.css").path), .attribute(named: "media", value: "print")),
                .script(.src(SitePath.asset(name: "site.js").path), .attribute(named: "defer", value: "defer"))
            ),
            .body(
                .a(.class("skip"), .href("#inhoud"), .text(strings.skipToContent)),
                .header(
                    .class("site-header"),
                    .a(.class("brand"), .href(SitePath.home.path), .text("Stadsbeeld")),
                    .nav(
                        .ariaLabel(strings.mainNavigation),
                        .ul(
                            .li(.a(.href(SitePath.home.path), .text(strings.figures))),
                            .li(.a(.href(SitePath.benchmark.path), .text(strings.benchmark))),
                            .li(.a(.href(SitePath.evolution.path), .text(strings.evolution))),
                            .li(.a(.href(SitePath.wijkReport.path), .text(strings.wijkReport))),
                            .li(.a(.href(MaturiteitPath.home.path), .text(strings.maturity))),
                            .li(.a(.href(APIPath.openAPI.path), .text("API")))
                        )
                    ),
                    SearchForm(strings: strings).node,
                    AccountMenu.node(account)
                ),
                .if(!breadcrumbs.isEmpty, .nav(
                    .class("breadcrumbs"), .ariaLabel(strings.breadcrumbs),
                    .ol(.forEach(breadcrumbs.enumerated()) { index, crumb in
                        .li(.unwrap(crumb.url, { url in
                            .a(.href(url), .text(crumb.label))
                        }, else: .span(
                            .attribute(named: "aria-current", value: index == breadcrumbs.count - 1 ? "page" : "false"),
                            .text(crumb.label))))
                    })
                )),
                .main(.id("inhoud"), .attribute(named: "tabindex", value: "-1"), .h1(.text(title)), content),
                .footer(
                    .class("site-footer"),
                    .p(.text(strings.footerAttribution)),
                    .p(.a(.href(APIPath.openAPI.path), .text(strings.openData)))
                )
            )
        )
    }
}

/// The search box in the header, also used on the home page. Its name comes from aria-label: a visually
/// hidden <label> is reported as hidden by the axe-core version the browser tests use.
struct SearchForm {
    let strings: SiteStrings
    var query: String = ""
    /// Unique per page: the header's form and a page's own search form may stand on one page.
    var id: String = "zoekterm"

    var node: Node<HTML.BodyContext> {
        .form(
            .class("search"), .action(SitePath.search.path), .method(.get), .attribute(named: "role", value: "search"),
            .input(.type(.search), .id(id), .name("q"), .value(query), .placeholder(strings.searchPlaceholder),
                   .attribute(named: "aria-label", value: strings.searchLabel)),
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
struct AccountMenu {
    let name: String
    let organisationCode: String
    let isOrganisationAdmin: Bool
    let isPlatformAdmin: Bool

    init(_ principal: Principal) {
        name = principal.userName
        organisationCode = principal.organisationCode
        isOrganisationAdmin = principal.role >= .organisationAdmin
        isPlatformAdmin = principal.isPlatformAdmin
    }

    static func node(_ menu: AccountMenu?) -> Node<HTML.BodyContext> {
        guard let menu else {
            return .nav(.class("account"), .ariaLabel("Account"), .a(.href(AccessPath.signIn.path), .text("Aanmelden")))
        }
        return .nav(
            .class("account"), .ariaLabel("Account"),
            .ul(
                .li(.a(.href(AccessPath.account.path), .text(menu.name))),
                .if(menu.isOrganisationAdmin, .li(.a(.href(AccessPath.members(organisation: menu.organisationCode).path), .text("Organisatie")))),
                .if(menu.isPlatformAdmin, .li(.a(.href(AccessPath.admin.path), .text("Beheer"))))
            )
        )
    }
}
