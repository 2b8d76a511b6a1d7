import Charts
import Plot

/// The one place where the site escapes what it writes into HTML.
///
/// Plot escapes text (`<`, `>` and `&`, keeping entities it finds) but writes attribute values as they are. So every
/// attribute on every page of every pillar is written with `.attr(name, value)` below, which escapes the value, never with Plot's
/// own builders (`.href`, `.class`, `.attribute(named:)` …); `EscapingGuardTests` fails when one slips in.
/// Markup we write as a string (charts, the indicator table rows) escapes with `HTMLEscaping.escape` too.
public enum HTMLEscaping {
    /// `&`, `<`, `>`, `"` and `'` as entities, control characters dropped: safe in text and in quoted attribute
    /// values. The same function as the charts', so a page and its SVG escape alike.
    public static func escape(_ text: String) -> String { SVGMarkup.escape(text) }

    /// Attributes that hold a URL: only relative references and http(s)/mailto are written, so a stored or typed
    /// `javascript:` URL renders as no link at all.
    public static let urlAttributes: Set<String> = ["href", "src", "action", "formaction"]

    /// The escaped value of attribute `name`, or nil when a URL attribute's value is not safe to link to.
    public static func attributeValue(_ name: String, _ value: String?) -> String? {
        guard var value else { return nil }
        if urlAttributes.contains(name) {
            guard let safe = SVGMarkup.safeHref(value) else { return nil }
            value = safe
        }
        return escape(value)
    }
}

extension Node {
    /// An attribute with its value escaped. Empty values are left out unless `keepEmpty`.
    public static func attr(_ name: String, _ value: String?, keepEmpty: Bool = false) -> Node {
        .attribute(Attribute.attr(name, value, keepEmpty: keepEmpty))
    }

    /// A boolean attribute (`selected`, `required` …) written as `name="name"`.
    public static func attr(_ name: String) -> Node { .attr(name, name) }
}

extension Attribute {
    /// An attribute with its value escaped, for Plot's typed contexts (`.input`, `.meta`, `.link` …).
    public static func attr(_ name: String, _ value: String?, keepEmpty: Bool = false) -> Attribute {
        Attribute(name: name, value: HTMLEscaping.attributeValue(name, value), ignoreIfValueIsEmpty: !keepEmpty)
    }

    /// A boolean attribute written as `name="name"`.
    public static func attr(_ name: String) -> Attribute { .attr(name, name) }
}
