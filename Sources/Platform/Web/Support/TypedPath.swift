import Foundation
import Vapor

/// One route of a typed path: its pattern, without values. Routes are registered from these patterns.
public protocol PathRoute: CaseIterable, Hashable, Sendable {
    var pattern: [PathComponent] { get }
}

/// The one mechanism for addresses, for pages and the API alike: an enum whose cases carry the values of a route's
/// parameters. Routes are registered from `Route.pattern`, links are built from the same pattern with `path` and
/// `url(_:)`, so a renamed page cannot leave a dead link behind (a test round-trips every route).
public protocol TypedPath: Sendable {
    associatedtype Route: PathRoute
    /// Which route this address is.
    var route: Route { get }
    /// The value of each `:parameter` in the route's pattern.
    var parameters: [String: String] { get }
}

extension TypedPath {
    public var pattern: [PathComponent] { route.pattern }

    /// The path, each parameter percent-encoded as one segment.
    public var path: String {
        let values = parameters
        return "/" + pattern.map { component -> String in
            if case .parameter(let name) = component { return PathEscaping.segment(values[name] ?? "") }
            return component.description
        }.joined(separator: "/")
    }

    /// The path with a query string; empty values are left out so URLs stay short and stable.
    public func url(_ query: [(String, String?)] = []) -> String {
        let items = query.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(PathEscaping.query(key))=\(PathEscaping.query(value))"
        }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }
}

/// How a value is written into a path segment or a query: one rule for every typed path.
public enum PathEscaping {
    private static let segmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;%"))
    private static let queryAllowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~,:"))

    public static func segment(_ value: String) -> String {
        // Codes are nearly always plain letters and digits; only the rare other one pays for percent-encoding.
        if value.utf8.allSatisfy({ $0 < 128 && (isalnum(Int32($0)) != 0 || $0 == 45 || $0 == 95 || $0 == 46) }) { return value }
        return value.addingPercentEncoding(withAllowedCharacters: segmentAllowed) ?? value
    }

    /// A path as received, safe to link to again: one leading slash (never `//host`), anything outside a path's
    /// characters percent-encoded (what is already encoded stays so).
    public static func pathOnly(_ path: String) -> String {
        let trimmed = "/" + path.drop { $0 == "/" || $0 == "\\" }
        return trimmed.addingPercentEncoding(withAllowedCharacters: segmentAllowed.union(CharacterSet(charactersIn: "/%"))) ?? "/"
    }

    public static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: queryAllowed) ?? value
    }
}
