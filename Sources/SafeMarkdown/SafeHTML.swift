/// HTML written elsewhere (the descriptions of the LPDC product catalogue), cleaned to a short allow-list.
///
/// The rules:
/// - Kept: `p`, `br`, `ul`, `ol`, `li`, `strong` and `em` (`b` becomes `strong`, `i` becomes `em`), and `a` whose
///   target is `http:`, `https:` or `mailto:` (a link to the web gets `rel="noopener noreferrer nofollow"`).
/// - A heading (`h1`…`h6`) becomes a paragraph in `strong`.
/// - Every other tag is dropped and its text kept; the text of `script`, `style`, `template`, `iframe`, `object`,
///   `svg`, `math`, `noscript` and `textarea` is dropped with it. Comments, `<!…>` and `<?…>` are dropped.
/// - Every attribute is dropped (only a link's target is read). Character references are decoded, then all text is
///   escaped again; control characters are left out.
/// - Elements are closed in order: an unclosed tag is closed where its block ends, a stray closing tag is ignored,
///   text or a tag directly inside a list is put in an item.
/// The result passes `SafeMarkdown.passesAllowlist(_:)`; should it ever not, the text alone is given, escaped.
public enum SafeHTML {
    /// `html` cleaned to the allow-list above.
    public static func clean(_ html: String) -> String {
        var writer = Writer()
        var tokenizer = Tokenizer(html)
        for token in tokenizer.tokens() { writer.take(token) }
        let result = writer.finish()
        guard HTMLAllowlist(options: SafeMarkdown.Options()).accepts(result) else {
            return HTMLText.escapedParagraphs(HTMLText.plainText(fromSafeHTML: result))
        }
        return result
    }

    /// The text of `html` without markup: blocks on their own lines, references decoded. For search indexes and
    /// excerpts, not for HTML (escape it again there).
    public static func plainText(_ html: String) -> String {
        HTMLText.plainText(fromSafeHTML: clean(html))
    }

    /// Whether `html` holds no markup worth cleaning: plain text that can be shown as is (escaped).
    public static func isPlainText(_ html: String) -> Bool {
        !html.contains("<") && !html.contains("&")
    }
}

extension SafeHTML {
    enum Token: Equatable {
        case text(String)
        case open(name: String, href: String?)
        case close(name: String)
    }

    /// Reads HTML into text and tags, forgivingly: a `<` that starts no tag is text, a tag never closed ends the input.
    struct Tokenizer {
        static let rawTextElements: Set<String> = [
            "script", "style", "template", "iframe", "object", "svg", "math", "noscript", "textarea", "title",
        ]

        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ html: String) { scalars = Array(html.unicodeScalars) }

        mutating func tokens() -> [Token] {
            var result: [Token] = []
            var text: [Unicode.Scalar] = []
            func flush() {
                if !text.isEmpty { result.append(.text(String(scalars: text))) }
                text = []
            }
            while index < scalars.count {
                let scalar = scalars[index]
                guard scalar == "<", index + 1 < scalars.count else {
                    text.append(scalar)
                    index += 1
                    continue
                }
                let next = scalars[index + 1]
                if next == "!" || next == "?" {
                    flush()
                    skipMarkup()
                } else if isLetter(next) || (next == "/" && index + 2 < scalars.count && isLetter(scalars[index + 2])) {
                    flush()
                    guard let tag = readTag() else {
                        index = scalars.count
                        break
                    }
                    if !tag.isClosing && Self.rawTextElements.contains(tag.name) {
                        skipRawText(until: tag.name)
                    } else if tag.isClosing {
                        result.append(.close(name: tag.name))
                    } else {
                        result.append(.open(name: tag.name, href: tag.href))
                        if tag.isSelfClosing, tag.name != "br" { result.append(.close(name: tag.name)) }
                    }
                } else {
                    text.append(scalar)
                    index += 1
                }
            }
            flush()
            return result
        }

