import SearchText
import Testing

/// The extract under a search result.
@Suite("Snippets")
struct SnippetTests {
    func render(_ parts: [SnippetPart]) -> String {
        parts.map { $0.highlighted ? "[\($0.text)]" : $0.text }.joined()
    }

    func snippet(_ text: String, _ query: String, length: Int = 220) -> String {
        render(Snippet.make(text: text, query: SearchText.query(query), length: length))
    }

    @Test func highlightsTheWordsAsWritten() {
        let text = "Gent renoveert Woningen. De woning van de Financiële dienst is gerenoveerd."
        #expect(snippet(text, "woningen financieel") == "Gent renoveert [Woningen]. De [woning] van de [Financiële] dienst is gerenoveerd.")
        #expect(snippet("Energiéën en energie", "energie") == "[Energiéën] en [energie]")
        #expect(snippet("Twee auto’s en een wagen.", "auto") == "Twee [auto’s] en een [wagen].")
    }

    @Test func highlightsCompoundsWholeAndPrefixMatches() {
        #expect(snippet("Het Klimaatplan van Sint-Niklaas.", "klimaat sint-niklaas") == "Het [Klimaatplan] van [Sint-Niklaas].")
        #expect(snippet("Het Klimaatplan van Sint-Niklaas.", "niklaas") == "Het Klimaatplan van Sint-[Niklaas].")
        #expect(snippet("Wij zijn e-inclusief.", "e-inclusie") == "Wij zijn [e-inclusief].")
    }

    @Test func partsAreMarkedExactly() {
        let parts = Snippet.make(text: "Fietsen in de stad", query: SearchText.query("fiets stad"))
        #expect(parts == [
            SnippetPart(text: "Fietsen", highlighted: true), SnippetPart(text: " in de ", highlighted: false),
            SnippetPart(text: "stad", highlighted: true),
        ])
    }

    @Test func picksTheWindowWithTheMostMatchesAndCutsBetweenWords() {
        let filler = String(repeating: "lorem ipsum dolor sit amet ", count: 20)
        let text = "Fiets aan het begin. " + filler + "Hier gaat het over fietsen, fietspaden en fietsers in de stad. " + filler
        let result = snippet(text, "fiets", length: 80)
        #expect(result.hasPrefix("…"))
        #expect(result.hasSuffix("…"))
        #expect(result.contains("[fietsen], [fietspaden] en [fietsers]"))
        #expect(!result.contains("[Fiets]"))
        // Whole words only: the text between the ellipses starts and ends with a complete word.
        let inner = result.dropFirst().dropLast()
        let words = Set(filler.split(separator: " ").map(String.init) + text.split(separator: " ").map(String.init))
        if let first = inner.split(separator: " ").first { #expect(words.contains(String(first)), "\(first)") }
        if let last = inner.split(separator: " ").last { #expect(words.contains(String(last)), "\(last)") }
        let shown = Snippet.make(text: text, query: SearchText.query("fiets"), length: 80).map(\.text).joined()
        #expect(shown.count <= 80 + 2)
        #expect(shown.count >= 60)
    }

    @Test func prefersAWindowWithMoreDifferentWords() {
        let filler = String(repeating: "x ", count: 100)
        let text = "fiets fiets fiets fiets " + filler + "fiets en stad " + filler
        let result = snippet(text, "fiets stad", length: 40)
        #expect(result.contains("[fiets] en [stad]"))
        #expect(result.hasPrefix("…"))
    }

    @Test func withoutAMatchGivesTheBeginning() {
        let text = "Het stadsbestuur wil de binnenstad autoluw maken en meer ruimte geven aan voetgangers."
        #expect(snippet(text, "zwembad", length: 40) == "Het stadsbestuur wil de binnenstad…")
        #expect(snippet("Kort.", "zwembad") == "Kort.")
        #expect(snippet(text, "", length: 30) == "Het stadsbestuur wil de…")
    }

    @Test func aMatchNearTheStartNeedsNoLeadingEllipsis() {
        let text = "Laadpalen in elke wijk: " + String(repeating: "meer tekst ", count: 40)
        let result = snippet(text, "laadpaal", length: 60)
        #expect(result.hasPrefix("[Laadpalen] in elke wijk: meer"))
        #expect(result.hasSuffix("…"))
    }

    @Test func aMatchAtTheEndNeedsNoTrailingEllipsis() {
        let text = String(repeating: "meer tekst ", count: 40) + "en tot slot de laadpalen."
        let result = snippet(text, "laadpaal", length: 60)
        #expect(result.hasPrefix("…"))
        #expect(result.hasSuffix("[laadpalen]."))
    }

    @Test func collapsesLineBreaks() {
        #expect(snippet("Titel\n\nDe  fietsen\tstaan hier.", "fiets") == "Titel De [fietsen] staan hier.")
    }

    @Test func aLongWordIsCutWhenNothingMatches() {
        let text = String(repeating: "a", count: 300)
        #expect(snippet(text, "fiets", length: 50) == String(repeating: "a", count: 50) + "…")
    }

    @Test func emptyTextGivesNothing() {
        #expect(Snippet.make(text: "", query: SearchText.query("fiets")) == [])
        #expect(Snippet.make(text: " \n ", query: SearchText.query("fiets")) == [])
    }

    @Test func markdownIsCleanedFirst() {
        let markdown = "## Premies\n\nLees de [**premies** voor renovatie](https://gent.be/premies) ![foto](a.png)."
        let text = SearchText.plainText(fromMarkdown: markdown)
        #expect(snippet(text, "premie") == "[Premies] Lees de [premies] voor renovatie.")
    }
}
