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

/// API tokens: shown once, stored hashed, scoped, revocable, with a last-used time.
@Suite("API tokens")
struct TokenTests {
    /// A token's principal is kept a moment after it is authenticated (so a busy API client costs no queries): never
    /// past its lifetime or the token's expiry, and forgotten at the next audited change (a revocation through the
    /// services is seen by the very next request). The mechanics on a cache of its own (the shared one is emptied by
    /// every other test's changes), then the middleware with the shared one.
    @Test(arguments: TestDatabase.available)
    func aCachedTokenFollowsEveryAuditedChangeAtOnce(database: TestDatabase) async throws {
        let cache = TokenPrincipalCache()
        let principal = Principal(userID: 7, userName: "An", organisationID: 3, organisationCode: "gent", organisationType: .centrumstad,
                                  role: .editor, credential: .token(scope: .read))
        let now = Date()
        cache.store(principal, fingerprint: "f1", expiresAt: nil, epoch: cache.epoch, now: now)
        cache.store(principal, fingerprint: "f2", expiresAt: now.addingTimeInterval(1), epoch: cache.epoch, now: now)
        #expect(cache.principal(fingerprint: "f1", now: now) == principal)
        #expect(cache.principal(fingerprint: "f1", now: now.addingTimeInterval(TokenPrincipalCache.lifetime + 0.1)) == nil)
        #expect(cache.principal(fingerprint: "f2", now: now.addingTimeInterval(1.5)) == nil)  // the token expired first
        let before = cache.epoch
        cache.invalidate()
        #expect(cache.principal(fingerprint: "f1", now: now) == nil)
        cache.store(principal, fingerprint: "f1", expiresAt: nil, epoch: before, now: now)  // read before the change
        #expect(cache.principal(fingerprint: "f1", now: now) == nil)

        try await withTestApp(database) { app in
            _ = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let secret = try await Accounts.token(app, email: "an@gent.be", scope: .read)
            let script = Browser(app)
            script.headers.bearerAuthorization = .init(token: secret)
            #expect(try await script.get("/api/v1/indicators").status == .ok)
            #expect(try await script.get("/api/v1/indicators").status == .ok)
            let token = try #require(try await TokenService(database: app.db).tokens().first { $0.tokenHash == Secrets.fingerprint(secret) })
            try await TokenService(database: app.db).revoke(tokenID: token.id!, by: .commandLine)
            #expect(try await script.get("/api/v1/indicators").status == .unauthorized)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aTokenMadeOnTheAccountPageWorksUntilRevoked(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            let browser = try await Accounts.signedIn(app, "an@gent.be", organisation: "gent", role: .editor)
            let created = try await browser.post("/account/sleutels", [("naam", "nachtelijke import"), ("bereik", "read"), ("dagen", "30")])
            // POST-redirect-GET: the secret is on the page the redirect leads to.
            #expect(created.status == .seeOther)
            let html = try await browser.get("/account/sleutels").body.string
            let start = try #require(html.range(of: "value=\"sbt_"))
            let secret = "sbt_" + html[start.upperBound...].prefix { $0 != "\"" }
            // Stored only as a fingerprint; the page of the account never shows the secret again.
            let stored = try #require(try await TokenService(database: app.db).tokens().first)
            #expect(!(try await app.db.sql.select().column("token_hash").from("api_tokens").all()
                .contains { (try? $0.decode(column: "token_hash", as: String.self)) == secret }))
            #expect(stored.lastUsedAt == nil)
            #expect(!(try await browser.get("/account").body.string.contains(secret)))

            let script = Browser(app)
            script.headers.bearerAuthorization = .init(token: secret)
            #expect(try await script.get("/api/v1/indicators").status == .ok)
            #expect(try await TokenService(database: app.db).token(id: stored.id!)?.lastUsedAt != nil)

            try await browser.get("/account")
            #expect(try await browser.post("/account/sleutels/\(stored.id!)/intrekken").status == .seeOther)
            let revoked = try await script.get("/api/v1/indicators")
            #expect(revoked.status == .unauthorized)
            #expect(revoked.body.string.contains("ingetrokken"))
        }
    }

    @Test func unknownAndExpiredTokensAreRefused() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            let user = try #require(try await AccountService(database: app.db).user(email: "an@gent.be"))
            let expired = try await TokenService(database: app.db).create(
                userID: user.id!, name: "oud", scope: .read, expiresAt: Date().addingTimeInterval(-60), by: .commandLine).secret
            for secret in ["sbt_bestaatniet", "geen-sleutel", expired] {
                let script = Browser(app)
                script.headers.bearerAuthorization = .init(token: secret)
                #expect(try await script.get("/api/v1/levels").status == .unauthorized, "\(secret)")
            }
            // Without any token the public API stays open.
            #expect(try await Browser(app).get("/api/v1/levels").status == .ok)
        }
    }

    @Test func aReadTokenCannotImportAndATokenCannotPostForms() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .organisationAdmin)
            let reader = Browser(app)
            reader.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .read))
            let upload = try await ImportUpload.send(reader, name: "data.csv", content: "period;geolevel;geoitem;x\n")
            #expect(upload.status == .forbidden)
            let writer = Browser(app)
            writer.headers.bearerAuthorization = .init(token: try await Accounts.token(app, email: "an@gent.be", scope: .write))
            try await writer.get("/organisatie/gent/leden")
            #expect(try await writer.post("/organisatie/gent/leden", [("email", "x@gent.be"), ("naam", "X"), ("rol", "viewer")]).status == .forbidden)
        }
    }

    @Test func someoneElsesTokenCannotBeRevoked() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            _ = try await Accounts.token(app, email: "an@gent.be", scope: .read)
            let token = try #require(try await TokenService(database: app.db).tokens().first)
            let other = try await Accounts.signedIn(app, "bert@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await other.post("/account/sleutels/\(token.id!)/intrekken").status == .notFound)
            #expect(try await TokenService(database: app.db).token(id: token.id!)?.revokedAt == nil)
        }
    }
}

/// Multipart uploads to the import API, as a script would send them.
enum ImportUpload {
    static func send(_ browser: Browser, name: String, content: String, mode: String? = nil) async throws -> TestingHTTPResponse {
        let boundary = "grens\(UUID().uuidString)"
        var body = ""
        if let mode { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\n\(mode)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
        return try await browser.send(.POST, "/api/v1/imports", contentType: "multipart/form-data; boundary=\(boundary)", body: ByteBuffer(string: body))
    }
}
