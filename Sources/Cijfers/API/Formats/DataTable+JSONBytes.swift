import CijfersDomain
import Platform
import Vapor

/// The data API's JSON written straight into bytes (`JSONBytes`): the same document as `DataTableDTO` gives through
/// `JSONEncoder` (same keys in the same order, `value` null when there is none, optional fields of an indicator left
/// out when empty), at a fraction of the cost — the encoder was the largest single cost of a data request.
extension DataTable {
    func jsonBytes() -> ByteBuffer {
        var json = JSONBytes(capacity: 256 + cells.count * 96)
        writeJSONHead(&json)
        writeJSONRecords(cells[...], into: &json)
        json.endArray()
        json.endObject()
        return json.buffer
    }

    /// Everything before the records, ending with the open `data` array.
    func writeJSONHead(_ json: inout JSONBytes) {
        json.beginObject()
        json.member("level", level.code)
        json.key("indicators")
        json.beginArray()
        for indicator in indicators { Self.writeIndicator(indicator, into: &json) }
        json.endArray()
        json.member("periods", strings: periods)
        json.member("areas", strings: areas.map(\.code))
        json.member("count", cells.count)
        json.key("data")
        json.beginArray()
    }

    func writeJSONRecords(_ slice: ArraySlice<Cell>, into json: inout JSONBytes) {
        for cell in slice {
            json.beginObject()
            json.member("indicator", cell.indicator)
            json.member("area", cell.area.code)
            json.member("areaName", cell.area.name)
            json.member("period", cell.period)
            json.key("value")
            if let value = cell.value.value { json.number(value) } else { json.null() }
            json.member("status", cell.value.status.rawValue)
            if let interval = cell.interval {
                json.key("lower")
                json.number(interval.lower)
                json.key("upper")
                json.number(interval.upper)
            }
            json.endObject()
        }
    }

    /// `IndicatorDTO` by hand, in its order; nil members are left out, as the encoder does.
    static func writeIndicator(_ indicator: Indicator, into json: inout JSONBytes) {
        let dto = IndicatorDTO(indicator)
        json.beginObject()
        json.member("code", dto.code)
        json.member("name", dto.name)
        json.member("description", dto.description)
        json.member("unit", dto.unit)
        json.member("source", dto.source)
        json.member("dataType", dto.dataType)
        json.member("periodType", dto.periodType)
        if let value = dto.aggregationIndicator { json.member("aggregationIndicator", value) }
        if let value = dto.sampleIndicator { json.member("sampleIndicator", value) }
        if let value = dto.formula { json.member("formula", value) }
        if let value = dto.thresholdValue { json.member("thresholdValue", value) }
        if let value = dto.thresholdIndicator { json.member("thresholdIndicator", value) }
        if let value = dto.roundOff { json.member("roundOff", value) }
        if let value = dto.theme { json.member("theme", value) }
        if let value = dto.surveyProportion { json.member("surveyProportion", value) }
        json.member("note", dto.note)
        json.member("data", dto.data)
        json.endObject()
    }
}
