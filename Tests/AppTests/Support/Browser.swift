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

/// A visitor of the site inside the test process: keeps cookies like a browser, fills in the CSRF token of the
/// last form it saw, and signs in through the real login form.
final class Browser: @unchecked Sendable {
    let app: Application
    var cookies: [String: String] = [:]
    /// The CSRF token in the last page that had a form.
    var csrf: String?
    /// Extra headers sent with every request (e.g. a bearer token).
    var headers: HTTPHeaders = [:]

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    /// Posts a form. `csrf: nil` sends the token of the last page; pass "" to leave it out or any text to forge one.
    @discardableResult
    func post(_ path: String, _ form: [(String, String)] = [], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var fields = form
        if let token = csrf ?? self.csrf, !(csrf == "") { fields.append((CSRF_FIELD, token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.POST, path, contentType: "application/x-www-form-urlencoded", body: ByteBuffer(string: body))
    }

    func send(_ method: HTTPMethod, _ path: String, contentType: String? = nil, body: ByteBuffer? = nil) async throws -> TestingHTTPResponse {
        var requestHeaders = headers
        if !cookies.isEmpty { requestHeaders.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
        if let contentType { requestHeaders.replaceOrAdd(name: .contentType, value: contentType) }
        let response = try await app.testing().sendRequest(method, path, headers: requestHeaders, body: body)
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]).trimmingCharacters(in: .whitespaces)
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrf = token }
        return response
    }

    /// Signs in through the login form; returns the response to the POST.
    @discardableResult
    func signIn(_ email: String, _ password: String) async throws -> TestingHTTPResponse {
        try await get("/aanmelden")
        return try await post("/aanmelden", [("email", email), ("wachtwoord", password)])
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}

let CSRF_FIELD = "csrf"

/// Accounts for access tests, made through the same service the pages and commands use.
enum Accounts {
    static let password = "een lange zin voor de test"

    static func organisation(_ app: Application, _ code: String) async throws -> OrganisationModel {
        try #require(try await OrganisationService(database: app.db).find(code: code))
    }

    @discardableResult
    static func create(_ app: Application, _ email: String, organisation: String, role: Role, password: String = password) async throws -> UserModel {
        let organisation = try await Self.organisation(app, organisation)
        return try await AccountService(database: app.db).createUser(
            .init(email: email, name: email.split(separator: "@")[0].capitalized, organisationID: organisation.id!, role: role, password: password),
            by: .commandLine)
    }

    /// A signed-in browser for a new account.
    static func signedIn(_ app: Application, _ email: String, organisation: String, role: Role) async throws -> Browser {
        try await create(app, email, organisation: organisation, role: role)
        let browser = Browser(app)
        let response = try await browser.signIn(email, password)
        #expect(response.status == .seeOther, "sign-in of \(email) failed: \(response.status)")
        try await browser.get("/account")
        return browser
    }

    /// A token secret for a new or existing account.
    static func token(_ app: Application, email: String, scope: TokenScope) async throws -> String {
        let user = try #require(try await AccountService(database: app.db).user(email: email))
        return try await TokenService(database: app.db).create(userID: user.id!, name: "test", scope: scope, by: .commandLine).secret
    }

    static func auditCount(_ app: Application) async throws -> Int {
        try await AuditLog.events(.init(), limit: 1_000_000, on: app.db).count
    }
}
