import AccessDomain
@testable import App
@testable import Cijfers
@testable import Diensten
@testable import Kennis
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

/// Every route that changes something, enumerated from the application itself: it is declared with a rule,
/// it does nothing for anonymous visitors or across organisations, and its form refuses a missing or wrong CSRF token.
@Suite("Write routes")
struct WriteRouteTests {
    /// The write-route table: every pillar's write routes, as the application gathers them.
    static let table = PillarList(Pillars.all).writeRoutes

    @Test func writeRouteNamesAndPatternsAreUnique() {
        #expect(Set(Self.table.map(\.name)).count == Self.table.count)
        #expect(Set(Self.table.map { $0.pattern.map(\.description) }).count == Self.table.count)
    }

    /// The write routes as the application registered them ("POST /a/:b").
    static func registered(_ app: Application) -> Set<String> {
        Set(app.routes.all.filter { $0.method != .GET && $0.method != .HEAD }.map { "\($0.method.rawValue) /\($0.path.map(\.description).joined(separator: "/"))" })
    }

    static func declared() -> Set<String> {
        Set(WriteRouteTests.table.map { "POST /\($0.pattern.map(\.description).joined(separator: "/"))" })
    }

    /// A concrete path for a write route: `:organisation` is the given organisation, ids are those given.
    static func path(_ route: WriteRoute, organisation: String, user: Int, token: Int, id: Int) -> String {
        "/" + route.pattern.map { component -> String in
            switch component {
            case .parameter("organisation"): organisation
            case .parameter("user"): String(user)
            case .parameter("token"): String(token)
            case .parameter("campaign"): "klimaatgovernance-2024"
            case .parameter("model"): "klimaatgovernance"
            case .parameter: String(id)
            default: component.description
            }
        }.joined(separator: "/")
    }

    /// Plausible form fields for every write, so a refusal is the guard's doing and not a missing field.
    static let form: [(String, String)] = [
        ("email", "nieuw@example.be"), ("naam", "Nieuw"), ("rol", "editor"), ("status", "uitgeschakeld"), ("code", "nieuw"),
        ("type", "partner"), ("bereik", "write"), ("huidig", Accounts.password), ("nieuw", "nog een lange zin hier"),
        ("herhaling", "nog een lange zin hier"), ("wachtwoord", Accounts.password), ("leden[]", "1"), ("afgeschermd", ""),
    ]

    /// Row counts of everything the writes touch.
    static func state(_ app: Application) async throws -> [String: Int] {
        let sql = app.db.sql
        var counts: [String: Int] = [:]
        for table in ["users", "organisations", "api_tokens", "access_groups", "data_restrictions", "audit_events", "cijfers_waarden",
                      "maturity_models", "maturity_campaigns", "maturity_participants", "maturity_evaluations", "maturity_answers",
                      "maturity_recommendations", "maturity_work_packages"] {
            counts[table] = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()?
                .decode(column: "n", as: Int.self)
        }
        let disabled = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("users")
            .where(SQLIdentifier("disabled_at"), .isNot, SQLLiteral.null).first()?.decode(column: "n", as: Int.self)
        counts["disabled users"] = disabled
        let revoked = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("api_tokens")
            .where(SQLIdentifier("revoked_at"), .isNot, SQLLiteral.null).first()?.decode(column: "n", as: Int.self)
        counts["revoked tokens"] = revoked
        return counts
    }

    /// Accounts in Gent and Leuven, a token for the Leuven member, and an access group.
    struct World {
        let leuvenMember: Int
        let leuvenToken: Int
        let group: Int
    }

    static func world(_ app: Application) async throws -> World {
        let member = try await Accounts.create(app, "lies@leuven.be", organisation: "leuven", role: .editor)
        _ = try await Accounts.token(app, email: "lies@leuven.be", scope: .write)
        let token = try #require(try await TokenService(database: app.db).tokens(userID: member.id!).first)
        let group = try await AccessGroupService(database: app.db).create(code: "groep", name: "Groep", description: "", by: .commandLine)
        return World(leuvenMember: member.id!, leuvenToken: token.id!, group: group.id)
    }

