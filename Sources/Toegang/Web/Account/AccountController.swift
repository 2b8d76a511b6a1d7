import AccessDomain
import Platform
import Vapor

/// Signing in and out, and the user's own account: password and API tokens.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(AccessPath.Route.signIn.pattern, use: signInPage)
        routes.write(.signIn, use: signIn)
        routes.write(.signOut, use: signOut)
        routes.get(AccessPath.Route.account.pattern, use: account)
        routes.write(.changePassword, use: changePassword)
        routes.write(.createToken, use: createToken)
        routes.get(AccessPath.Route.accountTokens.pattern, use: createdToken)
        routes.write(.revokeToken, use: revokeToken)
    }

    struct SignInForm: Content {
        var email: String?
        var wachtwoord: String?
        var terug: String?
    }

    @Sendable func signInPage(req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: AccessPath.account.path) }
        let csrf = CSRF.token(for: req)
        let returnPath = req.query[String.self, at: "terug"].map { req.safeReturnPath($0) }
        return LoginPage(returnPath: returnPath, csrf: csrf.token, language: req.language).page().response(for: req, csrfCookie: csrf.cookie)
    }

    @Sendable func signIn(req: Request, context: WriteContext) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let email = form.email ?? ""
        let outcome = try await SignInService(database: req.db, passwords: req.passwordHashing)
            .signIn(email: email, password: form.wachtwoord ?? "", address: req.clientAddress)
        let t = ToegangText.strings(req.language)
        func refuse(_ message: String, status: HTTPResponseStatus) -> Response {
            LoginPage(email: email, returnPath: form.terug.map { req.safeReturnPath($0) }, problems: [message],
                      csrf: CSRF.token(for: req).token, language: req.language).page().response(for: req, status: status)
        }
        switch outcome {
        case .refused:
            return refuse(t["login.refused"], status: .unauthorized)
        case .locked(let until):
            // The same for real and unknown addresses: the throttle counts what was typed, not who exists.
            return refuse(t("login.locked", DutchDate.time(until)), status: .tooManyRequests)
        case .temporaryPasswordExpired:
            // Only after the password matched: whoever sees this already knew it.
            return refuse(t["login.temporaryPasswordExpired"], status: .unauthorized)
        case .signedIn(let userID), .mustChangePassword(let userID):
            let sessions = SessionService(database: req.db)
            // A new session id at every sign-in: a session id planted before sign-in is worth nothing after it.
            if let old = req.access.session { try await sessions.end(id: old.id) }
            // Housekeeping at a moment that is rare and not time-critical: dead sessions and old attempts go.
            try await sessions.purge()
            try await SignInService(database: req.db).purgeAttempts()
            let (secret, _) = try await sessions.start(userID: userID)
            let principal = try await AccountService(database: req.db).principal(userID: userID, credential: .session)
            if let principal {
                try await AuditLog.record(AuditEvent(
                    actor: AuditActor(principal), module: AccountService.module, action: .signIn, entityType: UserModel.auditEntityType,
                    entityID: String(userID), summary: "\(principal.userName) aangemeld"), on: req.db)
            }
            // With a temporary password the password form comes first, wherever the visitor was going.
            let destination = outcome == .mustChangePassword(userID: userID) ? AccessPath.account.path : req.safeReturnPath(form.terug)
            let response = req.redirect(to: destination, redirectType: .normal)
            response.cookies[SessionCookie.name] = SessionCookie.value(secret, maxAge: Int(SessionService.lifetime))
            response.cookies[SessionCookie.csrfName] = SessionCookie.expired()
            return response
        }
    }

    @Sendable func signOut(req: Request, context: WriteContext) async throws -> Response {
        if let session = req.access.session {
            try await SessionService(database: req.db).end(id: session.id)
            if let principal = context.principal {
                try await AuditLog.record(AuditEvent(
                    actor: AuditActor(principal), module: AccountService.module, action: .signOut, entityType: UserModel.auditEntityType,
                    entityID: String(principal.userID), summary: "\(principal.userName) afgemeld"), on: req.db)
            }
        }
        let response = req.redirect(to: SitePath.home.path, redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.expired()
        return response
    }

    @Sendable func account(req: Request) async throws -> Response {
        let principal = try WriteGuard.requirePage(.signedIn, req)
        let notice = req.query[String.self, at: "gelukt"].flatMap { AccountPageModel.noticeCodes.contains($0) ? $0 : nil }
        return try await AccountPageModel.load(request: req, principal: principal, notice: notice).page().response(for: req)
    }

    struct PasswordForm: Content {
        var huidig: String?
        var nieuw: String?
        var herhaling: String?
    }

    @Sendable func changePassword(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized) }
        let form = try req.content.decode(PasswordForm.self)
        return try await req.refusable {
            guard (form.nieuw ?? "") == (form.herhaling ?? "") else { throw RefusedAction("de twee nieuwe wachtwoorden verschillen") }
            try await AccountService(database: req.db, passwords: req.passwordHashing).changeOwnPassword(
                userID: principal.userID, current: form.huidig ?? "", new: form.nieuw ?? "",
                keepSession: req.access.session?.id, by: AuditActor(principal))
            return req.redirect(to: AccessPath.account.url([("gelukt", "wachtwoord")]), redirectType: .normal)
        } refused: { refusal in
            return try await AccountPageModel.load(request: req, principal: principal, problems: refusal.problems)
                .page()
        }
    }

    struct TokenForm: Content {
        var naam: String?
        var bereik: String?
        var dagen: String?
    }

    @Sendable func createToken(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized) }
        let form = try req.content.decode(TokenForm.self)
        // The access layer stops these already; a token must never outlive a password nobody chose.
        if try await UserModel.find(principal.userID, on: req.db)?.hasTemporaryPassword ?? true {
            throw Abort(.forbidden, reason: TemporaryPasswordSession.reason)
        }
        return try await req.refusable {
            guard let scope = TokenScope(rawValue: form.bereik ?? "") else { throw RefusedAction("kies wat de sleutel mag") }
            var expires: Date?
            if let text = form.dagen?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                guard let days = Int(text), (1...3650).contains(days) else { throw RefusedAction("geef een geldigheid tussen 1 en 3650 dagen") }
                expires = Date().addingTimeInterval(Double(days) * 86_400)
            }
            let (token, secret) = try await TokenService(database: req.db).create(
                userID: principal.userID, name: form.naam ?? "", scope: scope, expiresAt: expires, by: AuditActor(principal))
            // POST-redirect-GET: the secret waits in memory for this session's next GET and is shown once; a reload
            // of that page answers without it. Never in the URL.
            guard let session = req.access.session else {
                return TokenCreatedPage(name: token.name, secret: secret, scope: scope, language: req.language).page()
                    .response(for: req, status: .created)
            }
            OneTimeSecrets.shared.put(session: session.id, userID: principal.userID, name: token.name, scope: scope, secret: secret)
            return req.redirect(to: AccessPath.accountTokens.path, redirectType: .normal)
        } refused: { refusal in
            return try await AccountPageModel.load(request: req, principal: principal, problems: refusal.problems)
                .page()
        }
    }

    /// Where creating a key leads: the secret once, and on a reload (or later) a page that says it is not shown again.
    @Sendable func createdToken(req: Request) async throws -> Response {
        let principal = try WriteGuard.requirePage(.signedIn, req)
        if let session = req.access.session,
           let entry = OneTimeSecrets.shared.take(session: session.id, userID: principal.userID) {
            return TokenCreatedPage(name: entry.name, secret: entry.secret, scope: entry.scope, language: req.language).page().response(for: req)
        }
        return TokenCreatedPage.shownBefore(req.language).response(for: req)
    }

    @Sendable func revokeToken(req: Request, context: WriteContext) async throws -> Response {
        guard let principal = context.principal else { throw Abort(.unauthorized) }
        let service = TokenService(database: req.db)
        // Someone else's token is "not found": its existence is none of this user's business.
        guard let id = req.parameters.get("token", as: Int.self), let token = try await service.token(id: id),
              token.userID == principal.userID
        else { throw Abort(.notFound, reason: "deze sleutel bestaat niet") }
        try await service.revoke(tokenID: id, by: AuditActor(principal))
        return req.redirect(to: AccessPath.account.url([("gelukt", "ingetrokken")]), redirectType: .normal)
    }
}
