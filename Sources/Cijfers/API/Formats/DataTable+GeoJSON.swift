import CijfersDomain
import Foundation
import Platform

extension DataTable {
    /// A GeoJSON FeatureCollection: one feature per area with its geometry (as stored, WGS84) and, per indicator
    /// and period, the value (null when there is none) and its status. Areas without geometry get a null geometry.
    /// A survey indicator's value with a 95 % confidence interval also gets `lower` and `upper` (or `<indicator>
    /// <period> lower` / `upper` when there are several), absent where there is no interval, as in the JSON.
    func geoJSON(geometries: [Int: String]) throws -> Data {
        var properties: [Int: [String: Any]] = [:]
        for area in areas { properties[area.key] = ["code": area.code, "name": area.name, "level": level.code] }
        let several = indicators.count > 1 || periods.count > 1
        for cell in cells {
            let key = several ? "\(cell.indicator) \(cell.period)" : "value"
            properties[cell.area.key]?[key] = cell.value.value ?? NSNull()
            properties[cell.area.key]?[several ? "\(key) status" : "status"] = cell.value.status.rawValue
            if let interval = cell.interval {
                properties[cell.area.key]?[several ? "\(key) lower" : "lower"] = interval.lower
                properties[cell.area.key]?[several ? "\(key) upper" : "upper"] = interval.upper
            }
            if !several {
                properties[cell.area.key]?["indicator"] = cell.indicator
                properties[cell.area.key]?["period"] = cell.period
            }
        }
        var out = Data("{\"type\":\"FeatureCollection\",\"features\":[".utf8)
        for (index, area) in areas.enumerated() {
            if index > 0 { out.append(Data(",".utf8)) }
            out.append(Data("{\"type\":\"Feature\",\"id\":".utf8))
            out.append(try JSONSerialization.data(withJSONObject: area.code, options: .fragmentsAllowed))
            out.append(Data(",\"properties\":".utf8))
            out.append(try JSONSerialization.data(withJSONObject: properties[area.key] ?? [:], options: [.sortedKeys]))
            // The stored geometry is JSON we wrote ourselves at import; it is copied as it is.
            out.append(Data(",\"geometry\":".utf8))
            out.append(Data((geometries[area.key] ?? "null").utf8))
            out.append(Data("}".utf8))
        }
        out.append(Data("]}".utf8))
        return out
    }
}