    @Test func everyWriteRouteIsDeclaredWithItsRule() async throws {
        try await withTestApp(.sqlite) { app in
            #expect(Self.registered(app) == Self.declared())
            // Open to everyone: signing in, and the visitor's side of events and the newsletter, where the signed link
            // (cancel, confirm, unsubscribe) or nothing but an e-mail address (register, subscribe) is what is acted on.
            #expect(Set(WriteRouteTests.table.filter { $0.rule == .anyone }) == [
                .signIn, .kennisRegister, .kennisCancelRegistration, .kennisSubscribe, .kennisConfirm, .kennisUnsubscribe,
                .screeningScreen,  // screening a profile computes and stores nothing
                .leefloonAdvice, .leefloonAPIAdvice,  // a leefloon advice computes and stores nothing
                .energyExplore, .energyAPIAllocate,  // exploring energy sharing and allocating a quarter hour store nothing
            ])
        }
    }

    @Test(arguments: TestDatabase.available)
    func noWriteRouteWorksAnonymously(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let world = try await Self.world(app)
            let before = try await Self.state(app)
            for route in WriteRouteTests.table where route.rule != .anyone {
                let path = Self.path(route, organisation: "leuven", user: world.leuvenMember, token: world.leuvenToken, id: world.group)
                let visitor = Browser(app)
                try await visitor.get("/aanmelden")   // a valid anonymous CSRF token: the refusal must come from the rule
                let response = route.isAPI
                    ? try await ImportUpload.send(visitor, name: "data.csv", content: "period;geolevel;geoitem;x\n")
                    : try await visitor.post(path, Self.form)
                #expect(response.status == .unauthorized, "\(route) \(path): \(response.status)")
            }
            #expect(try await Self.state(app) == before)
        }
    }

    @Test(arguments: TestDatabase.available)
    func noWriteWorksAcrossOrganisations(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let world = try await Self.world(app)
            for role in [Role.editor, .organisationAdmin] {
                let gent = try await Accounts.signedIn(app, "\(role.rawValue)@gent.be", organisation: "gent", role: role)
                let before = try await Self.state(app)
                // Routes aimed at the member's own organisation name none in the path: they cannot be aimed at Leuven at all
                // (their stores scope every query to the member's organisation; their own tests prove another's records answer 404).
                for route in WriteRouteTests.table where !route.isAPI && route.target != .ownOrganisation
                    && [.member(.organisationAdmin), .member(.editor), .platformAdmin, .kenniscentrum(.editor)].contains(route.rule) {
                    try await gent.get("/account")
                    let path = Self.path(route, organisation: "leuven", user: world.leuvenMember, token: world.leuvenToken, id: world.group)
                    let response = try await gent.post(path, Self.form)
                    #expect(response.status == .forbidden, "\(role) of Gent, \(route) \(path): \(response.status)")
                }
                // A Leuven member addressed through Gent's own pages is not found there.
                try await gent.get("/account")
                if role == .organisationAdmin {
                    let path = Self.path(.updateMember, organisation: "gent", user: world.leuvenMember, token: 0, id: 0)
                    #expect(try await gent.post(path, Self.form).status == .notFound)
                }
                // Someone else's token cannot be revoked.
                #expect(try await gent.post("/account/sleutels/\(world.leuvenToken)/intrekken").status == .notFound)
                #expect(try await Self.state(app) == before)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func importsOnlyTouchTheOrganisationsOwnIndicators(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await TestData.load(TestData.smallGeography + [Fixtures.fluvius("Indicators.xlsx")], into: app)
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            try await Accounts.create(app, "lies@leuven.be", organisation: "leuven", role: .editor)
            let gent = Browser(app)
            gent.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .write))
            let leuven = Browser(app)
            leuven.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "lies@leuven.be", scope: .write))
            let before = try await TestData.counts(app)

            // Shared indicators (loaded by the platform) are not Gent's to change.
            let shared = try await ImportUpload.send(gent, name: "data.csv",
                                                    content: "period;geolevel;geoitem;v2506_elek_res_cons\n2021;gemeente2024;44021;5\n")
            #expect(shared.status == .unprocessableEntity)
            #expect(shared.body.string.contains("geen toestemming"))
            #expect(try await TestData.counts(app) == before)

            // Geography is the platform's.
            let areas = try await ImportUpload.send(gent, name: "wijken.csv", content: "sequence nr;geoitem code;short name;name\n1;x;X;X\n")
            #expect(areas.status == .unprocessableEntity)
            // The problem names the file as it was sent.
            #expect(areas.body.string.contains("\"wijken.csv, rij 1") || areas.body.string.contains("\"  wijken.csv"))

            // A new indicator of Gent's own, with its data: it lands and belongs to Gent.
            let sheet = "Indicator code;Indicator name;Data type;Aggregation type\ngent_fietsen;Fietsen geteld;number;sum\n"
            let definition = try await ImportUpload.send(gent, name: "indicatoren.csv", content: sheet)
            #expect(definition.status == .created, "\(definition.body.string)")
            let data = try await ImportUpload.send(gent, name: "data.csv", content: "period;geolevel;geoitem;gent_fietsen\n2024;gemeente2024;44021;1200\n")
            #expect(data.status == .created, "\(data.body.string)")
            let owner = try await app.db.sql.select().column("owner_organisation_id").from("indicators")
                .where("code", .equal, SQLBind("gent_fietsen")).first()?.decode(column: "owner_organisation_id", as: Int?.self)
            #expect(owner == (try await Accounts.organisation(app, "gent")).id)

            // Leuven may not overwrite it.
            let afterGent = try await TestData.counts(app)
            let foreign = try await ImportUpload.send(leuven, name: "data.csv", content: "period;geolevel;geoitem;gent_fietsen\n2024;gemeente2024;44021;1\n")
            #expect(foreign.status == .unprocessableEntity)
            #expect(try await TestData.counts(app) == afterGent)
        }
    }

    @Test(arguments: TestDatabase.available)
    func everyFormRefusesAMissingOrWrongCSRFToken(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let world = try await Self.world(app)
            let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let before = try await Self.state(app)
            for route in WriteRouteTests.table where !route.isAPI && route != .signIn {
                let path = Self.path(route, organisation: "leuven", user: world.leuvenMember, token: world.leuvenToken, id: world.group)
                for token in ["", "vervalst-\(UUID().uuidString)"] {
                    let response = try await admin.post(path, Self.form, csrf: token)
                    #expect(response.status == .forbidden, "\(route) with csrf '\(token)': \(response.status)")
                }
            }
            #expect(try await Self.state(app) == before)
            // The login form too: without the cookie's token, or with another one.
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let visitor = Browser(app)
            try await visitor.get("/aanmelden")
            for token in ["", "vervalst"] {
                let response = try await visitor.post("/aanmelden", [("email", "an@gent.be"), ("wachtwoord", Accounts.password)], csrf: token)
                #expect(response.status == .forbidden)
                #expect(visitor.cookies["stadsbeeld_sessie"] == nil)
            }
            // A session's token does not work for another session.
            let other = try await Accounts.signedIn(app, "bert@gent.be", organisation: "gent", role: .editor)
            let foreignToken = try #require(admin.csrf)
            #expect(try await other.post("/account/sleutels", [("naam", "x"), ("bereik", "read")], csrf: foreignToken).status == .forbidden)
        }
    }
}
