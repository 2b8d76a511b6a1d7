import Foundation

/// One feature of a GeoJSON file: its properties as text and its area, if it has a polygonal one.
public struct GeoJSONFeature: Sendable {
    /// The feature's "id" member, when present.
    public let id: String?
    /// Properties as strings: area files carry codes and names, and codes such as "11001" must not turn
    /// into numbers. Numbers are written without a fraction when whole; nulls, arrays and objects are left out.
    public let properties: [String: String]
    /// Nil when the feature has no geometry or one that cannot be filled (a point or a line).
    public let geometry: GeoGeometry?

    public init(id: String?, properties: [String: String], geometry: GeoGeometry?) {
        self.id = id
        self.properties = properties
        self.geometry = geometry
    }
}

/// Reads area files such as `ggw72024.geojson` into features.
public enum GeoFeatureCollection {
    /// The features of a FeatureCollection (a lone Feature gives one); nil when the text is not
    /// GeoJSON of either kind.
    public static func parse(geoJSON: String) -> [GeoJSONFeature]? {
        parse(data: Data(geoJSON.utf8))
    }

    public static func parse(data: Data) -> [GeoJSONFeature]? {
        guard let object = try? JSONSerialization.jsonObject(with: data),
            let dictionary = object as? [String: Any], let type = dictionary["type"] as? String
        else { return nil }
        switch type {
        case "FeatureCollection":
            guard let features = dictionary["features"] as? [Any] else { return nil }
            return features.compactMap { $0 as? [String: Any] }.map(feature)
        case "Feature":
            return [feature(dictionary)]
        default:
            return nil
        }
    }

    private static func feature(_ dictionary: [String: Any]) -> GeoJSONFeature {
        var properties: [String: String] = [:]
        for (key, value) in dictionary["properties"] as? [String: Any] ?? [:] {
            if let text = text(value) { properties[key] = text }
        }
        let geometry = dictionary["geometry"].flatMap { GeoGeometry.geometry(fromJSON: $0) }
        return GeoJSONFeature(id: dictionary["id"].flatMap(text), properties: properties, geometry: geometry)
    }

    private static func text(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let int = value as? Int { return String(int) }
        if let double = value as? Double {
            if double.rounded() == double, double.magnitude < 1e15 { return String(Int64(double)) }
            return String(double)
        }
        if let bool = value as? Bool { return bool ? "true" : "false" }
        return nil
    }
}
