import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing
import Vapor
import VaporTesting
@testable import App
@testable import Cijfers
@testable import Maturiteit
@testable import Platform
@testable import Toegang

/// Bcrypt takes a quarter second per check: it must run on threads of its own, never on an event loop or on one of
/// Swift's few concurrency threads, where it would hold every other request.
@Suite("Password hashing")
struct PasswordHashingTests {
    @Test func signInAndPasswordChangesHashOffTheEventLoops() async throws {
        try await withTestApp(.sqlite) { app in
            let recorder = Recorder()
            // The framework's password service, as configure(_:) sets it up, but watched.
            app.passwords.use { _ in WatchedBcrypt(recorder: recorder) }
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)

            let browser = Browser(app)
            #expect(try await browser.signIn("an@gent.be", Accounts.password).status == .seeOther)
            try await browser.get("/account")
            let changed = try await browser.post("/account/wachtwoord", [
                ("huidig", Accounts.password), ("nieuw", "een andere lange zin"), ("herhaling", "een andere lange zin")])
            #expect(changed.status == .seeOther)
            // An address without an account costs the same check.
            #expect(try await Browser(app).signIn("niemand@gent.be", "een wachtwoord").status == .unauthorized)
            #expect(try await Browser(app).signIn("an@gent.be", "een andere lange zin").status == .seeOther)

            let calls = recorder.calls
            #expect(calls.filter { $0.kind == "verify" }.count == 4)
            #expect(calls.filter { $0.kind == "hash" }.count == 1)
            for call in calls {
                #expect(!call.onEventLoop, "\(call.kind) ran on an event loop")
                #expect(!call.inTask, "\(call.kind) ran on one of Swift's concurrency threads")
            }
        }
    }

    @Test func theServerAnswersWhileEverySignInIsInsideBcrypt() async throws {
        try await withTestApp(.sqlite) { app in
            try await Accounts.create(app, "an@gent.be", organisation: "gent", role: .editor)
            // More sign-ins than Swift has concurrency threads, each held inside the hasher until a page has answered.
            // Were hashing done on those threads (or on an event loop), they could not all get in, or the page could
            // not answer.
            let signIns = System.coreCount + 2
            let gate = Gate()
            let pool = NIOThreadPool(numberOfThreads: signIns)
            pool.start()
            app.passwordHashing = PasswordHashing(hasher: GatedBcrypt(gate: gate), threadPool: pool)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                                    configuration: .init(redirectConfiguration: .disallow))

            let csrf = Secrets.random()
            func signIn() async throws -> HTTPResponseStatus {
                var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/aanmelden")
                request.method = .POST
                request.headers.add(name: .cookie, value: "stadsbeeld_csrf=\(csrf)")
                request.headers.add(name: .contentType, value: "application/x-www-form-urlencoded")
                let body = "email=an%40gent.be&wachtwoord=\(Browser.encode(Accounts.password))&csrf=\(csrf)"
                request.body = .bytes(ByteBuffer(string: body))
                return try await client.execute(request, timeout: .seconds(60)).status
            }

            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for _ in 0..<signIns { group.addTask { try await signIn() } }
                // Waits (without holding a thread) until every sign-in is inside the hasher.
                var waited = 0
                while gate.entered < signIns, waited < 300 {
                    try await Task.sleep(for: .milliseconds(100))
                    waited += 1
                }
                #expect(gate.entered == signIns, "only \(gate.entered) of \(signIns) sign-ins reached bcrypt at once")
                let page = try await client.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)/aanmelden"), timeout: .seconds(60))
                #expect(page.status == .ok)
                #expect(!gate.isOpen, "the page answered only after the hashing was let go")
                gate.open()
                var statuses: [HTTPResponseStatus] = []
                for try await status in group { statuses.append(status) }
                return statuses
            }
            #expect(statuses == Array(repeating: .seeOther, count: signIns))
            try await client.shutdown()
            await app.server.shutdown()
            try await pool.shutdownGracefully()
        }
    }
}

/// Where each hashing call ran.
private final class Recorder: Sendable {
    struct Call: Sendable {
        var kind: String
        var onEventLoop: Bool
        var inTask: Bool
    }

    private let box = NIOLockedValueBox<[Call]>([])
    var calls: [Call] { box.withLockedValue { $0 } }

    func record(_ kind: String) {
        let call = Call(kind: kind, onEventLoop: MultiThreadedEventLoopGroup.currentEventLoop != nil,
                        inTask: withUnsafeCurrentTask { $0 != nil })
        box.withLockedValue { $0.append(call) }
    }
}

private struct WatchedBcrypt: PasswordHasher {
    let recorder: Recorder

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        recorder.record("hash")
        return Array(try Bcrypt.hash(String(decoding: password, as: UTF8.self), cost: PasswordHashing.cost).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        recorder.record("verify")
        return try Bcrypt.verify(String(decoding: password, as: UTF8.self), created: String(decoding: digest, as: UTF8.self))
    }
}

/// Holds every caller until opened (or for 30 seconds at most, so a failing test still ends).
private final class Gate: Sendable {
    private let state = NIOLockedValueBox((entered: 0, open: false))
    private let opened = DispatchSemaphore(value: 0)

    var entered: Int { state.withLockedValue { $0.entered } }
    var isOpen: Bool { state.withLockedValue { $0.open } }

    func pass() {
        let isOpen = state.withLockedValue { state -> Bool in
            state.entered += 1
            return state.open
        }
        if !isOpen, opened.wait(timeout: .now() + 30) == .success { opened.signal() }
        state.withLockedValue { $0.open = true }
    }

    func open() {
        state.withLockedValue { $0.open = true }
        opened.signal()
    }
}

private struct GatedBcrypt: PasswordHasher {
    let gate: Gate

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        gate.pass()
        return Array(try Bcrypt.hash(String(decoding: password, as: UTF8.self), cost: PasswordHashing.cost).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        gate.pass()
        return try Bcrypt.verify(String(decoding: password, as: UTF8.self), created: String(decoding: digest, as: UTF8.self))
    }
}
