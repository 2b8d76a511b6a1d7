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

/// What a password reset and disabling an account end, and what a temporary password lets its holder do.
@Suite("Reset, disable and temporary passwords")
struct AccountResetTests {
    @Test(arguments: TestDatabase.available)
    func aResetByAnAdminEndsSessionsAndRevokesTokens(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let member = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let script = Browser(app)
            script.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
            _ = try await Accounts.token(app, email: "an@gent.be", scope: .write)
            #expect(try await script.get("/api/v1/indicators").status == .ok)

            let admin = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            let an = try #require(try await AccountService(database: app.db).user(email: "an@gent.be"))
            let page = try await admin.get("/organisatie/gent/leden")
            #expect(page.body.string.contains("al zijn API-sleutels worden ingetrokken"))
            let reset = try await admin.post("/organisatie/gent/leden/\(an.id!)/wachtwoord")
            #expect(reset.status == .ok)
            #expect(Self.temporaryPassword(in: reset.body.string) != nil)

            let revoked = try await script.get("/api/v1/indicators")
            #expect(revoked.status == .unauthorized)
            #expect(try await member.get("/account").status == .seeOther)
            #expect(try await TokenService(database: app.db).tokens(userID: an.id!).allSatisfy { $0.revokedAt != nil })
            // Each revocation is in the trail, next to the reset itself.
            let summaries = try await AuditLog.events(.init(), limit: 100, on: app.db).map(\.summary)
            #expect(summaries.filter { $0.contains("ingetrokken (wachtwoord opnieuw ingesteld)") }.count == 2)
            #expect(summaries.contains("wachtwoord van an@gent.be opnieuw ingesteld"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func disablingRevokesTokensAndEnablingDoesNotReviveThem(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let script = Browser(app)
            script.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
            #expect(try await script.get("/api/v1/indicators").status == .ok)
            let an = try #require(try await AccountService(database: app.db).user(email: "an@gent.be"))

            let admin = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            let path = "/organisatie/gent/leden/\(an.id!)"
            #expect(try await admin.post(path, [("rol", "editor"), ("status", "uitgeschakeld")]).status == .seeOther)
            #expect(try await script.get("/api/v1/indicators").status == .unauthorized)
            try await admin.get("/organisatie/gent/leden")
            #expect(try await admin.post(path, [("rol", "editor"), ("status", "actief")]).status == .seeOther)

            // The account works again; the old token does not.
            #expect(try await Browser(app).signIn("an@gent.be", Accounts.password).status == .seeOther)
            #expect(try await script.get("/api/v1/indicators").status == .unauthorized)
            #expect(try await TokenService(database: app.db).tokens(userID: an.id!).allSatisfy { $0.revokedAt != nil })
        }
    }

    @Test(arguments: TestDatabase.available)
    func aTemporaryPasswordExpiresAfter72Hours(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            #expect(AccountService.temporaryPasswordLifetime == 72 * 3600)
            let organisation = try await Accounts.organisation(app, "gent")
            let start = Date()
            let temporary = "kx7pm-2qa9r-tzwb4-ehd3n"
            _ = try await AccountService(database: app.db).createUser(
                .init(email: "an@gent.be", name: "An", organisationID: organisation.id!, role: .editor, password: temporary,
                      temporary: true), by: .commandLine, now: start)
            let service = SignInService(database: app.db)
            let later = start.addingTimeInterval(71 * 3600)
            guard case .mustChangePassword = try await service.signIn(email: "an@gent.be", password: temporary, address: "a", now: later) else {
                Issue.record("a temporary password within 72 hours must sign in, to the password form")
                return
            }
            let expired = start.addingTimeInterval(72 * 3600 + 1)
            #expect(try await service.signIn(email: "an@gent.be", password: temporary, address: "b", now: expired) == .temporaryPasswordExpired)
            // Only who typed the password learns it expired: a wrong one gets the usual answer.
            #expect(try await service.signIn(email: "an@gent.be", password: "iets anders dan dat", address: "c", now: expired) == .refused)

            // Through the login form, once the expiry lies in the past.
            try await app.db.sql.update("users")
                .set("temporary_password_expires_at", to: SQLBind(Date().addingTimeInterval(-60))).run()
            let refused = try await Browser(app).signIn("an@gent.be", temporary)
            #expect(refused.status == .unauthorized)
            #expect(refused.body.string.contains("Je tijdelijke wachtwoord is verlopen; vraag je beheerder om een nieuw"))
            #expect(refused.headers[.setCookie].allSatisfy { !$0.hasPrefix("stadsbeeld_sessie=") })
            let wrong = try await Browser(app).signIn("an@gent.be", "iets anders dan dat")
            #expect(!wrong.body.string.contains("verlopen"))
        }
    }

    @Test(arguments: TestDatabase.available)
    func aTemporaryPasswordOnlyReachesThePasswordFormUntilChanged(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let admin = try await Accounts.signedIn(app, "beheer@gent.be", organisation: "gent", role: .organisationAdmin)
            let added = try await admin.post("/organisatie/gent/leden", [("email", "nieuw@gent.be"), ("naam", "Nieuw Lid"), ("rol", "editor")])
            #expect(added.status == .created)
            let temporary = try #require(Self.temporaryPassword(in: added.body.string))

            let member = Browser(app)
            let signedIn = try await member.signIn("nieuw@gent.be", temporary)
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers.first(name: .location) == "/account")
            let account = try await member.get("/account")
            #expect(account.status == .ok)
            #expect(account.body.string.contains("aangemeld met een tijdelijk wachtwoord"))
            #expect(!account.body.string.contains("action=\"/account/sleutels\""))

            // Every other page leads to the password form; every other write is refused, with the reason.
            for path in ["/", "/organisatie/gent/leden", "/api/v1/indicators", "/maturiteit"] {
                let page = try await member.get(path)
                #expect(page.status == .seeOther, "\(path)")
                #expect(page.headers.first(name: .location) == "/account", "\(path)")
            }
            try await member.get("/account")
            let token = try await member.post("/account/sleutels", [("naam", "script"), ("bereik", "read"), ("dagen", "")])
            #expect(token.status == .forbidden)
            #expect(token.body.string.contains("tijdelijk wachtwoord"))
            let user = try #require(try await AccountService(database: app.db).user(email: "nieuw@gent.be"))
            #expect(try await TokenService(database: app.db).tokens(userID: user.id!).isEmpty)
            // A write the member may normally do: revoking their own token (one the operator made for them).
            _ = try await Accounts.token(app, email: "nieuw@gent.be", scope: .read)
            let own = try #require(try await TokenService(database: app.db).tokens(userID: user.id!).first)
            #expect(try await member.post("/account/sleutels/\(own.id!)/intrekken").status == .forbidden)
            #expect(try await TokenService(database: app.db).token(id: own.id!)?.revokedAt == nil)

            // The temporary password itself is not a new one.
            try await member.get("/account")
            let same = try await member.post("/account/wachtwoord", [("huidig", temporary), ("nieuw", temporary), ("herhaling", temporary)])
            #expect(same.status == .badRequest)
            let changed = try await member.post("/account/wachtwoord",
                                                [("huidig", temporary), ("nieuw", "mijn eigen lange zin"), ("herhaling", "mijn eigen lange zin")])
            #expect(changed.status == .seeOther)

            // From now on the account is a normal one, in this session and the next.
            #expect(try await member.get("/").status == .ok)
            let after = try await member.get("/account")
            #expect(!after.body.string.contains("aangemeld met een tijdelijk wachtwoord"))
            #expect(try await member.post("/account/sleutels/\(own.id!)/intrekken").status == .seeOther)
            try await member.get("/account")
            #expect(try await member.post("/account/sleutels", [("naam", "script"), ("bereik", "read"), ("dagen", "")]).status == .seeOther)
            #expect(try await AccountService(database: app.db).user(email: "nieuw@gent.be")?.temporaryPasswordExpiresAt == nil)
            let next = Browser(app)
            let again = try await next.signIn("nieuw@gent.be", "mijn eigen lange zin")
            #expect(again.status == .seeOther)
            #expect(try await next.get("/organisatie/gent/leden").status == .forbidden)
            #expect(try await next.get("/").status == .ok)
        }
    }

    @Test func aSessionOfATemporaryPasswordEndsWithIt() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let an = try #require(try await AccountService(database: app.db).user(email: "an@gent.be"))
            try await AccountService(database: app.db).resetPassword(userID: an.id!, to: "kx7pm-2qa9r-tzwb4-ehd3n", by: .commandLine)
            let member = Browser(app)
            #expect(try await member.signIn("an@gent.be", "kx7pm-2qa9r-tzwb4-ehd3n").status == .seeOther)
            #expect(try await member.get("/account").status == .ok)
            // Signing out is the other thing such a session may do.
            let other = Browser(app)
            #expect(try await other.signIn("an@gent.be", "kx7pm-2qa9r-tzwb4-ehd3n").status == .seeOther)
            try await other.get("/account")
            #expect(try await other.post("/afmelden").status == .seeOther)
            #expect(try await other.get("/account").status == .seeOther)
            try await app.db.sql.update("users")
                .set("temporary_password_expires_at", to: SQLBind(Date().addingTimeInterval(-1))).run()
            let later = try await member.get("/account")
            #expect(later.status == .seeOther)
            #expect(later.headers.first(name: .location)?.hasPrefix("/aanmelden") == true)
        }
    }

    @Test func ownPasswordChangeKeepsTokensAndAnOperatorsPasswordIsNotTemporary() async throws {
        try await withTestApp(.sqlite) { app in
            let browser = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let script = Browser(app)
            script.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
            let changed = try await browser.post("/account/wachtwoord",
                                                 [("huidig", Accounts.password), ("nieuw", "een nieuwe lange zin"), ("herhaling", "een nieuwe lange zin")])
            #expect(changed.status == .seeOther)
            #expect(try await script.get("/api/v1/indicators").status == .ok)
            #expect(try await browser.get("/").status == .ok)

            // `users reset-password --password-stdin`: the operator typed it; still a reset, so tokens go.
            let an = try #require(try await AccountService(database: app.db).user(email: "an@gent.be"))
            let revoked = try await AccountService(database: app.db)
                .resetPassword(userID: an.id!, to: "door de beheerder getypt", temporary: false, by: .commandLine)
            #expect(revoked == 1)
            #expect(try await script.get("/api/v1/indicators").status == .unauthorized)
            let again = Browser(app)
            #expect(try await again.signIn("an@gent.be", "door de beheerder getypt").status == .seeOther)
            #expect(try await again.get("/").status == .ok)
        }
    }

    /// The one-time password an admin page shows after adding a member or a reset.
    static func temporaryPassword(in html: String) -> String? {
        html.components(separatedBy: "<code class=\"secret\">").dropFirst().first?.components(separatedBy: "<").first
    }
}
