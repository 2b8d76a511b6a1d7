/// Escaping, character references and the plain-text fallbacks.
enum HTMLText {
    /// Text made safe for element content and double-quoted attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Like `escaped(_:)`, but a `&` that already starts a character reference is kept.
    /// Used for text that went through `MarkdownPreparation`, where every `&` left is a reference.
    static func escapedKeepingReferences(_ text: Substring) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = [Unicode.Scalar]()
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "&" where entityLength(in: scalars[offset...]) != nil: result.append(scalar)
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(scalars: result)
    }

    /// The length of the character reference at the start of `scalars` (`&amp;`, `&#233;`, `&#xE9;`), or `nil`.
    static func entityLength(in scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = scalars.startIndex
        guard index < scalars.endIndex, scalars[index] == "&" else { return nil }
        index += 1
        guard index < scalars.endIndex else { return nil }
        let body: (Unicode.Scalar) -> Bool
        let maximum: Int
        if scalars[index] == "#" {
            index += 1
            if index < scalars.endIndex, scalars[index] == "x" || scalars[index] == "X" {
                index += 1
                body = { $0.properties.isASCIIHexDigit }
                maximum = 6
            } else {
                body = { ("0"..."9").contains($0) }
                maximum = 7
            }
        } else {
            guard isASCIILetter(scalars[index]) else { return nil }
            body = { isASCIILetter($0) || ("0"..."9").contains($0) }
            maximum = 32
        }
        let bodyStart = index
        while index < scalars.endIndex, index - bodyStart < maximum, body(scalars[index]) { index += 1 }
        guard index > bodyStart, index < scalars.endIndex, scalars[index] == ";" else { return nil }
        return index + 1 - scalars.startIndex
    }

    /// Text with character references decoded: numeric ones and the few names HTML writers use
    /// (`amp lt gt quot apos nbsp colon tab newline sol`). Unknown names stay as written.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = [Unicode.Scalar]()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let length = entityLength(in: scalars[index...]),
                let decoded = decodedReference(String(scalars: scalars[(index + 1)..<(index + length - 1)]))
            {
                result.append(decoded)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(scalars: result)
    }

    private static let namedReferences: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "colon": ":", "Tab": "\t", "NewLine": "\n", "sol": "/", "period": ".", "lpar": "(", "rpar": ")",
    ]

    private static func decodedReference(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).map { Unicode.Scalar($0) ?? "\u{FFFD}" }
        }
        return namedReferences[body]
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// The fallback rendering: the text escaped, blank lines between paragraphs, other line ends as `<br>`.
    static func escapedParagraphs(_ text: String) -> String {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func close() {
            if !current.isEmpty {
                paragraphs.append("<p>" + current.map { escaped(String($0)) }.joined(separator: "<br>") + "</p>")
            }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { close() } else { current.append(line) }
        }
        close()
        return paragraphs.joined(separator: "\n")
    }

    /// Safe HTML (as this module writes it) back to text: tags dropped, blocks on separate lines, cells separated
    /// by a space, references decoded, runs of spaces collapsed.
    static func plainText(fromSafeHTML html: String) -> String {
        let blockEnds: Set<String> = [
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "pre", "blockquote", "br", "hr", "table", "ul", "ol",
        ]
        var lines: [String] = []
        var current = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                if blockEnds.contains(name) {
                    lines.append(current)
                    current = ""
                } else if name == "td" || name == "th" {
                    current += " "
                }
                index = html.index(after: close)
            } else {
                current.append(html[index])
                index = html.index(after: index)
            }
        }
        lines.append(current)
        return lines.map { line in
            decodingReferences(line)
                .split(whereSeparator: { $0.isWhitespace })
                .joined(separator: " ")
        }
        .filter { !$0.isEmpty }
        .joined(separator: "\n")
    }

    /// Safe HTML reduced to its text, still escaped: used for an image's description.
    static func textOnly(fromSafeHTML html: String) -> String {
        var result = ""
        var insideTag = false
        for character in html {
            switch character {
            case "<": insideTag = true
            case ">" where insideTag: insideTag = false
            default: if !insideTag { result.append(character) }
            }
        }
        return escapedKeepingReferences(Substring(result))
    }
}