        private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }

        /// Skips a comment (`<!-- … -->`) or other `<!…>` / `<?…>` up to its end (or the end of the input).
        private mutating func skipMarkup() {
            if index + 3 < scalars.count, scalars[index + 2] == "-", scalars[index + 3] == "-" {
                var position = index + 4
                while position + 2 < scalars.count {
                    if scalars[position] == "-", scalars[position + 1] == "-", scalars[position + 2] == ">" {
                        index = position + 3
                        return
                    }
                    position += 1
                }
                index = scalars.count
                return
            }
            while index < scalars.count, scalars[index] != ">" { index += 1 }
            index += 1
        }

        /// Skips the content of a raw-text element up to its closing tag (or the end of the input).
        private mutating func skipRawText(until name: String) {
            let closing = Array("</\(name)".unicodeScalars)
            while index < scalars.count {
                if scalars[index] == "<", index + closing.count <= scalars.count {
                    let candidate = String(scalars: scalars[index..<(index + closing.count)]).lowercased()
                    if candidate == "</\(name)" {
                        index += closing.count
                        while index < scalars.count, scalars[index] != ">" { index += 1 }
                        index += 1
                        return
                    }
                }
                index += 1
            }
        }

        struct Tag {
            var name: String
            var isClosing: Bool
            var isSelfClosing: Bool
            var href: String?
        }

        /// Reads the tag at `<`: its name, whether it closes, and its `href`; nil when the input ends inside it.
        private mutating func readTag() -> Tag? {
            index += 1
            let isClosing = scalars[index] == "/"
            if isClosing { index += 1 }
            var name = ""
            while index < scalars.count, isLetter(scalars[index]) || ("0"..."9").contains(scalars[index]) {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            var tag = Tag(name: name.lowercased(), isClosing: isClosing, isSelfClosing: false, href: nil)
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case ">":
                    index += 1
                    return tag
                case "/":
                    index += 1
                    if index < scalars.count, scalars[index] == ">" { tag.isSelfClosing = true }
                case " ", "\t", "\n", "\r", "\u{0C}":
                    index += 1
                default:
                    let (attribute, value) = readAttribute()
                    if attribute == "href", tag.href == nil { tag.href = value }
                }
            }
            return nil
        }

        /// Reads `name`, `name=value`, `name="value"` or `name='value'`.
        private mutating func readAttribute() -> (String, String?) {
            var name = ""
            while index < scalars.count, !" \t\n\r\u{0C}/>=".unicodeScalars.contains(scalars[index]) {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            if name.isEmpty { index += 1 }
            while index < scalars.count, " \t\n\r\u{0C}".unicodeScalars.contains(scalars[index]) { index += 1 }
            guard index < scalars.count, scalars[index] == "=" else { return (name.lowercased(), nil) }
            index += 1
            while index < scalars.count, " \t\n\r\u{0C}".unicodeScalars.contains(scalars[index]) { index += 1 }
            var value = ""
            if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                let quote = scalars[index]
                index += 1
                while index < scalars.count, scalars[index] != quote {
                    value.unicodeScalars.append(scalars[index])
                    index += 1
                }
                index += 1
            } else {
                while index < scalars.count, !" \t\n\r\u{0C}>".unicodeScalars.contains(scalars[index]) {
                    value.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            return (name.lowercased(), value)
        }
    }
}

extension SafeHTML {
    /// Writes the kept elements, keeping them nested and closed.
    struct Writer {
        private static let inline: Set<String> = ["strong", "em", "a"]
        private static let lists: Set<String> = ["ul", "ol"]
        private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

        private var output = ""
        /// The open elements as written (a heading is written as `p` + `strong`, kept as "h").
        private var open: [String] = []

        mutating func take(_ token: Token) {
            switch token {
            case .text(let text): write(text)
            case .open(let name, let href): openElement(name, href: href)
            case .close(let name): closeElement(name)
            }
        }

        mutating func finish() -> String {
            while !open.isEmpty { pop() }
            return output
        }

        private mutating func write(_ raw: String) {
            let text = SafeHTML.decoded(raw).unicodeScalars.filter { scalar in
                !((scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value))
            }
            let cleaned = String(scalars: text)
            if cleaned.allSatisfy(\.isWhitespace) {
                // Whitespace between list items is not content; elsewhere one space keeps words apart.
                if let top = open.last, Self.lists.contains(top) { return }
                if !cleaned.isEmpty, !output.isEmpty, !output.hasSuffix(" ") { output += " " }
                return
            }
            if let top = open.last, Self.lists.contains(top) { push("li") }
            output += HTMLText.escaped(cleaned)
        }

