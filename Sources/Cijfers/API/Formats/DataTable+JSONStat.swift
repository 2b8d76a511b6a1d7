import CijfersDomain
import Foundation
import Platform

extension DataTable {
    /// A JSON-stat 2.0 dataset with dimensions indicator × area × period (row-major, last dimension fastest).
    /// Suppressed and missing values are null, with their reason in `status`.
    ///
    /// A survey indicator's 95 % confidence intervals (docs/api.md) travel in the dataset's `extension`, which
    /// JSON-stat 2.0 leaves to the provider and its readers skip: `extension.ci95` holds `lower` and `upper`, two
    /// arrays in the order and of the length of `value`, null where a cell has no interval. A second dimension for
    /// the bounds would change `size` and `value` of every answer, so readers that know no intervals would misread it.
    func jsonStat(label: String, updated: Date? = nil) throws -> Data {
        var values: [Any] = []
        var status: [String: String] = [:]
        values.reserveCapacity(cells.count)
        var lookup: [String: PublishedValue] = [:]
        var intervals: [String: ConfidenceInterval] = [:]
        for cell in cells {
            let key = "\(cell.indicator)|\(cell.area.key)|\(cell.period)"
            lookup[key] = cell.value
            if let interval = cell.interval { intervals[key] = interval }
        }
        let withIntervals = hasSurveyIndicator
        var lower: [Any] = [], upper: [Any] = []
        var index = 0
        for indicator in indicators {
            for area in areas {
                for period in periods {
                    let key = "\(indicator.code)|\(area.key)|\(period)"
                    let value = lookup[key] ?? .noData
                    if let number = value.value { values.append(number) } else { values.append(NSNull()) }
                    if withIntervals {
                        let interval = intervals[key]
                        lower.append(interval.map { $0.lower as Any } ?? NSNull())
                        upper.append(interval.map { $0.upper as Any } ?? NSNull())
                    }
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
        if withIntervals {
            dataset["extension"] = ["ci95": [
                "label": "95% confidence interval (Wilson), in percent",
                "indicators": indicators.filter(\.surveyProportion).map(\.code),
                "lower": lower, "upper": upper,
            ] as [String: Any]]
        }
        if let updated { dataset["updated"] = ISO8601DateFormatter().string(from: updated) }
        return try JSONSerialization.data(withJSONObject: dataset, options: [.sortedKeys])
    }
}
