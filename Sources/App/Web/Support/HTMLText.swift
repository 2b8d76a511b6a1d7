import Charts

/// Escaping for the few places that write HTML as a string rather than through Plot; HTML text and attribute
/// values need the same five escapes as the SVG markup, so both use one function.
enum HTMLText {
    static func escape(_ text: String) -> String { SVGMarkup.escape(text) }
}
