import Foundation
import SafeMarkdown
import Testing

/// HTML from the LPDC catalogue is cleaned to a short allow-list: the structure stays, nothing dangerous does.
@Suite("Safe HTML")
struct SafeHTMLTests {
    func clean(_ html: String) -> String {
        let result = SafeHTML.clean(html)
        #expect(SafeMarkdown.passesAllowlist(result), "not on the allow-list: \(result)")
        return result
    }

    // MARK: what stays

    @Test func paragraphsListsAndEmphasisStay() {
        #expect(clean("<p>Een <strong>sterke</strong> en <em>zachte</em> zin.</p>")
            == "<p>Een <strong>sterke</strong> en <em>zachte</em> zin.</p>")
        #expect(clean("<ul><li>Gent</li><li>Brugge</li></ul><ol><li>een</li></ol>")
            == "<ul><li>Gent</li><li>Brugge</li></ul><ol><li>een</li></ol>")
        #expect(clean("regel<br>regel<br/>regel") == "regel<br>regel<br>regel")
    }

    @Test func boldItalicAndHeadingsAreRewritten() {
        #expect(clean("<b>vet</b> <i>schuin</i>") == "<strong>vet</strong> <em>schuin</em>")
        #expect(clean("<h3>Wie?</h3><p>Iedereen.</p>") == "<p><strong>Wie?</strong></p><p>Iedereen.</p>")
        #expect(clean("<h4>Kort</h4>") == "<p><strong>Kort</strong></p>")
    }

    @Test func webAndMailLinksStayWithoutTheirOtherAttributes() {
        #expect(clean(#"<a href="https://www.vlaanderen.be/x?a=1&amp;b=2" target="_blank" class="k">hier</a>"#)
            == #"<a href="https://www.vlaanderen.be/x?a=1&amp;b=2" rel="noopener noreferrer nofollow">hier</a>"#)
        #expect(clean("<a href='mailto:ocmw@example.be'>mail ons</a>") == #"<a href="mailto:ocmw@example.be">mail ons</a>"#)
    }

    @Test func nestedListsStayNested() {
        let html = "<ul><li>een<ul><li>een.a</li><li>een.b</li></ul></li><li>twee</li></ul>"
        #expect(clean(html) == html)
        // An item left open is closed by the next one; the inner list is closed with its outer one.
        #expect(clean("<ul><li>een<ul><li>binnen</ul><li>twee</ul>")
            == "<ul><li>een<ul><li>binnen</li></ul></li><li>twee</li></ul>")
    }

    // MARK: what goes

    @Test func scriptsAndStylesGoWithTheirContent() {
        #expect(clean("<p>Hallo<script>alert('x')</script> wereld</p>") == "<p>Hallo wereld</p>")
        #expect(clean("<style>p{color:red}</style><p>tekst</p>") == "<p>tekst</p>")
        #expect(clean("<SCRIPT src=x>alert(1)</SCRIPT >rest") == "rest")
        #expect(clean("<script>nooit gesloten") == "")
    }

    @Test func eventHandlersAndOtherAttributesAreDropped() {
        #expect(clean(#"<p onclick="steel()" data-indentation-level="0">tekst</p>"#) == "<p>tekst</p>")
        #expect(clean(#"<img src=x onerror="alert(1)">na"#) == "na")
        #expect(clean(#"<span style="x">binnen</span>"#) == "binnen")
    }

    @Test func javascriptAndOtherUnsafeTargetsLeaveOnlyTheText() {
        #expect(clean(#"<a href="javascript:alert(1)">klik</a>"#) == "klik")
        #expect(clean(#"<a href="java&#x09;script:alert(1)">klik</a>"#) == "klik")
        #expect(clean(#"<a href="javascript&colon;alert(1)">klik</a>"#) == "klik")
        #expect(clean(#"<a href="data:text/html,x">klik</a>"#) == "klik")
        #expect(clean(#"<a href="//elders.example">klik</a>"#) == "klik")
        #expect(clean(#"<a>zonder doel</a>"#) == "zonder doel")
    }

    @Test func unknownTagsKeepTheirTextEscaped() {
        #expect(clean("<div><span>a &lt;b&gt; c</span></div>") == "a &lt;b&gt; c")
        #expect(clean("<table><tr><td>cel</td></tr></table>") == "cel")
        #expect(clean("5 < 6 en 7 > 3") == "5 &lt; 6 en 7 &gt; 3")
        #expect(clean("<!-- commentaar --><p>ja</p><?xml x?><!DOCTYPE html>") == "<p>ja</p>")
    }

    @Test func unclosedAndStrayTagsAreBalanced() {
        #expect(clean("<p>een<p>twee") == "<p>een</p><p>twee</p>")
        #expect(clean("<strong>vet zonder einde") == "<strong>vet zonder einde</strong>")
        #expect(clean("tekst</em></p></ul>") == "tekst")
        #expect(clean("<p><strong>a</p>b") == "<p><strong>a</strong></p>b")
        #expect(clean("<ul>los<strong>vet</strong></ul>") == "<ul><li>los<strong>vet</strong></li></ul>")
        #expect(clean("<p>half <a href=\"https://x.be") == "<p>half </p>")
    }

    @Test func entitiesAreDecodedAndWrittenSafely() {
        #expect(clean("<p>caf&eacute; &amp; cr&egrave;me &euro;&nbsp;5 &#233; &#x41; &onbekend;</p>")
            == "<p>café &amp; crème €\u{A0}5 é A &amp;onbekend;</p>")
        #expect(clean("&lt;script&gt;alert(1)&lt;/script&gt;") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(clean("l'avenir \"quote\"") == "l&#39;avenir &quot;quote&quot;")
    }

    @Test func controlCharactersAreLeftOut() {
        #expect(clean("a\u{0}b\u{7}c\u{85}d\r\ne") == "abcd\ne")
    }

    @Test func plainTextHasNoMarkup() {
        #expect(SafeHTML.plainText("<p>Een</p><ul><li>twee &amp; drie</li></ul><script>x</script>") == "Een\ntwee & drie")
    }

    // MARK: the real descriptions

    @Test func theLPDCFixtureDescriptionsAreCleanedAndKeepTheirWords() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("AppTests/Fixtures/lpdc")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.contains("snapshot-page") }
        try #require(!files.isEmpty, "no LPDC pages in \(folder.path)")
        var texts: [String] = []
        func collect(_ value: Any) {
            if let text = value as? String, text.contains("<") { texts.append(text) }
            if let list = value as? [Any] { list.forEach(collect) }
            if let object = value as? [String: Any] { object.values.forEach(collect) }
        }
        for file in files { collect(try JSONSerialization.jsonObject(with: Data(contentsOf: file))) }
        #expect(texts.count > 20)
        for text in texts {
            let result = clean(text)
            #expect(!result.contains("data-indentation-level"))
            // Every word of the text survives.
            let bare = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            let words = bare.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation || $0.isSymbol })
            let kept = SafeHTML.plainText(result)
            for word in words.prefix(20) { #expect(kept.contains(word), "lost ‘\(word)’ of \(text)") }
        }
        #expect(clean("<p>De akte vermeldt:</p><ul><li>de naam</li><li>de basis</li></ul><h3>Wie?</h3><p>U.</p>")
            == "<p>De akte vermeldt:</p><ul><li>de naam</li><li>de basis</li></ul><p><strong>Wie?</strong></p><p>U.</p>")
    }
}
