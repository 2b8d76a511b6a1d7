import Foundation

/// A complete `<svg>…</svg>` element, ready to be placed inline in an HTML page.
///
/// The initialiser is internal on purpose: every `SVG` comes out of one of this module's renderers,
/// which escape all text, so a value of this type can be inserted into a page without further escaping.
public struct SVG: Sendable, Hashable, CustomStringConvertible {
    public let markup: String

    init(markup: String) {
        self.markup = markup
    }

    public var description: String { markup }

    /// Size in UTF-8 bytes: what a page grows by when the chart is inlined.
    public var byteCount: Int { markup.utf8.count }
}

/// Escaping and identifier helpers shared by all renderers, public so pages around the charts can
/// escape in exactly the same way.
public enum SVGMarkup {
    /// Escapes text for use in XML element content and in double- or single-quoted attribute values.
    ///
    /// Characters that XML 1.0 forbids outright (C0 controls other than tab, newline and carriage return,
    /// U+FFFE and U+FFFF) are dropped, because a single one of them makes the whole page invalid XML
    /// and an inline SVG then fails to render.
    public static func escape(_ text: String) -> String {
        // Most labels need no escaping; scanning bytes first avoids rebuilding those strings.
        var needsWork = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
                0xEF:  // lead byte of U+FFFE / U+FFFF (and harmless others): check those in the slow path
                needsWork = true
            case 0x00...0x1F where byte != 0x09 && byte != 0x0A && byte != 0x0D:
                needsWork = true
            default:
                break
            }
            if needsWork { break }
        }
        guard needsWork else { return text }

        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Turns a caller's prefix into a valid, predictable XML id: letters, digits, '-' and '_' only,
    /// starting with a letter. Several charts share one page, so every id inside a chart starts with it.
    public static func identifier(_ prefix: String) -> String {
        var result = ""
        for scalar in prefix.unicodeScalars {
            if scalar.isASCII,
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            {
                result.unicodeScalars.append(scalar)
            } else {
                result += "-"
            }
        }
        if let first = result.unicodeScalars.first, first.properties.isAlphabetic {
            return result
        }
        return "c" + result
    }

    /// Links in charts come from our own routes, but a stored URL could still carry a script scheme:
    /// only relative references and http(s)/mailto survive, anything else renders without a link.
    public static func safeHref(_ href: String?) -> String? {
        guard let href else { return nil }
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        // A scheme is whatever precedes the first ':' as long as no '/', '?' or '#' comes before it.
        if let colon = trimmed.firstIndex(of: ":") {
            let head = trimmed[..<colon]
            if !head.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) {
                let scheme = head.lowercased()
                guard scheme == "http" || scheme == "https" || scheme == "mailto" else { return nil }
            }
        }
        return trimmed
    }

    /// A coordinate or length for an attribute: at most two decimals, no trailing zeros,
    /// and never "nan" or "inf" (which would make the attribute invalid).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return fraction < 10 ? "\(sign)\(whole).0\(fraction)" : "\(sign)\(whole).\(fraction)"
    }
}

/// Builds markup element by element. Attribute values and text are always escaped here,
/// so renderers cannot forget it; only `appendTrusted` skips escaping, for path data we generate.
struct SVGWriter {
    private(set) var output: String

    init(capacity: Int = 4096) {
        output = ""
        output.reserveCapacity(capacity)
    }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        appendAttributes(attributes)
        output += ">"
    }

    mutating func close(_ name: String) {
        output += "</"
        output += name
        output += ">"
    }

    /// An element without content, written as `<name …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<"
        output += name
        appendAttributes(attributes)
        output += "/>"
    }

    /// An element whose content is escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        output += SVGMarkup.escape(text)
        close(name)
    }

    /// Markup produced by this module itself (numbers and command letters only).
    mutating func appendTrusted(_ markup: String) {
        output += markup
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            output += " "
            output += name
            output += "=\""
            output += SVGMarkup.escape(value)
            output += "\""
        }
    }
}

/// Shared visual constants, so all charts on a page look like one family.
enum ChartStyle {
    static let textColor = "#1a1a1a"  // 17:1 on white
    static let mutedTextColor = "#595959"  // 7:1 on white, still well above 4.5:1
    static let axisColor = "#595959"
    static let gridColor = "#dcdcdc"
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
    static let fontSize = 13.0
    static let smallFontSize = 12.0  // the floor for any text in a chart

    /// Rough width of text in a proportional sans-serif at `fontSize`: SVG has no text measuring
    /// on the server, so layout reserves a slightly generous average per character.
    static func estimatedWidth(_ text: String, fontSize: Double = fontSize) -> Double {
        Double(text.count) * fontSize * 0.58
    }

    /// Shortens text to fit `width` (estimated), ending in an ellipsis; the full text goes in a `<title>`.
    static func truncated(_ text: String, toWidth width: Double, fontSize: Double = fontSize) -> String {
        let maxCharacters = max(Int(width / (fontSize * 0.58)), 1)
        guard text.count > maxCharacters else { return text }
        return String(text.prefix(max(maxCharacters - 1, 1))) + "…"
    }
}

extension SVGWriter {
    /// Writes the root element with the accessibility wiring every chart needs, runs `body`, closes it.
    /// `role="img"` plus `aria-labelledby` pointing at `<title>` and `<desc>` is the pattern screen
    /// readers announce most reliably for inline SVG.
    ///
    /// A chart is at most one Tab stop (`focusable`): keyboard and screen-reader users reach it once, hear its title
    /// and description, and go on; nothing inside it is a link or a Tab stop — the table beside it carries the links.
    /// A legend, which only explains the chart it stands beside, is no stop of its own.
    static func document(
        id: String, width: Double, height: Double, title: String, description: String,
        className: String, focusable: Bool = false, capacity: Int = 4096, body: (inout SVGWriter) -> Void
    ) -> SVG {
        var writer = SVGWriter(capacity: capacity)
        let titleID = "\(id)-title"
        let descID = "\(id)-desc"
        var attributes = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("id", id),
            ("class", className),
            ("role", "img"),
            ("aria-labelledby", "\(titleID) \(descID)"),
        ]
        if focusable { attributes.append(("tabindex", "0")) }
        writer.open(
            "svg",
            attributes + [
                ("viewBox", "0 0 \(SVGMarkup.number(width)) \(SVGMarkup.number(height))"),
                ("width", SVGMarkup.number(width)),
                ("height", SVGMarkup.number(height)),
                ("font-family", ChartStyle.fontFamily),
                ("font-size", SVGMarkup.number(ChartStyle.fontSize)),
            ])
        writer.element("title", [("id", titleID)], text: title)
        writer.element("desc", [("id", descID)], text: description)
        body(&writer)
        writer.close("svg")
        return SVG(markup: writer.output)
    }
}
