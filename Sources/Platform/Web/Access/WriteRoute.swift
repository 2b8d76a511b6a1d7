import AccessDomain
import Vapor

/// A route that changes something, with the rule that governs it. Each pillar declares its write routes as
/// values (`extension WriteRoute { static let … }`) and lists them in `Pillar.writeRoutes`; together they are the one
/// table of who may write what (`PillarList.writeRoutes`). Routes are registered only through
/// `RoutesBuilder.write(_:use:)`, which applies the rule, the CSRF check for forms and the token requirement for the
/// API before the handler runs. A test checks that no other POST route exists.
public struct WriteRoute: Sendable, Hashable, CustomStringConvertible {
    /// Whose content a write touches, for the "own organisation" rule.
    public enum Target: Sendable {
        /// Nothing owned by an organisation (the user's own account, platform-wide settings).
        case none
        /// The organisation named in the path (`:organisation`).
        case organisationInPath
        /// The acting user's own organisation (an API import lands in what that organisation owns).
        case ownOrganisation
    }

    /// A name unique across the pillars, for tests and messages ("maturiteit.saveEvaluation").
    public let name: String
    public let pattern: [PathComponent]
    public let rule: AccessRule
    public let target: Target
    /// API routes take a token and no CSRF token; form routes take a session and a CSRF token.
    public let isAPI: Bool
    /// Routes whose body is a multipart upload streamed to disk (`WriteGuard.readUpload`), never collected in memory.
    public let streamsUpload: Bool
    /// The largest body a route accepts: a larger declared Content-Length is refused (413) before reading, and
    /// reading stops with 413 once a body passes it. Uploads may be large; forms are small.
    public let maximumBody: ByteCount

    public init(_ name: String, _ pattern: [PathComponent], rule: AccessRule, target: Target = .none, isAPI: Bool = false,
                streamsUpload: Bool = false, maximumBody: ByteCount = "64kb") {
        self.name = name
        self.pattern = pattern
        self.rule = rule
        self.target = target
        self.isAPI = isAPI
        self.streamsUpload = streamsUpload
        self.maximumBody = maximumBody
    }

    public var description: String { name }

    public static func == (lhs: WriteRoute, rhs: WriteRoute) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
