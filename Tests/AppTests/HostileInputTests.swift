import AccessDomain
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every GET route of the site and the API, asked with hostile text in each path segment and query parameter,
/// by a visitor and by a platform admin: nothing may fail with a 5xx and no input may break out of the HTML.
@Suite("Hostile input")
struct HostileInputTests {
    static let hostile = [
        "'\"><b data-hostile=1>x",
        "javascript:alert(1)",
        "</title><b data-hostile=1>",
        "&quot;><b data-hostile=1>",
        "x\r\nSet-Cookie: hostile=1\r\n\r\n<b data-hostile=1>",
    ]

    /// Every query parameter the controllers read, and a few they do not know.
    static let queryNames = [
        "q", "level", "parent", "period", "periods", "classification", "classes", "palette", "indicators", "areas", "i",
        "stad", "lang", "format", "geolevel", "geoitem", "geoitem_codes", "var", "basis", "groep", "thema", "module",
        "organisatie", "pagina", "status", "van", "tot", "actie", "met", "trekker", "terug", "gelukt", "$skip", "$top", "$filter",
        "$select", "code", "next", "onbekend", "x\"><b",
    ]

    @Test func noGetRouteLetsInputBreakOut() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            let (admin, visitor) = try await RouteValues.everyPageWorld(app)
            let routes = app.routes.all.filter { $0.method == .GET }
            #expect(routes.count > 20)

            var problems: [String] = []
            var requests = 0
            for route in routes {
                for url in Self.urls(for: route.path) {
                    for (who, browser) in [("visitor", visitor), ("admin", admin)] {
                        // act
                        let response = try await browser.get(url)
                        requests += 1
                        // check
                        problems += Self.problems(in: response).map { "\(who) GET \(url.prefix(160)): \($0)" }
                    }
                }
            }

            #expect(requests > 1_000)
            #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.prefix(4000).joined(separator: "\n"))")
            // The admin stayed signed in, so the signed-in pages were really checked.
            #expect(try await admin.get("/account").status == .ok)
        }
    }

    /// What is wrong with a response: a server error, or markup or a header the input got into.
    static func problems(in response: TestingHTTPResponse) -> [String] {
        var found: [String] = []
        if response.status.code >= 500 { found.append("status \(response.status.code)") }
        for (name, value) in response.headers where value.contains("\r") || value.contains("\n") || name.lowercased().contains("hostile") {
            found.append("header \(name) carries the input")
        }
        if response.headers[.setCookie].contains(where: { $0.contains("hostile") }) { found.append("a cookie was set from the input") }
        guard response.headers.contentType?.subType == "html" else { return found }
        let body = response.body.string
        let lowered = body.lowercased()
        // The hostile values carry `<b data-hostile=1>`: escaped, neither marker can appear.
        for marker in ["<b data-hostile", "data-hostile=1>"] where body.contains(marker) {
            found.append("raw \(marker) in the page: …\(Self.context(of: marker, in: body))…")
        }
        for attribute in ["href", "src", "action", "formaction"] {
            for quote in ["\"", "'"] where lowered.contains("\(attribute)=\(quote)javascript:") {
                found.append("\(attribute) with a javascript: URL")
            }
        }
        return found
    }

    static func context(of marker: String, in body: String) -> String {
        guard let range = body.range(of: marker) else { return "" }
        let start = body.index(range.lowerBound, offsetBy: -60, limitedBy: body.startIndex) ?? body.startIndex
        let end = body.index(range.upperBound, offsetBy: 20, limitedBy: body.endIndex) ?? body.endIndex
        return String(body[start..<end])
    }

    /// The route with ordinary values; then each path segment in turn hostile; then, on the ordinary path, all query
    /// parameters hostile at once (for each hostile value) and each one alone.
    static func urls(for path: [PathComponent]) -> [String] {
        let ordinary = RouteValues.segments(path)
        func url(_ segments: [String], _ query: [(String, String)] = []) -> String {
            let pathPart = "/" + segments.map(encode).joined(separator: "/")
            guard !query.isEmpty else { return pathPart }
            return pathPart + "?" + query.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        }
        var urls = [url(ordinary)]
        for (index, component) in path.enumerated() {
            switch component {
            case .constant: continue
            default:
                for value in hostile {
                    var segments = ordinary
                    segments[index] = value
                    urls.append(url(segments))
                }
            }
        }
        for value in hostile {
            urls.append(url(ordinary, queryNames.map { ($0, value) }))
        }
        for name in queryNames {
            urls.append(url(ordinary, [(name, hostile[0])]))
            urls.append(url(ordinary, [(name, hostile[3])]))
        }
        return urls
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~:"))) ?? text
    }
}