        private mutating func openElement(_ name: String, href: String?) {
            switch name {
            case "p", "div", "section", "article", "blockquote", "table", "tr", "dl", "dd", "dt", "header", "footer":
                closeBlock()
                if name == "p" {
                    if let top = open.last, Self.lists.contains(top) { push("li") }
                    push("p")
                }
            case "br":
                output += "<br>"
            case "ul", "ol":
                closeInlineAndParagraph()
                if let top = open.last, Self.lists.contains(top) { push("li") }
                push(name)
            case "li":
                while let top = open.last, !Self.lists.contains(top) {
                    if top == "li" {
                        pop()
                        break
                    }
                    pop()
                }
                if open.last.map({ !Self.lists.contains($0) }) ?? true { push("ul") }
                push("li")
            case "b", "strong":
                startInline("strong")
            case "i", "em":
                startInline("em")
            case "a":
                if open.contains("a") { closeElement("a") }
                guard let href, let target = SafeHTML.linkTarget(href) else { return }
                if let top = open.last, Self.lists.contains(top) { push("li") }
                output += target.web
                    ? "<a href=\"\(HTMLText.escaped(target.href))\" rel=\"\(InkModifiers.externalRel)\">"
                    : "<a href=\"\(HTMLText.escaped(target.href))\">"
                open.append("a")
            case _ where Self.headings.contains(name):
                closeBlock()
                if let top = open.last, Self.lists.contains(top) { push("li") }
                push("p")
                output += "<strong>"
                open.append("h")
            default:
                break
            }
        }

        private mutating func closeElement(_ name: String) {
            let kept: String
            switch name {
            case "b", "strong": kept = "strong"
            case "i", "em": kept = "em"
            case "p", "ul", "ol", "li", "a": kept = name
            case "div", "section", "article", "blockquote", "table", "tr", "dl", "dd", "dt", "header", "footer":
                closeInlineAndParagraph()
                return
            case _ where Self.headings.contains(name): kept = "h"
            default: return
            }
            guard let position = open.lastIndex(of: kept) else { return }
            while open.count > position { pop() }
            if kept == "h", open.last == "p" { pop() }
        }

        private mutating func startInline(_ name: String) {
            if let top = open.last, Self.lists.contains(top) { push("li") }
            push(name)
        }

        /// Closes what a new block may not sit in: inline elements and an open paragraph.
        private mutating func closeInlineAndParagraph() {
            while let top = open.last, Self.inline.contains(top) || top == "h" || top == "p" { pop() }
        }

        private mutating func closeBlock() {
            closeInlineAndParagraph()
        }

        private mutating func push(_ name: String) {
            output += "<\(name)>"
            open.append(name)
        }

        private mutating func pop() {
            guard let name = open.popLast() else { return }
            output += name == "h" ? "</strong>" : "</\(name)>"
        }
    }

    /// A link target that may stay: `http:`, `https:` or `mailto:`, references decoded, spaces around it removed.
    static func linkTarget(_ written: String) -> (href: String, web: Bool)? {
        let target = decoded(written).trimmingCharacters(in: .whitespacesAndNewlines)
        switch LinkTarget.classify(target) {
        case .web?: return (target, true)
        case .mail?: return (target, false)
        default: return nil
        }
    }

    /// Text with character references decoded: those `HTMLText` knows and the named letters and signs Dutch and
    /// French texts use. An unknown name stays as written (and is escaped with the rest).
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(33).firstIndex(of: ";") else {
                result += "&"
                rest = after
                continue
            }
            let name = String(after[..<semicolon])
            let reference = "&" + name + ";"
            if let scalar = letterReferences[name] {
                result.unicodeScalars.append(scalar)
                rest = after[after.index(after: semicolon)...]
            } else if HTMLText.decodingReferences(reference) != reference {
                result += HTMLText.decodingReferences(reference)
                rest = after[after.index(after: semicolon)...]
            } else {
                result += "&"
                rest = after
            }
        }
        result += rest
        return result
    }

    private static let letterReferences: [String: Unicode.Scalar] = [
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "Eacute": "É", "Egrave": "È", "Euml": "Ë",
        "aacute": "á", "agrave": "à", "acirc": "â", "auml": "ä", "Agrave": "À", "Auml": "Ä",
        "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï", "Iuml": "Ï",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "Ouml": "Ö",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "Uuml": "Ü", "ccedil": "ç", "Ccedil": "Ç",
        "ntilde": "ñ", "szlig": "ß", "euro": "€", "hellip": "…", "ndash": "–", "mdash": "—", "lsquo": "‘",
        "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·",
        "deg": "°", "sect": "§", "copy": "©", "reg": "®", "trade": "™", "times": "×", "shy": "\u{AD}",
    ]
}
