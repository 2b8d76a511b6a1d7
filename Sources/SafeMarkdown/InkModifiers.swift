import Ink

/// The Ink modifiers that rebuild every link, image, heading and code block from checked parts,
/// and show any raw HTML that reaches Ink as text.
enum InkModifiers {
    static let externalRel = "noopener noreferrer nofollow"

    static func all(options: SafeMarkdown.Options, declarations: [String: String]) -> [Modifier] {
        let imagePrefix = options.usableImagePrefix
        let offset = options.headingOffset
        return [
            Modifier(target: .html) { input in
                HTMLText.escapedKeepingReferences(input.markdown)
            },
            Modifier(target: .links) { input in
                guard let parts = RenderedLink(input, opening: "<a href=\"", declarations: declarations),
                    parts.html.hasSuffix("</a>")
                else {
                    return HTMLText.escapedKeepingReferences(input.markdown)
                }
                let inner = String(parts.html.dropLast(4))
                // A link without text shows its target, so it can still be seen and read aloud.
                let content = inner.isEmpty ? HTMLText.escaped(parts.target) : inner
                return anchor(to: parts.target, content: content) ?? inner
            },
            Modifier(target: .images) { input in
                guard let parts = RenderedLink(input, opening: "<img src=\"", declarations: declarations) else {
                    return HTMLText.escapedKeepingReferences(input.markdown)
                }
                let description = imageDescription(parts.html)
                if LinkTarget.isAllowedImage(parts.target, prefix: imagePrefix) {
                    return "<img src=\"\(HTMLText.escaped(parts.target))\" alt=\"\(description)\" loading=\"lazy\">"
                }
                let text = description.isEmpty ? HTMLText.escaped(parts.target) : description
                return anchor(to: parts.target, content: text) ?? description
            },
            Modifier(target: .headings) { input in
                shiftedHeading(input.html, by: offset)
            },
            Modifier(target: .codeBlocks) { input in
                cleanedCodeBlock(input.html, markdown: input.markdown)
            },
        ]
    }

    /// `<a>` around `content` when `target` may be linked to, with `rel` for other sites; else `nil`.
    static func anchor(to target: String, content: String) -> String? {
        switch LinkTarget.classify(target) {
        case .web?: "<a href=\"\(HTMLText.escaped(target))\" rel=\"\(externalRel)\">\(content)</a>"
        case .site?, .mail?: "<a href=\"\(HTMLText.escaped(target))\">\(content)</a>"
        case nil: nil
        }
    }

    /// The escaped text of Ink's `alt` part (`/>` or ` alt="…"/>`), with any tags in it removed.
    private static func imageDescription(_ rest: String) -> String {
        guard rest.hasPrefix(" alt=\""), rest.hasSuffix("\"/>") else { return "" }
        return HTMLText.textOnly(fromSafeHTML: String(rest.dropFirst(6).dropLast(3)))
    }

    /// `<hN>…</hN>` as `<hM>…</hM>` with M = N + offset, at most 6.
    private static func shiftedHeading(_ html: String, by offset: Int) -> String {
        let scalars = Array(html.unicodeScalars)
        guard scalars.count >= 9, scalars[0] == "<", scalars[1] == "h", scalars[3] == ">",
            let level = Int(String(scalars[2])), (1...6).contains(level), html.hasSuffix("</h\(level)>")
        else { return html }
        let shifted = min(max(level + offset, 1), 6)
        let body = String(scalars: scalars[4..<(scalars.count - 5)])
        return "<h\(shifted)>\(body)</h\(shifted)>"
    }

    /// Ink writes the language after the fence as a class unescaped; keep it only when it is a plain word.
    private static func cleanedCodeBlock(_ html: String, markdown: Substring) -> String {
        let firstLine = markdown.drop { $0 == "`" }.prefix { $0 != "\n" }
        let language = firstLine.trimmingSpaces
        let opening = language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(language)\">"
        guard html.hasPrefix(opening), html.hasSuffix("</code></pre>") else {
            return "<p>" + HTMLText.escapedKeepingReferences(markdown) + "</p>"
        }
        let code = html.dropFirst(opening.count).dropLast("</code></pre>".count)
        let keepsLanguage =
            !language.isEmpty && language.count <= 40
            && language.unicodeScalars.allSatisfy { HTMLAllowlist.isLanguageNameScalar($0) }
        return (keepsLanguage ? "<pre><code class=\"language-\(language)\">" : "<pre><code>") + code + "</code></pre>"
    }
}

/// The parts of Ink's `<a href="TARGET">…` or `<img src="TARGET"…`: the target as written is found from the raw
/// Markdown (`[text](target)` or `[text][name]` with the noted definitions) and must match Ink's output exactly.
struct RenderedLink {
    /// The target, decoded and cleaned, ready to check.
    let target: String
    /// Ink's output after the opening `"`-quoted target and its closing `">` (for links) or `"` (for images).
    let html: String

    init?(_ input: Modifier.Input, opening: String, declarations: [String: String]) {
        let linkClose = opening.hasPrefix("<a") ? "\">" : "\""
        for written in Self.writtenTargets(input.markdown, declarations: declarations) {
            let prefix = opening + written + linkClose
            if input.html.hasPrefix(prefix) {
                target = LinkTarget.cleaned(written)
                html = String(input.html.dropFirst(prefix.count))
                return
            }
        }
        return nil
    }

    /// The targets Ink may have used for this raw link, most likely first.
    private static func writtenTargets(_ markdown: Substring, declarations: [String: String]) -> [String] {
        var candidates: [String] = []
        if markdown.last == ")" {
            // Ink reads the target up to the `)` that balances the `(` after `]`.
            var balance = 0
            var index = markdown.index(before: markdown.endIndex)
            while index > markdown.startIndex {
                index = markdown.index(before: index)
                let character = markdown[index]
                if character == ")" { balance += 1 }
                if character == "(" {
                    if balance == 0 {
                        let target = markdown[markdown.index(after: index)..<markdown.index(before: markdown.endIndex)]
                        candidates.append(String(target))
                        break
                    }
                    balance -= 1
                }
            }
        }
        if markdown.last == "]" {
            // `[text][name]`: the name follows one of the `][` pairs.
            var index = markdown.startIndex
            while let pair = markdown[index...].firstRange(of: "][") {
                let name = markdown[pair.upperBound..<markdown.index(before: markdown.endIndex)]
                if let declared = declarations[name.lowercased()] { candidates.append(declared) }
                candidates.append(String(name))
                index = markdown.index(after: pair.lowerBound)
            }
        }
        return candidates
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        var text = self.drop { $0.isWhitespace }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
