@testable import Cijfers
@testable import Diensten
@testable import Kennis
@testable import Plannen
import Vapor

/// Ordinary values for the parameters of every route, leading to real pages on the test data: the demo's codes,
/// the seeded maturity campaign and model, an organisation that exists.
enum RouteValues {
    static func value(_ component: PathComponent, after previous: PathComponent?) -> String {
        switch component {
        case .constant(let text): return text
        case .parameter(let name):
            switch name {
            case "level": return "gemeente2024"
            case "code":
                if case .constant(let before) = previous, before.hasPrefix("indicator") { return "v2506_elek_res_cons" }
                return "24062"
            case "organisation":
                if case .constant("plannen") = previous { return "voorbeeldstad" }
                if case .constant("parkeren") = previous { return "voorbeeldstad" }
                return "gent"
            case "plan": return "mjp-2026-2031"
            case "item": return "AP0101"
            case "period": return "2026-S2"
            case "campaign": return "klimaatgovernance-2024"
            case "model": return "klimaatgovernance"
            case "file":
                if case .constant("download") = previous { return "items.csv" }
                if case .constant("bestanden") = previous { return "1" }
                return "scores.csv"
            case "name":
                if case .parameter("file") = previous { return "rapport-klimaatgovernance-2025.pdf" }
                return "site.css"
            case "slug": return "rapport-klimaatgovernance-2025"
            case "kind": return "praktijk"
            case "feed": return "nieuws.atom"
            case "theme": return "monitoring"
            case "nis": return "44021"
            case "key": return "demo-leefloon"
            case "zone": return "VS-C1"
            case "chart": return "staaf"
            default: return "1"
            }
        case .catchall, .anything: return "x"
        }
    }

    /// The values of a whole route, in order.
    static func segments(_ path: [PathComponent]) -> [String] {
        path.enumerated().map { index, component in value(component, after: index > 0 ? path[index - 1] : nil) }
    }

    /// The figures of the small demo geography, the demo plan of Voorbeeldstad, and a signed-in platform admin beside
    /// an anonymous visitor: what the tests that visit every page start from.
    static func everyPageWorld(_ app: Application) async throws -> (admin: Browser, visitor: Browser) {
        try await TestData.load(TestData.smallGeography + [
            Fixtures.demo("themas.csv"), Fixtures.fluvius("Indicators.xlsx"), Fixtures.demo("stadsbeeld_indicatoren.csv"),
        ], into: app)
        try await app.catalogStore.reload(from: app.db)
        _ = try await PlannenDemo.load(into: app.db)
        try await KennisSeed.load(into: app)
        _ = try await RightsDemo.load(into: app)
        _ = try await ParkingDemo.load(into: app)
        let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
        try await ScreeningTests.everyPageWorld(app)
        try await RegisterTests.everyPageWorld(app)
        return (admin, Browser(app))
    }
}
