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

/// Sign-in, sessions and passwords: the success path once, then every way it should fail.
@Suite("Sign-in and sessions")
struct SignInTests {
    @Test(arguments: TestDatabase.available)
    func signInGivesAFreshStrictHttpOnlySessionEachTime(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let browser = Browser(app)
            let first = try await browser.signIn("an@gent.be", Accounts.password)
            #expect(first.status == .seeOther)
            #expect(first.headers.first(name: .location) == "/account")
            let cookie = try #require(first.headers[.setCookie].first { $0.hasPrefix("stadsbeeld_sessie=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"))
            let firstSession = try #require(browser.cookies["stadsbeeld_sessie"])
            #expect(try await browser.get("/account").body.string.contains("an@gent.be"))

            // Signing in again from the same browser: a new id, and the old one no longer opens anything.
            try await browser.get("/aanmelden")
            _ = try await browser.post("/aanmelden", [("email", "AN@gent.be "), ("wachtwoord", Accounts.password)])
            let secondSession = try #require(browser.cookies["stadsbeeld_sessie"])
            #expect(secondSession != firstSession)
            let stale = Browser(app)
            stale.cookies["stadsbeeld_sessie"] = firstSession
            #expect(try await stale.get("/account").status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aWrongPasswordAndAnUnknownAddressGetTheSameAnswer(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let wrong = try await Browser(app).signIn("an@gent.be", "niet het juiste wachtwoord")
            let unknown = try await Browser(app).signIn("niemand@gent.be", "niet het juiste wachtwoord")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.headers[.setCookie].allSatisfy { !$0.hasPrefix("stadsbeeld_sessie=") })
            func message(_ html: String) -> String? {
                html.components(separatedBy: "form-errors").dropFirst().first?
                    .components(separatedBy: "<li>").dropFirst().first?.components(separatedBy: "</li>").first
            }
            #expect(message(wrong.body.string) == "Het e-mailadres of het wachtwoord klopt niet")
            #expect(message(wrong.body.string) == message(unknown.body.string))
        }
    }

    @Test(arguments: TestDatabase.available)
    func fiveFailuresLockTheAccountEvenForTheRightPassword(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            for attempt in 1...5 {
                let response = try await Browser(app).signIn("an@gent.be", "fout \(attempt)")
                #expect(response.status == (attempt < 5 ? .unauthorized : .tooManyRequests))
            }
            let locked = try await Browser(app).signIn("an@gent.be", Accounts.password)
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("te veel mislukte pogingen") || locked.body.string.contains("Te veel mislukte pogingen"))
            // An address nobody has is locked the same way: the lock tells nothing about which accounts exist.
            for attempt in 1...5 { try await Browser(app).signIn("niemand@gent.be", "fout \(attempt)") }
            #expect(try await Browser(app).signIn("niemand@gent.be", "nog eens").status == .tooManyRequests)
            // Another account is not affected by the first account's lock.
            try await Accounts.create(app, "bert@gent.be", organisation: "gent", role: .editor)
            #expect(try await Browser(app).signIn("bert@gent.be", Accounts.password).status == .seeOther)
        }
    }

    @Test func manyFailuresFromOneAddressLockThatAddress() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            // 20 failures spread over 5 addresses typed (4 each: no account lock) from the one test client address.
            for attempt in 0..<20 { try await Browser(app).signIn("raad\(attempt % 5)@gent.be", "fout") }
            #expect(try await Browser(app).signIn("an@gent.be", Accounts.password).status == .tooManyRequests)
        }
    }

    @Test(arguments: TestDatabase.available)
    func idleAndExpiredSessionsEnd(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let browser = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            #expect(try await browser.get("/account").status == .ok)
            let sql = app.db.sql
            try await sql.update("sessions").set("last_seen_at", to: SQLBind(Date().addingTimeInterval(-3 * 3600))).run()
            let idle = try await browser.get("/account")
            #expect(idle.status == .seeOther)
            #expect(idle.headers.first(name: .location)?.hasPrefix("/aanmelden?terug=") == true)
            #expect(try await sql.select().column("*").from("sessions").all().isEmpty)

            let again = try await Accounts.signedIn(app, "bert@gent.be", organisation: "gent", role: .editor)
            try await sql.update("sessions").set("expires_at", to: SQLBind(Date().addingTimeInterval(-1))).run()
            #expect(try await again.get("/account").status == .seeOther)
        }
    }

    @Test(arguments: TestDatabase.available)
    func changingThePasswordChecksTheOldOneAndEndsOtherSessions(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let laptop = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let phone = Browser(app)
            try await phone.signIn("an@gent.be", Accounts.password)
            let refused = try await laptop.post("/account/wachtwoord", [("huidig", "fout"), ("nieuw", "een nieuwe lange zin"), ("herhaling", "een nieuwe lange zin")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("Het huidige wachtwoord klopt niet"))
            let tooShort = try await laptop.post("/account/wachtwoord", [("huidig", Accounts.password), ("nieuw", "kort"), ("herhaling", "kort")])
            #expect(tooShort.body.string.contains("Kies minstens 12 tekens"))
            let done = try await laptop.post("/account/wachtwoord", [("huidig", Accounts.password), ("nieuw", "een nieuwe lange zin"), ("herhaling", "een nieuwe lange zin")])
            #expect(done.status == .seeOther)
            #expect(try await laptop.get("/account").status == .ok)
            #expect(try await phone.get("/account").status == .seeOther)
            #expect(try await Browser(app).signIn("an@gent.be", Accounts.password).status == .unauthorized)
            #expect(try await Browser(app).signIn("an@gent.be", "een nieuwe lange zin").status == .seeOther)
        }
    }

    @Test func disablingAnAccountEndsItsSessionsAndTokens() async throws {
        try await withTestApp(.sqlite) { app in
            let browser = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let token = try await Accounts.token(app, email: "an@gent.be", scope: .read)
            let user = try #require(try await AccountService(database: app.db).user(email: "an@gent.be"))
            _ = try await AccountService(database: app.db).update(userID: user.id!, disabled: true, by: .commandLine)
            #expect(try await browser.get("/account").status == .seeOther)
            let api = Browser(app)
            api.headers.bearerAuthorization = .init(token: token)
            #expect(try await api.get("/api/v1/indicators").status == .unauthorized)
            #expect(try await Browser(app).signIn("an@gent.be", Accounts.password).status == .unauthorized)
        }
    }

    @Test func signingInOnlyReturnsToPagesOfThisSite() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            for (wanted, expected) in [("/beheer", "/beheer"), ("https://evil.example/", "/account"), ("//evil.example", "/account")] {
                let browser = Browser(app)
                try await browser.get("/aanmelden")
                let response = try await browser.post("/aanmelden", [("email", "an@gent.be"), ("wachtwoord", Accounts.password), ("terug", wanted)])
                #expect(response.headers.first(name: .location) == expected)
            }
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withTestApp(.sqlite) { app in
            let browser = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let session = try #require(browser.cookies["stadsbeeld_sessie"])
            #expect(try await browser.post("/afmelden").status == .seeOther)
            let replay = Browser(app)
            replay.cookies["stadsbeeld_sessie"] = session
            #expect(try await replay.get("/account").status == .seeOther)
        }
    }
}
