import Platform
import Plot

/// The 'download what you see' links under a view: the same selection through the data API.
struct DownloadLinks {
    let indicators: [String]
    let level: String
    var parent: String? = nil
    var areas: [String]? = nil
    var periods: String? = nil
    var geoJSON = false

    func url(_ format: String) -> String {
        var query = ["indicators=\(indicators.joined(separator: ","))", "level=\(level)"]
        if let parent { query.append("parent=\(parent)") }
        if let areas { query.append("areas=\(areas.joined(separator: ","))") }
        if let periods { query.append("periods=\(periods)") }
        query.append("format=\(format)")
        return APIPath.data.path + "?" + query.joined(separator: "&")
    }

    /// The links, introduced in the visitor's language (`t`: the Cijfers words).
    func node(_ t: Strings) -> Node<HTML.BodyContext> {
        .p(.attr("class", "downloads"), .text(t["downloads.label"] + " "),
           .a(.attr("href", url("csv-be")), .text(t["downloads.csvBE"])), .text(" · "),
           .a(.attr("href", url("csv")), .text(t["downloads.csvPlain"])), .text(" · "),
           .a(.attr("href", url("xlsx") + (t.language == .en ? "&lang=en" : "")), .text(t["downloads.xlsx"])), .text(" · "),
           .a(.attr("href", url("jsonstat")), .text(t["downloads.jsonStat"])),
           .if(geoJSON, .group(.text(" · "), .a(.attr("href", url("geojson")), .text(t["downloads.geoJSON"])))))
    }
}
