import AccessDomain
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Data reserved for an access group never reaches an anonymous request: not in pages, the API, the Swing endpoints,
/// downloads, search or exports. Every GET route the application registers is visited.
@Suite("Restricted data")
struct RestrictedDataTests {
    static let hidden = "v2506_elek_res_cons"
    static let hiddenAtGemeente = "v2506_elek_res_n"
    /// Values that appear nowhere else, in the ways pages and the API write numbers.
    static let secretValues = ["73519", "73.519", "86427", "86.427"]

    /// Gent (44021) and Aalst (41002) have values; an access group with Gent as member reserves one indicator
    /// entirely and another at the gemeente level.
    func withRestrictedData(_ database: TestDatabase, _ body: (Application) async throws -> Void) async throws {
        try await withTestApp(database) { app in
            let file = try Fixtures.temporaryDirectory().appendingPathComponent("data.csv")
            try """
            period;geolevel;geoitem;\(Self.hidden);\(Self.hiddenAtGemeente)
            2021;gemeente2024;44021;73519;86427
            2021;gemeente2024;41002;10;100
            """.write(to: file, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx"), file.path], into: app)
            let service = AccessGroupService(database: app.db)
            let group = try await service.create(code: "energie-detail", name: "Energie in detail", description: "", by: .commandLine)
            let gent = try await Accounts.organisation(app, "gent")
            try await service.update(id: group.id, members: [gent.id!],
                                     restrictions: [(Self.hidden, nil), (Self.hiddenAtGemeente, "gemeente2024")], by: .commandLine)
            try await app.catalogStore.reload(from: app.db)
            try await body(app)
        }
    }

    /// A URL for every GET route, with parameters and query strings that ask for the restricted data.
    static func probes(_ app: Application) -> [String] {
        var urls: [String] = []
        for route in app.routes.all where route.method == .GET {
            for indicator in [hidden, hiddenAtGemeente] {
                let isAreaRoute = route.path.contains(.constant("gebied")) || route.path.contains(.constant("areas"))
                var segments: [String] = []
                for component in route.path {
                    switch component {
                    case .constant(let text): segments.append(text)
                    case .parameter(let name):
                        switch name {
                        case "code": segments.append(isAreaRoute ? "44021" : indicator)
                        case "level": segments.append("gemeente2024")
                        case "name": segments.append("site.js")
                        case "organisation": segments.append("gent")
                        default: segments.append("1")
                        }
                    case .catchall: segments.append("Variables('\(indicator)')/GeoLevels('gemeente2024')/GeoItems")
                    case .anything: segments.append("x")
                    }
                }
                let query = "indicators=\(indicator)&indicator=\(indicator)&i=\(indicator)&var=\(indicator)&level=gemeente2024"
                    + "&geolevel=gemeente2024&parent=centrumsteden&periods=all&period=2021&q=elek&stad=44021"
                for format in ["", "&format=csv", "&format=jsonstat", "&format=geojson"] {
                    urls.append("/" + segments.joined(separator: "/") + "?" + query + format)
                }
            }
        }
        return Array(Set(urls)).sorted()
    }

    @Test(arguments: TestDatabase.available)
    func anonymousRequestsNeverSeeRestrictedData(database: TestDatabase) async throws {
        try await withRestrictedData(database) { app in
            let visitor = Browser(app)
            let probes = Self.probes(app)
            #expect(probes.count > 100)
            for url in probes {
                let response = try await visitor.get(url)
                #expect(response.status.code < 500, "\(url): \(response.status)")
                // An error repeating the code the visitor typed tells nothing: unknown codes get the same answer.
                let body = response.body.string.replacingOccurrences(of: "'\(Self.hidden)' bestaat niet", with: "")
                    .replacingOccurrences(of: "bestaan niet of zijn niet openbaar: \(Self.hidden);", with: "")
                #expect(!body.contains(Self.hidden), "\(url) shows the restricted indicator")
                for value in Self.secretValues { #expect(!body.contains(value), "\(url) shows \(value)") }
            }
            // The level that is not reserved stays public: the provincie total includes Gent's restricted gemeente value.
            let provincie = try await visitor.get("/api/v1/data?indicators=\(Self.hiddenAtGemeente)&level=provincie2024&areas=40000")
            #expect(provincie.status == .ok)
            #expect(provincie.body.string.contains("86527"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func membersSeeItAndOthersDoNot(database: TestDatabase) async throws {
        try await withRestrictedData(database) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .viewer)
            try await Accounts.create(app, "lies@leuven.be", organisation: "leuven", role: .editor)
            let url = "/api/v1/data?indicators=\(Self.hidden)&level=gemeente2024&areas=44021"
            let gent = Browser(app)
            gent.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
            #expect(try await gent.get(url).body.string.contains("73519"))
            let leuven = Browser(app)
            leuven.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "lies@leuven.be", scope: .read))
            #expect(try await leuven.get(url).status == .notFound)
            // Signed in on the site, a member sees the page with the value.
            let browser = try await Accounts.signedIn(app, "bert@gent.be", organisation: "gent", role: .viewer)
            let page = try await browser.get("/indicator/\(Self.hiddenAtGemeente)?level=gemeente2024&parent=centrumsteden&period=2021")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("86.427"))
            #expect(page.headers.first(name: .cacheControl) == "private, no-store")
        }
    }

    @Test func exportsLeaveRestrictedDataOutUnlessAsked() async throws {
        try await withRestrictedData(.sqlite) { app in
            let database = app.db
            let publicCatalog = await app.catalogStore.current(forOrganisation: nil, seesEverything: false)
            await #expect(throws: QueryError.unknownIndicator(Self.hidden)) {
                try await DataQuery(database: database, catalog: publicCatalog)
                    .run(DataSelection(indicators: [Self.hidden], level: "gemeente2024"))
            }
            let full = await app.catalogStore.current(forOrganisation: nil, seesEverything: true)
            let table = try await DataQuery(database: database, catalog: full).run(DataSelection(indicators: [Self.hidden], level: "gemeente2024", areas: ["44021"]))
            #expect(table.cells.first?.value.value == 73519)
        }
    }
}
