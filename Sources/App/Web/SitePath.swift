import Foundation
import Vapor

/// Every page of the site. Routes are registered from `pattern`, links are built with `url(_:)`,
/// so a renamed page cannot leave a dead link behind.
enum SitePath {
    case home
    case search
    case indicator(code: String)
    case area(level: String, code: String)
    case benchmark
    case evolution
    case wijkReport
    case asset(name: String)

    var pattern: [PathComponent] {
        switch self {
        case .home: []
        case .search: ["zoeken"]
        case .indicator: ["indicator", ":code"]
        case .area: ["gebied", ":level", ":code"]
        case .benchmark: ["benchmark"]
        case .evolution: ["evolutie"]
        case .wijkReport: ["wijkrapport"]
        case .asset: ["assets", ":name"]
        }
    }

    var path: String {
        switch self {
        case .home: "/"
        case .search: "/zoeken"
        case .indicator(let code): "/indicator/\(Self.escape(code))"
        case .area(let level, let code): "/gebied/\(Self.escape(level))/\(Self.escape(code))"
        case .benchmark: "/benchmark"
        case .evolution: "/evolutie"
        case .wijkReport: "/wijkrapport"
        case .asset(let name): "/assets/\(Self.escape(name))"
        }
    }

    /// The path with a query string; empty values are left out so URLs stay short and stable.
    func url(_ query: [(String, String?)] = []) -> String {
        let items = query.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(Self.escapeQuery(key))=\(Self.escapeQuery(value))"
        }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    private static func escape(_ segment: String) -> String {
        // Codes are nearly always plain letters and digits; only the rare other one pays for percent-encoding.
        if segment.utf8.allSatisfy({ $0 < 128 && (isalnum(Int32($0)) != 0 || $0 == 45 || $0 == 95 || $0 == 46) }) { return segment }
        return segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? segment
    }

    private static func escapeQuery(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~,:"))) ?? text
    }
}
