import Foundation
import Vapor

/// A page address built from the same pattern its route is registered with, so links and routes cannot drift apart.
/// A conforming enum gives the pattern and the values of its parameters; the path and the URL with a query follow.
protocol TypedPath {
    var pattern: [PathComponent] { get }
    /// The value of each `:parameter` in the pattern.
    var parameters: [String: String] { get }
}

extension TypedPath {
    var path: String {
        let values = parameters
        return "/" + pattern.map { component -> String in
            if case .parameter(let name) = component {
                return values[name]?.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? ""
            }
            return component.description
        }.joined(separator: "/")
    }

    /// The path with a query string; empty values are left out.
    func url(_ query: [(String, String?)]) -> String {
        var components = URLComponents()
        components.path = path
        let items = query.compactMap { key, value in value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: key, value: $0) } }
        components.queryItems = items.isEmpty ? nil : items
        return components.string ?? path
    }
}
