import Foundation
import SafeMarkdown
import Testing

/// Staff Markdown renders as expected, and nothing raw or dangerous gets through.
@Suite("Safe Markdown")
struct SafeMarkdownTests {
    let options = SafeMarkdown.Options(imagePathPrefix: "/kennis/bestanden/")

    func html(_ markdown: String) -> String {
        SafeMarkdown.html(markdown, options: options)
    }

    // MARK: normal input

    @Test func headingsStartAtLevelTwo() {
        #expect(html("# Klimaat\n\n## Aanpak\n\n###### Diep") == "<h2>Klimaat</h2><h3>Aanpak</h3><h6>Diep</h6>")
        #expect(SafeMarkdown.html("# Klimaat", options: .init(headingOffset: 0)) == "<h1>Klimaat</h1>")
        #expect(SafeMarkdown.html("### Klimaat", options: .init(headingOffset: 9)) == "<h6>Klimaat</h6>")
    }

    @Test func paragraphsListsAndEmphasis() {
        let markdown = "Een **sterke** en *zachte* zin met ~~oud~~.\n\n- Gent\n- Brugge\n\n3. drie\n4. vier"
        #expect(
            html(markdown)
                == "<p>Een <strong>sterke</strong> en <em>zachte</em> zin met <s>oud</s>.</p>"
                + "<ul><li>Gent</li><li>Brugge</li></ul><ol start=\"3\"><li>drie</li><li>vier</li></ol>"
        )
    }

    @Test func linksKeepTheirTargetAndExternalOnesGetRel() {
        #expect(
            html("Zie [de gids](/kennis/gids), [VVSG](https://www.vvsg.be/a?b=1&c=2) of [mail](mailto:info@stad.be).")
                == "<p>Zie <a href=\"/kennis/gids\">de gids</a>, "
                + "<a href=\"https://www.vvsg.be/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">VVSG</a> of "
                + "<a href=\"mailto:info@stad.be\">mail</a>.</p>"
        )
        #expect(
            html("[Gids][g]\n\n[g]: /kennis/gids") == "<p><a href=\"/kennis/gids\">Gids</a></p>"
        )
        #expect(html("[](/kennis/gids)") == "<p><a href=\"/kennis/gids\">/kennis/gids</a></p>")
        #expect(
            html("<https://example.org/a_b_c>")
                == "<p><a href=\"https://example.org/a_b_c\" rel=\"noopener noreferrer nofollow\">"
                + "https://example.org/a_b_c</a></p>"
        )
    }

    @Test func tablesKeepTheirAlignment() {
        #expect(
            html("| Stad | Score |\n|---|--:|\n| Gent | 3,5 |")
                == "<table><thead><tr><th>Stad</th><th align=\"right\">Score</th></tr></thead>"
                + "<tbody><tr><td>Gent</td><td align=\"right\">3,5</td></tr></tbody></table>"
        )
    }

    @Test func codeIsEscaped() {
        #expect(
            html("```swift\nif a < b && c > d { print(\"<b>\") }\n```")
                == "<pre><code class=\"language-swift\">if a &lt; b &amp;&amp; c &gt; d { print(\"&lt;b&gt;\") }\n"
                + "</code></pre>"
        )
        #expect(html("Gebruik `<br>` niet.") == "<p>Gebruik <code>&lt;br&gt;</code> niet.</p>")
        // A language that is not a plain word is dropped rather than written into the class.
        #expect(html("```x\" onclick=\"y\ncode\n```") == "<pre><code>code\n</code></pre>")
    }

    @Test func quotesAndLineBreaks() {
        #expect(
            html("> Een citaat\n> over twee regels") == "<blockquote><p>Een citaat over twee regels</p></blockquote>")
        #expect(html("regel een  \nregel twee") == "<p>regel een<br>regel twee</p>")
    }

    @Test func imagesOnlyFromTheAllowedFolder() {
        #expect(
            html("![Kaart van Gent](/kennis/bestanden/kaart.png)")
                == "<img src=\"/kennis/bestanden/kaart.png\" alt=\"Kaart van Gent\" loading=\"lazy\">"
        )
        // Elsewhere: a link to the image, not the image.
        #expect(
            html("![pixel](https://evil.example/x.png)")
                == "<a href=\"https://evil.example/x.png\" rel=\"noopener noreferrer nofollow\">pixel</a>"
        )
        #expect(
            html("![terug](/kennis/bestanden/../admin.png)") == "<a href=\"/kennis/bestanden/../admin.png\">terug</a>")
        #expect(html("![raar](/kennis/bestanden/%2e%2e/x.png)").contains("<img") == false)
        // Without a prefix in the options no image is shown at all.
        #expect(SafeMarkdown.html("![k](/kennis/bestanden/k.png)") == "<a href=\"/kennis/bestanden/k.png\">k</a>")
        // Markup in the description is reduced to text.
        #expect(
            html("![een *mooie* \"kaart\" [link](/x)](/kennis/bestanden/k.png)")
                == "<img src=\"/kennis/bestanden/k.png\" alt=\"een mooie &quot;kaart&quot; link\" loading=\"lazy\">"
        )
    }

    @Test func plainTextDropsAllMarkup() {
        let markdown = "# Titel\n\nTekst met **vet** en [een link](/a) &amp; meer.\n\n- een\n- twee\n\n<b>vet</b>"
        #expect(SafeMarkdown.plainText(markdown) == "Titel\nTekst met vet en een link & meer.\neen\ntwee\n<b>vet</b>")
    }

    // MARK: hostile input

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">klik</a>",
        "\"><svg onload=alert(1)>",
        "<!-- verborgen --> zichtbaar",
        "<style>body { display: none }</style>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "Tekst <b onmouseover=alert(1)>vet</b>",
        "&<img/src=x/onerror=alert(1)>;",
        "<p>alinea</p><p style=\"x\">",
        "<a title=\"[x](javascript:alert(1))\">",
    ])
    func rawHTMLIsShownAsText(_ markdown: String) {
        let output = html(markdown)
        #expect(!output.contains("<script"))
        #expect(!output.contains("<img"))
        #expect(!output.contains("<iframe"))
        #expect(!output.contains("<svg"))
        #expect(!output.contains("<style"))
        #expect(!output.contains("<div"))
        #expect(!output.contains("<!--"))
        #expect(!output.contains("<a "))
        #expect(output.contains("&lt;"))
        #expect(SafeMarkdown.passesAllowlist(output, options: options))
    }

    @Test func rawHTMLReadsAsWritten() {
        #expect(html("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        #expect(html("\"><svg onload=alert(1)>") == "<p>\"&gt;&lt;svg onload=alert(1)&gt;</p>")
        #expect(html("<!-- nota --> tekst") == "<p>&lt;!-- nota --&gt; tekst</p>")
    }

    @Test(arguments: [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java\u{0}script:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](java\u{200B}script:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](file:///etc/passwd)",
        "[x](//evil.example/pad)",
        "[x](/\\evil.example)",
        "[x](https:evil.example)",
        "[x](relatief/pad)",
        "[x](https://example.org/\" onmouseover=\"alert(1))",
        "[x](https://example.org/\u{202E}gpj.exe)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "![x](javascript:alert(1))",
    ])
    func unsafeLinkTargetsLeaveOnlyTheText(_ markdown: String) {
        let output = html(markdown)
        #expect(!output.contains("<a"))
        #expect(!output.contains("<img"))
        #expect(output.contains("x"))
        #expect(SafeMarkdown.passesAllowlist(output, options: options))
    }

    @Test func javascriptLinkBecomesPlainText() {
        #expect(html("[klik hier](javascript:alert(1))") == "<p>klik hier</p>")
    }

    @Test func nestedBracketsStayText() {
        #expect(html("[[[[x]]]]") == "<p>[[[[x]]]]</p>")
        #expect(html("[a [b](/c) d](/e)").contains("<a href=\"/c\">b</a>"))
        // Very deep nesting is not handed to the parser at all: the text comes back escaped.
        let deep = String(repeating: "[", count: 5_000) + "x" + String(repeating: "]", count: 5_000)
        #expect(html(deep) == "<p>" + deep + "</p>")
    }

    @Test func longInputRendersInTime() {
        let block =
            "## Kop\n\nEen alinea met een [link](https://example.org/?a=1&b=2), `code <x>` en *nadruk*.\n\n"
            + "- punt\n- <b>punt</b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nx < y\n```\n\n"
        let markdown = String(repeating: block, count: 200_000 / block.utf8.count + 1)
        #expect(markdown.utf8.count > 200_000)
        let start = Date()
        let output = html(markdown)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(output.hasPrefix("<h3>Kop</h3><p>Een alinea met een <a href=\"https://example.org/?a=1&amp;b=2\""))
        #expect(SafeMarkdown.passesAllowlist(output, options: options))
    }

    @Test(arguments: [
        String(repeating: "<a ", count: 70_000),
        String(repeating: "&", count: 200_000),
        String(repeating: "[a ", count: 70_000),
        String(repeating: "[a](", count: 50_000),
        String(repeating: "|", count: 50_000) + "\n" + String(repeating: "|a\n", count: 50_000),
        String(repeating: "*_~", count: 70_000),
        String(repeating: "`a ", count: 70_000),
    ])
    func hostileLongInputRendersWithoutCrashing(_ markdown: String) {
        let start = Date()
        let output = html(markdown)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(output.hasPrefix("<"))
        #expect(SafeMarkdown.passesAllowlist(output, options: options))
    }

    @Test func inputAboveTheLimitIsEscapedText() {
        let small = SafeMarkdown.Options(maximumCharacters: 10)
        #expect(SafeMarkdown.html("# Een **lange** tekst", options: small) == "<p># Een **lange** tekst</p>")
    }

    // MARK: the allowlist checker

    @Test func checkerAcceptsWhatTheRendererWrites() {
        #expect(SafeMarkdown.passesAllowlist("<h2>Kop</h2><p>a &amp; b<br>c</p><ul><li>x</li></ul>"))
        #expect(
            SafeMarkdown.passesAllowlist("<p><a href=\"https://x.org\" rel=\"noopener noreferrer nofollow\">x</a></p>"))
        #expect(
            SafeMarkdown.passesAllowlist(
                "<img src=\"/kennis/bestanden/a.png\" alt=\"\" loading=\"lazy\">", options: options)
        )
    }

    @Test(arguments: [
        "<p onclick=\"x()\">a</p>",
        "<p>a",
        "<p>a</em>",
        "<b>a</b>",
        "<a href=\"https://x.org\">zonder rel</a>",
        "<a href=\"jav&#x61;script:x\">a</a>",
        "<a href=\"javascript:x\">a</a>",
        "<a href='/x'>a</a>",
        "<a href=/x>a</a>",
        "<a href=\"/x\" href=\"/y\">a</a>",
        "<img src=\"/kennis/bestanden/a.png\" alt=\"a\" onerror=\"x\">",
        "<img src=\"https://x.org/a.png\" alt=\"a\">",
        "<code class=\"x y\">a</code>",
        "<!-- x -->",
        "<p>a & b</p>",
        "<p>\u{1B}</p>",
        "<SCRIPT>x</SCRIPT>",
        "<p >a</p>",
    ])
    func checkerRefusesAnythingElse(_ fragment: String) {
        #expect(!SafeMarkdown.passesAllowlist(fragment, options: options))
    }
}
