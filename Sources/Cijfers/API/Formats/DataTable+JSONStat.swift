import CijfersDomain
import Foundation
import Platform

extension DataTable {
    /// A JSON-stat 2.0 dataset with dimensions indicator × area × period (row-major, last dimension fastest).
    /// Suppressed and missing values are null, with their reason in `status`.
    func jsonStat(label: String, updated: Date? = nil) throws -> Data {
        var values: [Any] = []
        var status: [String: String] = [:]
        values.reserveCapacity(cells.count)
        var lookup: [String: PublishedValue] = [:]
        for cell in cells { lookup["\(cell.indicator)|\(cell.area.key)|\(cell.period)"] = cell.value }
        var index = 0
        for indicator in indicators {
            for area in areas {
                for period in periods {
                    let value = lookup["\(indicator.code)|\(area.key)|\(period)"] ?? .noData
                    if let number = value.value { values.append(number) } else { values.append(NSNull()) }
                    if value.status != .ok { status[String(index)] = value.status.rawValue }
                    index += 1
                }
            }
        }
        func category(_ codes: [String], _ labels: [String]) -> [String: Any] {
            ["index": codes, "label": Dictionary(zip(codes, labels), uniquingKeysWith: { a, _ in a })]
        }
        var indicatorCategory = category(indicators.map(\.code), indicators.map(\.name))
        indicatorCategory["unit"] = Dictionary(uniqueKeysWithValues: indicators.map { indicator -> (String, Any) in
            var unit: [String: Any] = ["label": indicator.unit]
            if let roundOff = indicator.roundOff { unit["decimals"] = roundOff.decimals }
            return (indicator.code, unit)
        })
        var dataset: [String: Any] = [
            "version": "2.0",
            "class": "dataset",
            "label": label,
            "source": Array(Set(indicators.map(\.source))).sorted().joined(separator: "; "),
            "id": ["indicator", "area", "period"],
            "size": [indicators.count, areas.count, periods.count],
            "role": ["metric": ["indicator"], "geo": ["area"], "time": ["period"]],
            "dimension": [
                "indicator": ["label": "Indicator", "category": indicatorCategory],
                "area": ["label": level.name, "category": category(areas.map(\.code), areas.map(\.name))],
                "period": ["label": "Periode", "category": category(periods, periods)],
            ],
            "value": values,
        ]
        if !status.isEmpty { dataset["status"] = status }
        if let updated { dataset["updated"] = ISO8601DateFormatter().string(from: updated) }
        return try JSONSerialization.data(withJSONObject: dataset, options: [.sortedKeys])
    }
}
