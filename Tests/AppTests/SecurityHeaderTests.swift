@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Testing
import Vapor
import VaporTesting

/// Every answer — page, API, error, asset — carries the security headers; HSTS only over TLS.
@Suite("Security headers")
struct SecurityHeaderTests {
    @Test func everyKindOfResponseCarriesThem() async throws {
        try await withTestApp(.sqlite) { app in
            let browser = Browser(app)
            for path in ["/", "/aanmelden", "/api/v1/levels", "/api/v1/indicators/bestaat-niet", "/bestaat-niet", "/assets/site.css", "/beheer"] {
                let response = try await browser.get(path)
                let policy = try #require(response.headers.first(name: "Content-Security-Policy"), "\(path)")
                #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
                #expect(policy.contains("frame-ancestors 'none'") && policy.contains("default-src 'self'"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "strict-origin-when-cross-origin")
                #expect(response.headers.first(name: "Strict-Transport-Security") == nil, "no HSTS over plain HTTP: \(path)")
            }
            browser.headers.add(name: "X-Forwarded-Proto", value: "https")
            #expect(try await browser.get("/").headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true)
        }
    }

    @Test func pagesHaveNoInlineScriptOrStyle() async throws {
        try await withTestApp(.sqlite) { app in
            for path in ["/", "/aanmelden", "/zoeken?q=gent"] {
                let html = try await Browser(app).get(path).body.string
                #expect(!html.contains(" style=") && !html.contains("<style") && !html.contains(" onclick="))
                #expect(!html.contains("<script>") && html.contains("<script src=\"/assets/site.js\""))
            }
        }
    }
}
