import CijfersDomain
import Platform
import Vapor

/// The plain JSON form of a data table: metadata, then one record per value with an explicit status. The API writes it
/// by hand (`DataTable.jsonBytes`); this encodable form is the reference a test compares that with.
struct DataTableDTO: Content {
    struct Record: Content {
        let indicator: String
        let area: String
        let areaName: String
        let period: String
        let value: Double?
        let status: String
        /// The 95 % confidence interval of a survey indicator (docs/cijfers.md); left out where there is none.
        var lower: Double? = nil
        var upper: Double? = nil

        init(indicator: String, area: String, areaName: String, period: String, value: Double?, status: String,
             lower: Double? = nil, upper: Double? = nil) {
            self.indicator = indicator
            self.area = area
            self.areaName = areaName
            self.period = period
            self.value = value
            self.status = status
            self.lower = lower
            self.upper = upper
        }

        init(_ cell: DataTable.Cell) {
            let interval = cell.interval
            self.init(indicator: cell.indicator, area: cell.area.code, areaName: cell.area.name,
                      period: cell.period, value: cell.value.value, status: cell.value.status.rawValue,
                      lower: interval?.lower, upper: interval?.upper)
        }

        /// `value` is written as null rather than left out: a missing key reads as a bug, null as 'no value'.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(indicator, forKey: .indicator)
            try container.encode(area, forKey: .area)
            try container.encode(areaName, forKey: .areaName)
            try container.encode(period, forKey: .period)
            try container.encode(value, forKey: .value)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(lower, forKey: .lower)
            try container.encodeIfPresent(upper, forKey: .upper)
        }
    }

    let level: String
    let indicators: [IndicatorDTO]
    let periods: [String]
    let areas: [String]
    let count: Int
    let data: [Record]

    init(_ table: DataTable) {
        level = table.level.code
        indicators = table.indicators.map(IndicatorDTO.init)
        periods = table.periods
        areas = table.areas.map(\.code)
        data = table.cells.map(Record.init)
        count = data.count
    }
}
