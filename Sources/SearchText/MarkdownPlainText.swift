extension SearchText {
    /// The readable text of Markdown, for snippets and for the index. Simple, not a full parser: heading, quote and
    /// list markers, emphasis (`*`, `_` at a word's edge, `~~`), backticks, code fences, rules and table dividers
    /// go; a link keeps its text and loses its target; images, footnote markers, link definitions and HTML tags go
    /// entirely; an autolink (`<https://…>`) keeps its address; `\*` gives `*`; the common entities (`&amp;`, `&lt;`,
    /// `&gt;`, `&quot;`, `&#39;`, `&nbsp;`) are decoded. Lines stay lines; runs of blank lines become one.
    public static func plainText(fromMarkdown markdown: String) -> String {
        MarkdownPlainText(markdown).text
    }
}

struct MarkdownPlainText {
    private(set) var text = ""
    private var pendingBlank = false

    init(_ markdown: String) {
        var fence: Substring?
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil } else { add(String(line)) }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            if Self.isRule(trimmed) || Self.isTableDivider(trimmed) {
                add("")
                continue
            }
            if let footnote = Self.definitionText(trimmed) {
                add(footnote)
                continue
            }
            add(Self.inline(Self.withoutBlockMarkers(trimmed)))
        }
    }

    private mutating func add(_ line: String) {
        let line = Self.collapsingSpaces(line)
        guard !line.isEmpty else {
            pendingBlank = !text.isEmpty
            return
        }
        if !text.isEmpty { text.append(pendingBlank ? "\n\n" : "\n") }
        pendingBlank = false
        text.append(line)
    }

    /// "---", "***", "___" (three or more, spaces allowed) and Setext underlines ("===").
    private static func isRule(_ line: Substring) -> Bool {
        guard let lead = line.utf8.first, lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_")
            || lead == UInt8(ascii: "=")
        else { return false }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, "-*_=".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// "|---|:---:|".
    private static func isTableDivider(_ line: Substring) -> Bool {
        line.utf8.contains(UInt8(ascii: "|")) && line.utf8.contains(UInt8(ascii: "-"))
            && line.utf8.allSatisfy { "|-: \t".utf8.contains($0) }
    }

    /// For "[label]: https://…" an empty line; for a footnote "[^1]: text" its text; nil for other lines.
    private static func definitionText(_ line: Substring) -> String? {
        guard line.first == "[", let close = line.firstIndex(of: "]"), line[line.index(after: close)...].hasPrefix(":")
        else { return nil }
        let label = line[line.index(after: line.startIndex)..<close]
        guard !label.isEmpty, !label.contains("[") else { return nil }
        let rest = line[line.index(close, offsetBy: 2)...]
        return label.hasPrefix("^") ? inline(rest) : ""
    }

    /// Drops quote markers, a heading's hashes and list markers (with a task box) at the start of a line.
    private static func withoutBlockMarkers(_ line: Substring) -> Substring {
        var rest = line
        func dropSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" } }
        while rest.first == ">" {
            rest = rest.dropFirst()
            dropSpaces()
        }
        let hashes = rest.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), rest.count == hashes || rest.dropFirst(hashes).first == " " {
            rest = rest.dropFirst(hashes)
            dropSpaces()
            while rest.last == "#" || rest.last == " " { rest = rest.dropLast() }
            return rest
        }
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
            let after = rest.dropFirst(digits)
            if (1...9).contains(digits), let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
                rest = after.dropFirst(2)
            }
        }
        dropSpaces()
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(4) }
        return rest
    }

    private static let entities: [(name: [Unicode.Scalar], value: String)] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&nbsp;", " "),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// The characters inline Markdown gives a meaning to; a line without them is kept as it is.
    private static func hasMarkup(_ line: Substring) -> Bool {
        line.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "!"), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "*"),
                UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "_"), UInt8(ascii: "&"), UInt8(ascii: "|"):
                true
            default: false
            }
        }
    }

    private static func inline(_ line: Substring) -> String {
        hasMarkup(line) ? inline(Array(line.unicodeScalars)) : String(line)
    }

    /// The text of one line's inline Markdown.
    private static func inline(_ scalars: [Unicode.Scalar]) -> String {
        var output = String.UnicodeScalarView()
        var index = 0
        let count = scalars.count
        func next(_ offset: Int) -> Unicode.Scalar? { index + offset < count ? scalars[index + offset] : nil }
        while index < count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                if let escaped = next(1), escaped.isASCII, isPunctuation(escaped) {
                    output.append(escaped)
                    index += 2
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "!" where next(1) == "[":
                if let link = link(in: scalars, at: index + 1) {
                    index = link.end
                    // "tekst ![foto](a.png)." reads "tekst."
                    if output.last == " ", let following = next(0), isPunctuation(following) { output.removeLast() }
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "[":
                if let link = link(in: scalars, at: index) {
                    output.append(contentsOf: inline(link.label).unicodeScalars)
                    index = link.end
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "<":
                if let close = scalars[(index + 1)...].firstIndex(of: ">") {
                    let inner = scalars[(index + 1)..<close]
                    if isAutolink(inner) {
                        output.append(contentsOf: inner)
                        index = close + 1
                    } else if let first = inner.first, first.properties.isAlphabetic || first == "/" || first == "!" {
                        index = close + 1
                    } else {
                        output.append(scalar)
                        index += 1
                    }
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "*", "`":
                index += 1
            case "~" where next(1) == "~":
                index += 2
            case "_":
                if index > 0, let after = next(1), isWordCharacter(scalars[index - 1]), isWordCharacter(after) {
                    output.append(scalar)
                }
                index += 1
            case "&":
                let rest = scalars[index...]
                if let entity = entities.first(where: { rest.starts(with: $0.name) }) {
                    output.append(contentsOf: entity.value.unicodeScalars)
                    index += entity.name.count
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "|":
                output.append(" ")
                index += 1
            default:
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber: true
        default: false
        }
    }

    /// "[text](target)", "[text][label]" or "[^note]" starting at `start`: the text (empty for a footnote marker)
    /// and the index after it; nil when the brackets are not a link.
    private static func link(in scalars: [Unicode.Scalar], at start: Int) -> (label: [Unicode.Scalar], end: Int)? {
        guard let close = closing(in: scalars, from: start, open: "[", close: "]") else { return nil }
        let label = Array(scalars[(start + 1)..<close])
        if label.first == "^" { return ([], close + 1) }
        let after = close + 1
        guard after < scalars.count else { return nil }
        switch scalars[after] {
        case "(":
            guard let end = closing(in: scalars, from: after, open: "(", close: ")") else { return nil }
            return (label, end + 1)
        case "[":
            guard let end = closing(in: scalars, from: after, open: "[", close: "]") else { return nil }
            return (label, end + 1)
        default:
            return nil
        }
    }

    /// The index of the bracket that closes the one at `start`, skipping nested pairs and escaped characters.
    private static func closing(in scalars: [Unicode.Scalar], from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 0
        var index = start
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 1
            case open: depth += 1
            case close:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func isAutolink(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !inner.isEmpty, !inner.contains(where: { $0.properties.isWhitespace }) else { return false }
        let text = String(String.UnicodeScalarView(inner))
        return text.contains("://") || text.hasPrefix("mailto:") || (text.contains("@") && !text.hasPrefix("/"))
    }

    private static func collapsingSpaces(_ line: String) -> String {
        let bytes = line.utf8
        var needsWork = bytes.first == 0x20 || bytes.last == 0x20
        var previous: UInt8 = 0
        for byte in bytes where !needsWork {
            needsWork = byte == 0x09 || (byte == 0x20 && previous == 0x20)
            previous = byte
        }
        guard needsWork else { return line }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
