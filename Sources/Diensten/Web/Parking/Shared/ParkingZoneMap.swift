import Charts
import DienstenDomain
import Foundation

/// SVG markup made by `ParkingZoneMap`; every text in it is escaped with `SVGMarkup.escape`.
struct ParkingMapSVG: Sendable {
    let markup: String
}

/// A city's zones drawn as one inline SVG: each zone a path in its kind's colour (Okabe–Ito, safe for colour-blind
/// readers, with a pattern per kind as a second cue), a link to the zone's page and a tooltip. The projection is the
/// `Charts` module's; larger zones are drawn first so small ones stay on top and clickable. The page puts a table of
/// the same zones beside it, so nothing is said by the map alone.
struct ParkingZoneMap {
    struct Item {
        let zone: Zone
        let href: String
        let label: String
    }

    let id: String
    let title: String
    let items: [Item]
    var width = 640.0
    var height = 480.0

    /// Fill colour and dash pattern per kind.
    static func style(_ kind: ZoneKind) -> (fill: String, stroke: String, dash: String?) {
        switch kind {
        case .lowEmission: ("#F0E442", "#6b5f00", "8 4")
        case .residents: ("#56B4E9", "#084c73", nil)
        case .paid: ("#E69F00", "#6b4a00", nil)
        case .blueZone: ("#0072B2", "#002a42", "2 3")
        case .carFree: ("#CC79A7", "#5c2448", "6 2 2 2")
        }
    }

    var bounds: GeoBounds {
        var minLon = Double.infinity, minLat = Double.infinity, maxLon = -Double.infinity, maxLat = -Double.infinity
        for item in items {
            for polygon in item.zone.area.polygons {
                for point in polygon.outer {
                    minLon = min(minLon, point.longitude); maxLon = max(maxLon, point.longitude)
                    minLat = min(minLat, point.latitude); maxLat = max(maxLat, point.latitude)
                }
            }
        }
        return GeoBounds(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
    }

    static func area(_ zone: Zone) -> Double {
        zone.area.polygons.reduce(0) { total, polygon in
            var sum = 0.0
            let ring = polygon.outer
            for index in ring.indices {
                let a = ring[index], b = ring[(index + 1) % ring.count]
                sum += a.longitude * b.latitude - b.longitude * a.latitude
            }
            return total + abs(sum) / 2
        }
    }

    func render() -> ParkingMapSVG {
        let drawn = items.filter { !$0.zone.area.polygons.isEmpty }.sorted { Self.area($0.zone) > Self.area($1.zone) }
        let projection = MapProjection(bounds: bounds, width: width, height: height, padding: 12)
        func ring(_ points: [ZonePoint]) -> String {
            guard let first = points.first else { return "" }
            var out = String(format: "M%.1f %.1f", projection.x(first.longitude), projection.y(first.latitude))
            for point in points.dropFirst() { out += String(format: "L%.1f %.1f", projection.x(point.longitude), projection.y(point.latitude)) }
            return out + "Z"
        }
        let titleID = SVGMarkup.identifier("\(id)-title")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"parking-map\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(titleID)\">"
        svg += "<title id=\"\(titleID)\">\(SVGMarkup.escape(title))</title>"
        for item in drawn {
            let style = Self.style(item.zone.kind)
            let d = item.zone.area.polygons.map { ([$0.outer] + $0.holes).map(ring).joined() }.joined()
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            let path = "<path d=\"\(d)\" fill=\"\(style.fill)\" fill-opacity=\"0.55\" fill-rule=\"evenodd\" stroke=\"\(style.stroke)\" stroke-width=\"2\"\(dash)>"
                + "<title>\(SVGMarkup.escape(item.label))</title></path>"
            if let href = SVGMarkup.safeHref(item.href) {
                // Links inside the map are left out of the Tab order: the table beside it has the same links.
                svg += "<a href=\"\(SVGMarkup.escape(href))\" tabindex=\"-1\" aria-hidden=\"true\">\(path)</a>"
            } else {
                svg += path
            }
        }
        svg += "</svg>"
        return ParkingMapSVG(markup: svg)
    }
}
