import Charts
import Foundation

/// The drawing of one chart taken from the page that shows it, and made into a file of its own.
///
/// The charts are drawn by the page (`IndicatorPage+View`), so the file and the embedded chart are taken from the
/// page's own markup: they are exactly what the page shows, whatever options the page adds to its charts later.
enum ChartMarkup {
    /// One `<svg>` element at the top level of a page.
    struct Drawing: Equatable {
        let id: String
        let markup: String
        let width: Double
        let height: Double
    }

    /// The top-level `<svg>` elements of `html` whose id is `chart` or starts with `chart-` (a map's legend, a chart's
    /// phone-sized drawing `chart-smal`), in page order.
    static func drawings(of chart: String, in html: String) -> [Drawing] {
        var found: [Drawing] = []
        var search = html.startIndex
        while let start = html.range(of: "<svg", range: search..<html.endIndex) {
            guard let end = closingEnd(html, from: start.lowerBound) else { break }
            search = end
            let element = String(html[start.lowerBound..<end])
            let tag = openingTag(element)
            guard let id = attribute("id", in: tag), id == chart || id.hasPrefix(chart + "-") else { continue }
            found.append(Drawing(id: id, markup: element, width: attribute("width", in: tag).flatMap(Double.init) ?? 600,
                                 height: attribute("height", in: tag).flatMap(Double.init) ?? 400))
        }
        return found
    }

    /// Where the `<svg>` element that starts at `start` ends (after its `</svg>`), counting nested ones.
    private static func closingEnd(_ html: String, from start: String.Index) -> String.Index? {
        var depth = 0
        var index = start
        while index < html.endIndex {
            guard let next = html.range(of: "<", range: index..<html.endIndex) else { return nil }
            let rest = html[next.lowerBound...]
            if rest.hasPrefix("</svg>") {
                depth -= 1
                if depth == 0 { return html.index(next.lowerBound, offsetBy: 6) }
            } else if rest.hasPrefix("<svg"), let close = html.range(of: ">", range: next.upperBound..<html.endIndex) {
                if html[html.index(before: close.lowerBound)] != "/" { depth += 1 }
                index = close.upperBound
                continue
            }
            index = next.upperBound
        }
        return nil
    }

    private static func openingTag(_ element: String) -> Substring {
        element[..<(element.firstIndex(of: ">") ?? element.endIndex)]
    }

    /// The value of `name="…"` in an opening tag (our SVG writer always quotes with `"`).
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// A standalone SVG file: a white page holding the title, the drawings one under the other, and the source line.
    /// Title and source are escaped here; the drawings are the chart module's own escaped markup.
    static func document(title: String, source: String, drawings: [Drawing]) -> String {
        let margin = 16.0
        let width = max(drawings.map(\.width).max() ?? 600, 320) + 2 * margin
        let titleLines = wrap(title, width: width - 2 * margin, fontSize: 16)
        let sourceLines = wrap(source, width: width - 2 * margin, fontSize: 12)
        var y = margin
        var body = ""
        for line in titleLines {
            y += 20
            body += "<text x=\"\(n(margin))\" y=\"\(n(y))\" font-size=\"16\" font-weight=\"bold\" fill=\"#1a1a1a\">\(SVGMarkup.escape(line))</text>"
        }
        y += 12
        for drawing in drawings {
            // The drawing keeps its own size and ids; only its place on the page is added (and it is no Tab stop here).
            let placed = drawing.markup.replacingOccurrences(of: " tabindex=\"0\"", with: "")
            body += "<svg x=\"\(n(margin))\" y=\"\(n(y))\"" + placed.dropFirst(4)
            y += drawing.height + 8
        }
        for line in sourceLines {
            y += 16
            body += "<text x=\"\(n(margin))\" y=\"\(n(y))\" font-size=\"12\" fill=\"#595959\">\(SVGMarkup.escape(line))</text>"
        }
        let height = y + margin
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"system-ui, -apple-system, Segoe UI, Roboto, sans-serif\">"
            + "<title>\(SVGMarkup.escape(title))</title>"
            + "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>"
            + body + "</svg>\n"
    }

    /// Lines of at most `width` (estimated as the charts estimate text), broken between words.
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        let perLine = max(Int(width / (fontSize * 0.58)), 10)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > perLine {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    private static func n(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }
}
