import FluentKit
import Vapor

/// What a pillar brings to the one platform. A pillar is one module with a value conforming to this protocol;
/// the `App` target lists the pillars (`Pillars.all`) and the platform asks each for its parts, so adding a pillar
/// is a new module and one line there. Nothing else keeps a list of what the pillars contain.
public protocol Pillar: Sendable {
    /// A short code, unique among the pillars ("cijfers", "maturiteit", "toegang").
    var code: String { get }
    /// The modules its events carry in the audit trail, with their names; the audit filter offers these.
    var auditModules: [AuditModule] { get }
    /// Its migrations, in order. New ones are appended, never reordered; the platform's own run first.
    var migrations: [any Migration] { get }
    /// Its entries in the site's main menu.
    var navigation: [NavigationEntry] { get }
    /// Every route of the pillar that changes something, with its rule (see `WriteRoute`).
    var writeRoutes: [WriteRoute] { get }
    /// Its commands, by name (`stadsbeeld NAME …`).
    var commands: [(name: String, command: any AnyAsyncCommand)] { get }
    /// The kinds of search documents it writes (`SearchDocument.kind`), with their names: the site search offers
    /// them as a facet and names its hits by them.
    var searchKinds: [SearchKind] { get }
    /// The words of its pages in every language (`Resources/strings/<language>.json`); a test checks every catalogue.
    var strings: StringCatalogue? { get }

    /// Sets up what the pillar keeps in the application (stores, caches, settings), before any route is registered.
    func configure(_ app: Application) throws
    /// Registers its routes; a route that changes something is registered with `routes.write(_:use:)`.
    func boot(routes: any RoutesBuilder) throws
    /// Runs once the schema is up to date, before the server answers (e.g. loads an in-memory snapshot).
    func prepare(_ app: Application) async throws
    /// Loads the pillar's demo data, if it has any, and says in one line what it loaded.
    func loadDemo(_ app: Application) async throws -> String?
    /// The documents this pillar wants the site-wide search to find, computed from its data; the platform indexes
    /// them at start (and after `refreshSearch`) when they changed. Nil when the pillar writes its documents itself
    /// (`SearchIndex.put` in the transaction of each change, as Kennis does).
    func searchDocuments(_ app: Application, on database: any Database) async throws -> [SearchDocument]?
    /// What this pillar holds that concerns `subject` — a thing of another pillar — as this visitor may see it:
    /// how an indicator page lists the good practices on its theme without Cijfers knowing Kennis.
    func related(to subject: CrossReference, request: Request) async throws -> [RelatedLink]
}

extension Pillar {
    public var auditModules: [AuditModule] { [] }
    public var migrations: [any Migration] { [] }
    public var navigation: [NavigationEntry] { [] }
    public var writeRoutes: [WriteRoute] { [] }
    public var commands: [(name: String, command: any AnyAsyncCommand)] { [] }
    public var strings: StringCatalogue? { nil }
    public var searchKinds: [SearchKind] { [] }
    public func configure(_ app: Application) throws {}
    public func boot(routes: any RoutesBuilder) throws {}
    public func prepare(_ app: Application) async throws {}
    public func loadDemo(_ app: Application) async throws -> String? { nil }
    public func searchDocuments(_ app: Application, on database: any Database) async throws -> [SearchDocument]? { nil }
    public func related(to subject: CrossReference, request: Request) async throws -> [RelatedLink] { [] }
}

/// A kind of document in the site-wide search ("indicator", "recht"), with its name.
public struct SearchKind: Sendable, Equatable {
    public let code: String
    public let label: LocalizedText

    public init(code: String, label: LocalizedText) {
        self.code = code
        self.label = label
    }
}

/// A module of the audit trail: the code its events carry and the name the filter shows.
public struct AuditModule: Sendable, Equatable {
    public let code: String
    public let label: LocalizedText

    public init(code: String, label: LocalizedText) {
        self.code = code
        self.label = label
    }
}

/// One entry of the site's main menu. Entries are shown by `order`, then in the order the pillars are listed.
public struct NavigationEntry: Sendable, Equatable {
    public let label: LocalizedText
    public let path: String
    public let order: Int

    public init(_ label: LocalizedText, path: String, order: Int) {
        self.label = label
        self.path = path
        self.order = order
    }
}

/// A text in both languages of the site.
public struct LocalizedText: Sendable, Equatable, Hashable {
    public let nl: String
    public let en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public func text(_ strings: SiteStrings) -> String { strings.code == "en" ? en : nl }
}
