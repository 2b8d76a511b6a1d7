import Platform
import Foundation

/// A path of Swing's OData service, e.g. `Variables('v1')/GeoLevels('gemeente2024')/PeriodLevels('year')/Periods`,
/// read into its segments: a name and an optional key in quotes.
struct ODataPath: Equatable {
    struct Segment: Equatable {
        let name: String
        let key: String?
    }

    let segments: [Segment]

    /// Nil when a segment is not `Name` or `Name('key')`.
    init?(components: [String]) {
        var segments: [Segment] = []
        for component in components where !component.isEmpty {
            let text = component.removingPercentEncoding ?? component
            if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
                let name = String(text[..<open])
                var key = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
                if key.hasPrefix("'"), key.hasSuffix("'"), key.count >= 2 { key = String(key.dropFirst().dropLast()) }
                guard !name.isEmpty else { return nil }
                segments.append(Segment(name: name, key: key))
            } else {
                segments.append(Segment(name: text, key: nil))
            }
        }
        self.segments = segments
    }

    /// The shape of the path with keys left out, e.g. "Variables()/GeoLevels()/GeoItems".
    var shape: String {
        segments.map { $0.key == nil ? $0.name : "\($0.name)()" }.joined(separator: "/")
    }

    func key(_ name: String) -> String? { segments.first { $0.name == name }?.key }
}
