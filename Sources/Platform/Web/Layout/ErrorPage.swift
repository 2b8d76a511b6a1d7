import Plot
import Vapor

/// The page people see when something is not there or not right: what happened and what to do next.
public struct ErrorPage {
    public let status: HTTPResponseStatus
    public let message: String

    /// Pages get a page; the API and the Swing endpoints keep their JSON.
    public static func wantsHTML(_ request: Request) -> Bool {
        let path = request.url.path
        return !(path.hasPrefix("/api/") || path.hasPrefix("/jive") || path.hasPrefix("/viewerservices") || path.hasPrefix("/assets/"))
    }

    /// The page in the same frame as every other page: a signed-in visitor sees their account links here too.
    public func response(for request: Request) -> Response {
        let strings = SiteStrings.from(request)
        let title = strings.text[status == .notFound ? "error.notFound" : (status.code < 500 ? "error.refused" : "error.failed")]
        var page = Page(
            title: title,
            content: .group(
                .p(.text(message.prefix(1).uppercased() + message.dropFirst() + ".")),
                .if(status == .unauthorized, .p(.a(.attr("href", AccessPath.signIn.path), .text(strings.text["frame.signIn"])))),
                .p(.text(strings.text["error.searchAgain"]), .a(.attr("href", SitePath.home.path), .text(strings.text["error.homePage"])), .text(".")),
                SearchForm(strings: strings, id: "zoekterm-fout").node
            ), strings: strings)
        // The error page's path is what the visitor typed (it may name data they cannot see): switch on the home page.
        page.otherLanguagePath = SitePath.home.path + "?lang=" + (strings.siteLanguage == .nl ? "en" : "nl")
        page.printAddress = request.siteBaseURL + SitePath.home.path
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: page.document(for: request).render()))
    }
}
