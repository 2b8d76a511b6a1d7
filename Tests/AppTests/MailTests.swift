@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang
import Foundation
import Testing
import Vapor
import VaporTesting

/// The mail outbox: pure rules, the transaction guarantee, and delivery to a real SMTP server (aiosmtpd) on loopback.
@Suite("Mail outbox")
struct MailTests {
    static let from = try! MailAddress("noreply@stadsbeeld.example.org")

    static func mail(_ to: String = "lid@gent.be", subject: String = "Herinnering", text: String = "Hallo", html: String? = nil,
                     key: String = UUID().uuidString) throws -> OutgoingMail {
        OutgoingMail(module: "plannen", to: [try MailAddress(to)], subject: subject, text: text, html: html, key: key)
    }

    static func settings(port: Int, security: SMTPSettings.Security = .none, host: String = "127.0.0.1",
                         user: String? = nil, password: String? = nil, ca: String? = nil) -> SMTPSettings {
        SMTPSettings(host: host, port: port, username: user, password: password, from: from, security: security,
                     trustedCertificatesFile: ca, timeout: 30)
    }

    /// Python's own mail parser reads what the server received: subject, plain text, HTML.
    static func parsed(_ message: String) throws -> [String: String] {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("m.eml")
        try message.write(to: file, atomically: true, encoding: .utf8)
        let script = """
            import email, email.policy, json, sys
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
            plain = m.get_body(('plain',)); html = m.get_body(('html',))
            print(json.dumps({'subject': str(m['subject']), 'to': str(m['to']), 'text': plain.get_content() if plain else '',
                              'html': html.get_content() if html else '', 'defects': str(len(m.defects))}))
            """
        let output = try SMTPTestServer.run(["python3", "-c", script, file.path])
        return try JSONDecoder().decode([String: String].self, from: Data(output.utf8))
    }

    // MARK: Pure rules

    @Test func backOffIsOneMinuteFiveMinutesHalfAnHourTwoHoursTwelveHoursThenFailed() {
        #expect((1...5).map { MailBackoff.delay(afterFailedAttempt: $0) } == [60, 300, 1800, 7200, 43200])
        #expect(MailBackoff.delay(afterFailedAttempt: 6) == nil)
        #expect(MailBackoff.maximumAttempts == 6)
    }

