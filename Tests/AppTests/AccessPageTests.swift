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

/// The access pages as a new user meets them: error pages in the usual frame, a readable audit trail,
/// a key page that survives a reload, a filter that reaches every module, Dutch messages for bad form values.
@Suite("Access pages")
struct AccessPageTests {
    @Test func errorPagesShowTheSignedInUsersHeader() async throws {
        try await withTestApp(.sqlite) { app in
            let viewer = try await Accounts.signedIn(app, "lid@gent.be", organisation: "gent", role: .viewer)
            let missing = try await viewer.get("/bestaat-niet")
            #expect(missing.status == .notFound)
            #expect(missing.body.string.contains(">Lid</a>"))
            #expect(!missing.body.string.contains(">Aanmelden</a>"))
            let forbidden = try await viewer.get("/beheer/audit")
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.body.string.contains(">Lid</a>"))
            #expect(!forbidden.body.string.contains(">Aanmelden</a>"))
            // A visitor still sees the login link.
            #expect(try await Browser(app).get("/bestaat-niet").body.string.contains(">Aanmelden</a>"))
        }
    }

    @Test func theTrailShowsOrganisationNamesAndRoleLabels() async throws {
        try await withTestApp(.sqlite) { app in
            let gent = try await Accounts.organisation(app, "gent")
            let member = try await Accounts.create(app, "lid@gent.be", organisation: "gent", role: .viewer)
            try await AccountService(database: app.db).update(userID: member.id!, role: .editor, by: .commandLine)
            let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let page = try await admin.get("/beheer/audit").body.string
            #expect(page.contains("<strong>organisatie</strong>: — → \(gent.name) (gent)"))
            #expect(page.contains("<strong>rol</strong>: lezer → redacteur"))
            #expect(page.contains("<strong>rol</strong>: — → platformbeheerder"))
            #expect(!page.contains("platform_admin"))
            let csv = try await admin.get("/beheer/audit.csv").body.string.components(separatedBy: "\r\n")
            #expect(csv.contains { $0.hasSuffix(";organisatie;;\(gent.name) (gent)") })
            #expect(csv.contains { $0.hasSuffix(";rol;lezer;redacteur") })
            #expect(!csv.contains { $0.hasSuffix(";organisatie;;\(gent.id!)") })
            // The stored events keep the id and the code.
            let stored = try await AuditLog.events(.init(), limit: 100, on: app.db).flatMap(\.changes)
            #expect(stored.contains(AuditChange(field: "organisatie", before: nil, after: String(gent.id!))))
            #expect(stored.contains(AuditChange(field: "rol", before: "viewer", after: "editor")))
        }
    }

    @Test func aNewKeyIsShownOnceAtAnAddressThatReloads() async throws {
        try await withTestApp(.sqlite) { app in
            let user = try await Accounts.signedIn(app, "lid@gent.be", organisation: "gent", role: .editor)
            let created = try await user.post("/account/sleutels", [("naam", "script"), ("bereik", "read"), ("dagen", "")])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            #expect(location == "/account/sleutels")
            #expect(!created.body.string.contains("sbt_"))
            let shown = try await user.get(location)
            #expect(shown.status == .ok)
            let body = shown.body.string
            let start = try #require(body.range(of: "value=\"sbt_"))
            let secret = String(body[body.index(start.lowerBound, offsetBy: 7)...].prefix { $0 != "\"" })
            #expect(try await TokenService(database: app.db).authenticate(secret: secret) != nil)
            // The reload: 200, and the secret is not shown again.
            let reloaded = try await user.get(location)
            #expect(reloaded.status == .ok)
            #expect(!reloaded.body.string.contains(secret))
            #expect(!reloaded.body.string.contains("sbt_"))
            #expect(reloaded.body.string.contains("één keer getoond"))
        }
    }

    @Test func theSecretIsForTheSessionThatMadeTheKey() async throws {
        try await withTestApp(.sqlite) { app in
            let user = try await Accounts.signedIn(app, "lid@gent.be", organisation: "gent", role: .editor)
            #expect(try await user.post("/account/sleutels", [("naam", "script"), ("bereik", "read")]).status == .seeOther)
            // The same user in another browser does not get it.
            let other = Browser(app)
            try await other.signIn("lid@gent.be", Accounts.password)
            #expect(!(try await other.get("/account/sleutels").body.string.contains("sbt_")))
            #expect(try await user.get("/account/sleutels").body.string.contains("sbt_"))
        }
    }

    @Test func theFilterReachesMaturiteitAndEveryModuleWithEvents() async throws {
        try await withTestApp(.sqlite) { app in
            try await AuditLog.record(AuditEvent(actor: .commandLine, module: MaturityService.module, action: .create,
                                                 entityType: "meting", entityID: "m-2026", summary: "meting m-2026 geopend"), on: app.db)
            try await AuditLog.record(AuditEvent(actor: .commandLine, module: "post", action: .create,
                                                 entityType: "bericht", entityID: "1", summary: "bericht klaargezet"), on: app.db)
            let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let page = try await admin.get("/beheer/audit").body.string
            #expect(page.contains("<option value=\"maturiteit\">Maturiteit</option>"))
            #expect(page.contains("<option value=\"post\">post</option>"))
            let filtered = try await admin.get("/beheer/audit?module=maturiteit")
            #expect(filtered.status == .ok)
            #expect(filtered.body.string.contains("meting m-2026 geopend"))
            #expect(!filtered.body.string.contains("bericht klaargezet"))
            #expect(filtered.body.string.contains("<option value=\"maturiteit\" selected"))
        }
    }

    @Test func textInANumberFieldGetsADutchMessageNamingTheField() async throws {
        try await withTestApp(.sqlite) { app in
            let kenniscentrum = try await Accounts.signedIn(app, "an@kenniscentrum.be", organisation: "kenniscentrum", role: .editor)
            try await kenniscentrum.get("/maturiteit/nieuwe-meting")
            let refused = try await kenniscentrum.post("/maturiteit/nieuwe-meting", [("model", "twee"), ("code", "x-2026"), ("naam", "X")])
            #expect(refused.status == .badRequest)
            // The form again, with the field and what it needs.
            #expect(refused.body.string.contains("Het veld ‘model’ moet een geheel getal zijn"))
            #expect(refused.body.string.contains("Meting openen"))
            #expect(!refused.body.string.contains("Value of type"))
            let list = try await kenniscentrum.post("/maturiteit/nieuwe-meting", [("model", "1"), ("deelnemers[]", "gent")])
            #expect(list.status == .badRequest)
            #expect(list.body.string.contains("Het veld ‘deelnemers’ moet een geheel getal zijn"))
        }
    }

    @Test func theAPIAnswersBadParametersInDutchNamingTheField() async throws {
        try await withTestApp(.sqlite) { app in
            let response = try await Browser(app).get("/api/v1/data?indicator[a]=x")
            #expect(response.status == .badRequest)
            let body = try response.content.decode(APIErrorMiddleware.Body.self)
            // A parameter the data API does not know is named as such, with the ones it does know.
            #expect(body.message.hasPrefix("onbekende parameter 'indicator[a]'"))
            #expect(body.message.contains("indicators, indicator, level"))
            #expect(!body.message.contains("Value"))
        }
    }

    @Test func decodingMessagesNameTheFieldAndWhatItNeeds() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
        }
        let context = DecodingError.Context(codingPath: [Key(stringValue: "dagen")], debugDescription: "")
        #expect(FormProblem.message(.typeMismatch(Int.self, context)) == "het veld ‘dagen’ moet een geheel getal zijn")
        #expect(FormProblem.message(.typeMismatch(Double.self, context)) == "het veld ‘dagen’ moet een getal zijn")
        #expect(FormProblem.message(.keyNotFound(Key(stringValue: "naam"), .init(codingPath: [], debugDescription: "")))
            == "het veld ‘naam’ ontbreekt")
        let listContext = DecodingError.Context(codingPath: [Key(stringValue: "deelnemers"), Key(intValue: 0)], debugDescription: "")
        #expect(FormProblem.message(.typeMismatch(Int.self, listContext)) == "het veld ‘deelnemers’ moet een geheel getal zijn")
    }
}
