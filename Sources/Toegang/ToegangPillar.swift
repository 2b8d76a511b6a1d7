import Fluent
import Platform
import Vapor

/// Accounts, organisations, members, API tokens, the audit trail and the mail outbox's page: the pages through which
/// people get access. The services behind them are the platform's (`AccountService`, `OrganisationService`, …).
public struct ToegangPillar: Pillar {
    public init() {}

    public var strings: StringCatalogue? { ToegangText.catalogue }

    public var code: String { "toegang" }

    public var auditModules: [AuditModule] {
        [AuditModule(code: AccountService.module, label: LocalizedText(nl: "Toegang en accounts", en: "Access and accounts"))]
    }

    public var writeRoutes: [WriteRoute] { WriteRoute.toegang }

    public var commands: [(name: String, command: any AnyAsyncCommand)] {
        [("users", UsersCommand()), ("tokens", TokensCommand()), ("organisations", OrganisationsCommand()),
         ("mail", MailCommand())]
    }

    public func boot(routes: any RoutesBuilder) throws {
        try routes.register(collection: AccountController())
        try routes.register(collection: MembersController())
        try routes.register(collection: AdminController())
        try routes.register(collection: MailAdminController())
    }
}
