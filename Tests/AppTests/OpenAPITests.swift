@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Testing
import Vapor
import VaporTesting

/// The OpenAPI document tells the truth: every API route is in it, and everything in it is a route.
@Suite("OpenAPI document matches the routes")
struct OpenAPITests {
    @Test func documentAndRoutesAgree() async throws {
        try await withTestApp(.sqlite) { app in
            // setup
            var documented: Set<String> = []
            try await app.testing().test(.GET, "/api/v1/openapi.json") { response async throws in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect(json?["openapi"] as? String == "3.1.0")
                let paths = try #require(json?["paths"] as? [String: [String: Any]])
                for (path, operations) in paths {
                    for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
                }
            }
            // act
            let registered = Set(app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                return path.hasPrefix("/api/v1/") ? "\(route.method.rawValue) \(path)" : nil
            })
            // check
            #expect(registered == documented, "not documented: \(registered.subtracting(documented)); not routed: \(documented.subtracting(registered))")
        }
    }
}