    @Test func addressesAreCheckedStrictly() {
        for good in ["lid@gent.be", "a.b+c@sub.example.org", "x_y@a-b.be"] { #expect(MailAddress.isValid(good), "\(good)") }
        for bad in ["", "lid", "lid@gent", "@gent.be", "lid@@gent.be", "a b@gent.be", "<lid@gent.be>", "lid@gent.be>",
                    "lid@gent.be\r\nBcc: x@y.be", "lid@gent.be,x@y.be", ".lid@gent.be", "li..d@gent.be", "lid@-gent.be",
                    "lïd@gent.be", "lid@gent..be"] {
            #expect(!MailAddress.isValid(bad), "\(bad)")
        }
    }

    @Test func subjectsAreEncodedAndCannotAddHeaders() throws {
        #expect(MailFormat.encodedWord("Herinnering") == "Herinnering")
        let encoded = MailFormat.encodedWord("Vergadering – één keer per maand in Sint-Niklaas, België, met koffie en taart")
        #expect(encoded.hasPrefix("=?UTF-8?B?"))
        for word in encoded.components(separatedBy: "\r\n ") { #expect(word.count <= 75) }
        let message = MailFormat.message(from: Self.from, to: [try MailAddress("lid@gent.be")],
                                         subject: "Hallo\r\nBcc: spion@example.org", text: "tekst", html: nil,
                                         messageID: "1@stadsbeeld.example.org", date: Date(timeIntervalSince1970: 0))
        #expect(!message.contains("\r\nBcc:"))
        #expect(message.contains("Subject: Hallo Bcc: spion@example.org\r\n"))
        #expect(message.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
        // Every line ends in CRLF: no bare LF or CR.
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
    }

    @Test func bodiesAreQuotedPrintableAndDotsAreStuffed() {
        let body = MailFormat.quotedPrintable("één = 1\n" + String(repeating: "x", count: 200) + "\neinde ")
        #expect(body.hasPrefix("=C3=A9=C3=A9n =3D 1\r\n"))
        #expect(body.hasSuffix("einde=20"))
        for line in body.components(separatedBy: "\r\n") { #expect(line.count <= 76) }
        #expect(MailFormat.dotStuffed(".verborgen\n..twee\nnormaal.\n.") == "..verborgen\r\n...twee\r\nnormaal.\r\n..\r\n")
    }

    @Test func settingsComeFromOneURLAndNeverShowThePassword() throws {
        let settings = try #require(try SMTPSettings.fromEnvironment([
            "STADSBEELD_SMTP_URL": "smtp://mailer:ge%2Fheim@mail.example.org:2525", "STADSBEELD_MAIL_FROM": "noreply@example.org",
        ]))
        #expect(settings.host == "mail.example.org" && settings.port == 2525 && settings.security == .startTLS)
        #expect(settings.username == "mailer" && settings.password == "ge/heim")
        #expect(!settings.redacted.contains("ge/heim"))
        #expect(settings.scrub("535 bad ge/heim") == "535 bad ***")
        #expect(try SMTPSettings.fromEnvironment([:]) == nil)
        #expect(throws: SMTPSettings.ConfigurationError.self) {
            try SMTPSettings.fromEnvironment(["STADSBEELD_SMTP_URL": "smtp://h:25?tls=soms", "STADSBEELD_MAIL_FROM": "a@b.be"])
        }
        #expect(throws: SMTPSettings.ConfigurationError.self) { try SMTPSettings.fromEnvironment(["STADSBEELD_SMTP_URL": "smtp://h:25"]) }
    }

    // MARK: The outbox

    struct Rollback: Error {}

    @Test(arguments: TestDatabase.available)
    func aMessageIsWrittenInTheTransactionOfItsCause(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            await #expect(throws: Rollback.self) {
                try await app.db.transaction { db in
                    try await MailOutbox.enqueue(try Self.mail(subject: "teruggedraaid"), on: db)
                    throw Rollback()
                }
            }
            #expect(try await MailOutbox.messages(limit: 10, on: app.db).isEmpty)
            try await app.db.transaction { db in
                try await MailOutbox.enqueue(try Self.mail(subject: "bewaard", key: "k1"), on: db)
            }
            // The same key is queued once.
            #expect(try await MailOutbox.enqueue(try Self.mail(subject: "nog eens", key: "k1"), on: app.db) == false)
            let messages = try await MailOutbox.messages(limit: 10, on: app.db)
            #expect(messages.map(\.subject) == ["bewaard"])
            #expect(messages[0].status == .queued && messages[0].attempts == 0)
            await #expect(throws: MailError.self) {
                try await MailOutbox.enqueue(OutgoingMail(module: "Plannen!", to: [try MailAddress("a@b.be")], subject: "", text: ""), on: app.db)
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func twoWorkersNeverClaimTheSameMessage(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            for _ in 0..<20 { try await MailOutbox.enqueue(try Self.mail(), on: app.db) }
            let now = Date().addingTimeInterval(1)
            async let first = MailOutbox.claimDue(limit: 20, now: now, on: app.db)
            async let second = MailOutbox.claimDue(limit: 20, now: now, on: app.db)
            let ids = try await first.map(\.id) + second.map(\.id)
            #expect(ids.count == 20 && Set(ids).count == 20)
            // Claimed messages are not due again until their lease lapses.
            #expect(try await MailOutbox.claimDue(limit: 20, now: now, on: app.db).isEmpty)
            #expect(try await MailOutbox.claimDue(limit: 50, now: now.addingTimeInterval(MailOutbox.claimLease + 1), on: app.db).count == 20)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aMessageFailsAfterTheLastAttempt(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await MailOutbox.enqueue(try Self.mail(), on: app.db)
            let worker = MailWorker(settings: Self.settings(port: 1), database: app.db) { _ in
                throw SMTPError("451 later opnieuw")
            }
            var now = Date().addingTimeInterval(1)
            for attempt in 1...6 {
                let outcome = try await worker.deliverDue(now: now)
                #expect(outcome == .init(sent: 0, retrying: attempt < 6 ? 1 : 0, failed: attempt < 6 ? 0 : 1))
                let message = try #require(try await MailOutbox.messages(limit: 1, on: app.db).first)
                #expect(message.attempts == attempt)
                if let delay = MailBackoff.delay(afterFailedAttempt: attempt) {
                    #expect(message.status == .queued)
                    #expect(abs(message.nextAttemptAt.timeIntervalSince(now) - delay) < 1)
                    // Not due a moment before its time.
                    #expect(try await worker.deliverDue(now: now.addingTimeInterval(delay - 1)) == .init())
                    now = now.addingTimeInterval(delay)
                } else {
                    #expect(message.status == .failed)
                    #expect(message.lastError == "451 later opnieuw")
                }
            }
            #expect(try await worker.deliverDue(now: now.addingTimeInterval(86_400 * 30)) == .init())
        }
    }

    // MARK: A real SMTP server

    @Test(arguments: TestDatabase.available)
    func messagesReachARealServer(database: TestDatabase) async throws {
        let server = try SMTPTestServer(port: try SMTPTestServer.freePort())
        defer { server.stop() }
        try await withTestApp(database) { app in
            let text = "Beste,\n.Deze regel begint met een punt.\n..En deze met twee.\nTot ziens – één groet"
            try await MailOutbox.enqueue(try Self.mail(subject: "Herinnering: vergadering één", text: text,
                                                       html: "<p>Beste,</p><p>één</p>"), on: app.db)
            try await MailOutbox.enqueue(try Self.mail("weigert@gent.be", subject: "onbekend"), on: app.db)
            let worker = MailWorker(settings: Self.settings(port: server.port), database: app.db)
            let outcome = try await worker.deliverDue(now: Date().addingTimeInterval(1))
            #expect(outcome == .init(sent: 1, retrying: 0, failed: 1))
            let received = try server.received()
            try #require(received.count == 1)
            #expect(received[0].from == "noreply@stadsbeeld.example.org" && received[0].to == ["lid@gent.be"])
            let parsed = try Self.parsed(received[0].message)
            #expect(parsed["subject"] == "Herinnering: vergadering één")
            #expect(parsed["text"]?.replacingOccurrences(of: "\r\n", with: "\n") == text + "\n")
            #expect(parsed["html"]?.contains("<p>één</p>") == true)
            #expect(parsed["defects"] == "0")
            let messages = try await MailOutbox.messages(limit: 10, on: app.db)
            let sent = try #require(messages.first { $0.subject.hasPrefix("Herinnering") })
            #expect(sent.status == .sent && sent.sentAt != nil && sent.attempts == 1)
            // A 550 for the recipient is final: no retries.
            let refused = try #require(messages.first { $0.subject == "onbekend" })
            #expect(refused.status == .failed && refused.attempts == 1)
            #expect(refused.lastError?.contains("550") == true)
        }
    }

    @Test(arguments: TestDatabase.available)
    func aServerThatIsDownGetsTheMessageLater(database: TestDatabase) async throws {
        let port = try SMTPTestServer.freePort()
        try await withTestApp(database) { app in
            try await MailOutbox.enqueue(try Self.mail(subject: "later"), on: app.db)
            let worker = MailWorker(settings: Self.settings(port: port), database: app.db)
            let start = Date().addingTimeInterval(1)
            #expect(try await worker.deliverDue(now: start) == .init(sent: 0, retrying: 1, failed: 0))
            let waiting = try #require(try await MailOutbox.messages(limit: 1, on: app.db).first)
            #expect(waiting.status == .queued && waiting.attempts == 1)
            #expect(abs(waiting.nextAttemptAt.timeIntervalSince(start) - 60) < 1)
            #expect(waiting.lastError?.contains("geen verbinding met 127.0.0.1:\(port)") == true)

            let server = try SMTPTestServer(port: port)
            defer { server.stop() }
            #expect(try await worker.deliverDue(now: start.addingTimeInterval(30)) == .init())
            #expect(try await worker.deliverDue(now: start.addingTimeInterval(61)) == .init(sent: 1, retrying: 0, failed: 0))
            #expect(try server.received().count == 1)
            let delivered = try #require(try await MailOutbox.messages(limit: 1, on: app.db).first)
            #expect(delivered.status == .sent && delivered.attempts == 2 && delivered.lastError == nil)
        }
    }

    @Test(arguments: TestDatabase.available)
    func startTLSAndAuthentication(database: TestDatabase) async throws {
        let certificates = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: certificates) }
        let tls = try SMTPTestServer.selfSignedCertificate(in: certificates)
        let server = try SMTPTestServer(port: try SMTPTestServer.freePort(), tls: tls, user: "stadsbeeld", password: "zeer geheim")
        defer { server.stop() }
        try await withTestApp(database) { app in
            try await MailOutbox.enqueue(try Self.mail(subject: "beveiligd"), on: app.db)
            // A wrong password: the attempt fails, and the error never holds the password.
            let wrong = MailWorker(settings: Self.settings(port: server.port, security: .startTLS, host: "localhost",
                                                           user: "stadsbeeld", password: "fout-wachtwoord", ca: tls.cert),
                                   database: app.db)
            let now = Date().addingTimeInterval(1)
            #expect(try await wrong.deliverDue(now: now) == .init(sent: 0, retrying: 1, failed: 0))
            let failed = try #require(try await MailOutbox.messages(limit: 1, on: app.db).first)
            let error = try #require(failed.lastError)
            for secret in ["fout-wachtwoord", Data("fout-wachtwoord".utf8).base64EncodedString(),
                           Data("\0stadsbeeld\0fout-wachtwoord".utf8).base64EncodedString()] {
                #expect(!error.contains(secret))
            }
            // Without the certificate trusted, TLS does not get through.
            let untrusted = MailWorker(settings: Self.settings(port: server.port, security: .startTLS, host: "localhost",
                                                               user: "stadsbeeld", password: "zeer geheim"), database: app.db)
            #expect(try await untrusted.deliverDue(now: now.addingTimeInterval(60)) == .init(sent: 0, retrying: 1, failed: 0))

            let right = MailWorker(settings: Self.settings(port: server.port, security: .startTLS, host: "localhost",
                                                           user: "stadsbeeld", password: "zeer geheim", ca: tls.cert),
                                   database: app.db)
            #expect(try await right.deliverDue(now: now.addingTimeInterval(400)) == .init(sent: 1, retrying: 0, failed: 0))
            let received = try server.received()
            try #require(received.count == 1)
            #expect(received[0].tls && received[0].login == "stadsbeeld")
        }
    }

    @Test func startTLSIsRequiredUnlessTurnedOff() async throws {
        let server = try SMTPTestServer(port: try SMTPTestServer.freePort())
        defer { server.stop() }
        let envelope = SMTPEnvelope(from: Self.from, to: [try MailAddress("lid@gent.be")], message: "Subject: x\r\n\r\nx\r\n")
        do {
            try await SMTPClient(settings: Self.settings(port: server.port, security: .startTLS)).send(envelope)
            Issue.record("sent without STARTTLS")
        } catch let error as SMTPError {
            #expect(error.description.contains("STARTTLS"), "\(error)")
        }
        #expect(try server.received().isEmpty)
    }

    // MARK: The admin page

    @Test(arguments: TestDatabase.available)
    func platformAdminsSeeTheOutbox(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            try await MailOutbox.enqueue(try Self.mail(subject: "<script>Nieuwsbrief</script>"), on: app.db)
            let claimed = try await MailOutbox.claimDue(limit: 1, now: Date().addingTimeInterval(1), on: app.db)
            try await MailOutbox.markAttemptFailed(claimed[0], error: "geen verbinding met mail.example.org:587", permanent: false, on: app.db)
            let admin = try await Accounts.signedIn(app, "beheer@kenniscentrum.be", organisation: "kenniscentrum", role: .platformAdmin)
            let response = try await admin.get("/beheer/mail")
            #expect(response.status == .ok)
            let page = response.body.string
            #expect(page.contains("&lt;script&gt;Nieuwsbrief&lt;/script&gt;"))
            #expect(page.contains("in de wachtrij"))
            #expect(page.contains("geen verbinding met mail.example.org:587"))
            #expect(page.contains("Er is geen SMTP-server ingesteld"))
            #expect(try await admin.get("/beheer/mail?status=failed").body.string.contains("Geen berichten gevonden."))
            #expect(try await admin.get("/beheer/mail?status=onzin").status == .badRequest)
            #expect(try await admin.get("/beheer").body.string.contains("/beheer/mail"))
            let viewer = try await Accounts.signedIn(app, "lid@gent.be", organisation: "gent", role: .organisationAdmin)
            #expect(try await viewer.get("/beheer/mail").status == .forbidden)
        }
    }
}
