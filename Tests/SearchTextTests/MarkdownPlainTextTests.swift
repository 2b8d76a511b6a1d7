import SearchText
import Testing

/// Markdown to readable plain text.
@Suite("Markdown to plain text")
struct MarkdownPlainTextTests {
    func plain(_ markdown: String) -> String { SearchText.plainText(fromMarkdown: markdown) }

    @Test func dropsBlockMarkers() {
        #expect(plain("# Titel\n\n## Tweede #\n> citaat\n> > dieper") == "Titel\n\nTweede\ncitaat\ndieper")
        #expect(plain("- een\n* twee\n+ drie\n1. vier\n12) vijf\n- [x] klaar\n- [ ] open") == "een\ntwee\ndrie\nvier\nvijf\nklaar\nopen")
        #expect(plain("Boven\n\n---\n\nOnder") == "Boven\n\nOnder")
        #expect(plain("Kop\n===\ntekst") == "Kop\n\ntekst")
        #expect(plain("#hashtag blijft") == "#hashtag blijft")
    }

    @Test func dropsEmphasisAndCode() {
        #expect(plain("**vet**, *schuin*, __ook vet__, _schuin_ en ~~weg~~") == "vet, schuin, ook vet, schuin en weg")
        #expect(plain("de code `vp2506_elek_res_n` en snake_case") == "de code vp2506_elek_res_n en snake_case")
        #expect(plain("```swift\nlet x = 1\n```\nna") == "let x = 1\nna")
        #expect(plain("\\*geen nadruk\\*") == "*geen nadruk*")
    }

    @Test func keepsLinkTextAndDropsTargetsAndImages() {
        #expect(plain("Zie [de premies](https://gent.be/premies \"titel\") hier.") == "Zie de premies hier.")
        #expect(plain("Zie [het plan][plan].\n\n[plan]: https://gent.be/plan") == "Zie het plan.")
        #expect(plain("![Een foto](foto.png) Tekst") == "Tekst")
        #expect(plain("[![logo](logo.png) Stad Gent](https://gent.be)") == "Stad Gent")
        #expect(plain("Link [met (haakjes)](https://x.be/a_(b)) klopt") == "Link met (haakjes) klopt")
        #expect(plain("Gewone [haakjes] blijven") == "Gewone [haakjes] blijven")
    }

    @Test func footnotesKeepTheirTextNotTheirMarkers() {
        #expect(plain("Zoals gemeld[^1].\n\n[^1]: Bron: *Stad in cijfers*.") == "Zoals gemeld.\n\nBron: Stad in cijfers.")
    }

    @Test func htmlAndEntities() {
        #expect(plain("een<br>twee <span class=\"x\">drie</span>") == "eentwee drie")
        #expect(plain("Mail <info@gent.be> of <https://gent.be>") == "Mail info@gent.be of https://gent.be")
        #expect(plain("A &amp; B &lt;3&gt; &quot;c&quot; &#39;d&#39; &copy;") == "A & B <3> \"c\" 'd' &copy;")
        #expect(plain("5 < 6 en 7 > 3") == "5 < 6 en 7 > 3")
    }

    @Test func tablesBecomeWords() {
        #expect(plain("| Stad | Inwoners |\n|---|---:|\n| Gent | 265.000 |") == "Stad Inwoners\n\nGent 265.000")
    }

    @Test func plainTextPassesThrough() {
        #expect(plain("Gewone tekst, met komma's.\nTweede regel.") == "Gewone tekst, met komma's.\nTweede regel.")
        #expect(plain("") == "")
        #expect(plain("\n\n\nA\n\n\n\nB\n\n") == "A\n\nB")
    }
}
