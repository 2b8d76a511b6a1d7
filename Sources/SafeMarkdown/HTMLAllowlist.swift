/// The checker that reads rendered HTML tag by tag and accepts only what this module writes.
///
/// Accepted: the elements in `attributes` with only their listed attributes, each written as `name="value"` once,
/// with a value that passes `acceptsValue`; void elements (`br`, `hr`, `img`) without a closing tag; every other
/// element closed in order; text with no control characters and every `&` starting a character reference.
/// Not accepted: anything else, including comments, `<!…>`, `<?…>`, unquoted or single-quoted values and
/// unknown character references inside attribute values.
struct HTMLAllowlist {
    static let attributes: [String: Set<String>] = [
        "p": [], "br": [], "hr": [], "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [],
        "em": [], "strong": [], "s": [], "code": ["class"], "pre": [], "blockquote": [],
        "ul": [], "ol": ["start"], "li": [],
        "table": [], "thead": [], "tbody": [], "tr": [], "th": ["align"], "td": ["align"],
        "a": ["href", "rel"], "img": ["src", "alt", "loading"],
    ]
    static let voidElements: Set<String> = ["br", "hr", "img"]

    let options: SafeMarkdown.Options

    /// Letters, digits and `+ - _ . #` (for `language-…` classes such as `c++` or `objective-c`).
    static func isLanguageNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "+-_.#".unicodeScalars.contains(scalar)
    }

    func accepts(_ html: String) -> Bool {
        var scanner = Scanner(scalars: Array(html.unicodeScalars))
        var openElements: [String] = []
        while let scalar = scanner.current {
            switch scalar {
            case "<":
                guard let tag = scanner.readTag(), acceptsTag(tag) else { return false }
                if tag.isClosing {
                    guard openElements.last == tag.name else { return false }
                    openElements.removeLast()
                } else if !Self.voidElements.contains(tag.name) {
                    openElements.append(tag.name)
                }
            case "&":
                guard let length = HTMLText.entityLength(in: scanner.rest) else { return false }
                scanner.advance(by: length)
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { return false }
                if (0x7F...0x9F).contains(scalar.value) { return false }
                scanner.advance(by: 1)
            }
        }
        return openElements.isEmpty
    }

    private func acceptsTag(_ tag: Tag) -> Bool {
        guard let allowed = Self.attributes[tag.name] else { return false }
        if tag.isClosing {
            return tag.attributes.isEmpty && !tag.isSelfClosing && !Self.voidElements.contains(tag.name)
        }
        if tag.isSelfClosing && !Self.voidElements.contains(tag.name) { return false }
        var seen: Set<String> = []
        for (name, value) in tag.attributes {
            guard allowed.contains(name), seen.insert(name).inserted, acceptsValue(value, of: name, in: tag) else {
                return false
            }
        }
        switch tag.name {
        case "a":
            guard let href = tag.value(of: "href") else { return false }
            // A link to another site must carry the full `rel`.
            return LinkTarget.classify(href) != .web || tag.value(of: "rel") == InkModifiers.externalRel
        case "img":
            return tag.value(of: "src") != nil && tag.value(of: "alt") != nil
        default:
            return true
        }
    }

    private func acceptsValue(_ value: String, of attribute: String, in tag: Tag) -> Bool {
        switch attribute {
        case "href": return LinkTarget.classify(value) != nil
        case "src": return LinkTarget.isAllowedImage(value, prefix: options.usableImagePrefix)
        case "rel": return value == InkModifiers.externalRel
        case "alt": return true
        case "loading": return value == "lazy"
        case "start": return value.count <= 9 && !value.isEmpty && value.allSatisfy { $0.isASCII && $0.isNumber }
        case "align": return ["left", "center", "right"].contains(value)
        case "class":
            let name = value.dropFirst("language-".count)
            return value.hasPrefix("language-") && !name.isEmpty && name.count <= 40
                && name.unicodeScalars.allSatisfy(Self.isLanguageNameScalar)
        default: return false
        }
    }
}

extension HTMLAllowlist {
    /// One tag as read, with its attribute values decoded.
    struct Tag {
        var name: String
        var isClosing: Bool
        var isSelfClosing = false
        var attributes: [(String, String)] = []

        func value(of attribute: String) -> String? {
            attributes.first { $0.0 == attribute }?.1
        }
    }

    /// A cursor over the scalars of the HTML.
    struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        var rest: ArraySlice<Unicode.Scalar> { scalars[index...] }

        mutating func advance(by count: Int) { index = min(index + count, scalars.count) }

        /// Reads `<name attr="value"…>`, `<name …/>` or `</name>` from the `<` at the cursor; `nil` when the tag is
        /// written any other way.
        mutating func readTag() -> Tag? {
            advance(by: 1)
            let isClosing = current == "/"
            if isClosing { advance(by: 1) }
            let name = readWhile { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            guard !name.isEmpty else { return nil }
            var tag = Tag(name: name, isClosing: isClosing)
            while true {
                switch current {
                case ">"?:
                    advance(by: 1)
                    return tag
                case "/"?:
                    advance(by: 1)
                    guard current == ">" else { return nil }
                    advance(by: 1)
                    tag.isSelfClosing = true
                    return tag
                case " "?:
                    advance(by: 1)
                    let attribute = readWhile { ("a"..."z").contains($0) }
                    guard !attribute.isEmpty, current == "=" else { return nil }
                    advance(by: 1)
                    guard current == "\"" else { return nil }
                    advance(by: 1)
                    guard let value = readValue() else { return nil }
                    tag.attributes.append((attribute, value))
                default:
                    return nil
                }
            }
        }

        /// A value up to its closing `"`, decoded; `nil` for `<`, `>`, controls or an unknown reference in it.
        private mutating func readValue() -> String? {
            var value = [Unicode.Scalar]()
            while let scalar = current {
                switch scalar {
                case "\"":
                    advance(by: 1)
                    return String(scalars: value)
                case "<", ">":
                    return nil
                case "&":
                    guard let length = HTMLText.entityLength(in: rest) else { return nil }
                    let reference = String(scalars: scalars[index..<(index + length)])
                    let decoded = HTMLText.decodingReferences(reference)
                    guard decoded != reference, Self.writtenReferences.contains(reference) || reference.hasPrefix("&#")
                    else { return nil }
                    value.append(contentsOf: decoded.unicodeScalars)
                    advance(by: length)
                default:
                    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return nil }
                    value.append(scalar)
                    advance(by: 1)
                }
            }
            return nil
        }

        /// The named references `HTMLText.escaped(_:)` writes; no other name is read inside a value.
        private static let writtenReferences: Set<String> = ["&amp;", "&lt;", "&gt;", "&quot;"]

        private mutating func readWhile(_ accepted: (Unicode.Scalar) -> Bool) -> String {
            var text = [Unicode.Scalar]()
            while let scalar = current, accepted(scalar) {
                text.append(scalar)
                advance(by: 1)
            }
            return String(scalars: text)
        }
    }
}
