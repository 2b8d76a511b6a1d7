import Foundation
import Ink

/// Markdown written by city staff, turned into HTML in which nothing raw passes through.
///
/// The rules, in short:
/// - Raw HTML (block tags, inline tags, comments) is never kept: it is shown as text, so `<b>` reads as "<b>".
/// - A link keeps its target only for `http:`, `https:`, `mailto:` or a site path starting with one `/`. Any other
///   target (`javascript:`, `data:`, `//host`, hidden or encoded schemes, …) leaves just the link text.
///   Links to other sites get `rel="noopener noreferrer nofollow"`.
/// - An image is shown only from a site path under `Options.imagePathPrefix`; any other image becomes a link to it
///   (when the link is allowed) or its description as text.
/// - Headings move down by `Options.headingOffset`, so a body's `#` becomes `<h2>` by default.
/// - Tables, lists, code, quotes and emphasis stay.
/// - After Ink renders, an allowlist checker reads every tag and attribute of the result. If anything is not on the
///   list, the whole text is shown escaped, in plain paragraphs.
public enum SafeMarkdown {
    /// Renders Markdown to HTML that passes `passesAllowlist(_:options:)`.
    public static func html(_ markdown: String, options: Options = Options()) -> String {
        let text = MarkdownText.normalised(markdown)
        guard text.count <= options.maximumCharacters else {
            return HTMLText.escapedParagraphs(text)
        }
        let prepared = MarkdownPreparation(text)
        guard !prepared.isTooComplex else {
            return HTMLText.escapedParagraphs(text)
        }
        let parser = MarkdownParser(modifiers: InkModifiers.all(options: options, declarations: prepared.declarations))
        let rendered = parser.html(from: prepared.text)
        guard HTMLAllowlist(options: options).accepts(rendered) else {
            return HTMLText.escapedParagraphs(text)
        }
        return rendered
    }

    /// The text of the Markdown without any markup: blocks on their own lines, entities decoded.
    /// Meant for search indexes, excerpts and e-mail text, not for HTML (escape it again there).
    public static func plainText(_ markdown: String) -> String {
        HTMLText.plainText(fromSafeHTML: html(markdown, options: Options(headingOffset: 0)))
    }

    /// Whether `html` uses only the tags, attributes and values this module writes, with every link and image
    /// target allowed by `options`, and every element closed in order.
    public static func passesAllowlist(_ html: String, options: Options = Options()) -> Bool {
        HTMLAllowlist(options: options).accepts(html)
    }
}
