import SearchText
import Testing

/// Splitting into words, with ranges that point at the original text.
@Suite("Tokens")
struct TokenizerTests {
    func words(_ text: String) -> [String] { SearchText.tokens(text).map(\.folded) }

    func originals(_ text: String) -> [String] { SearchText.tokens(text).map { String(text[$0.range]) } }

    @Test func splitsOnPunctuationAndKeepsLettersWithDigits() {
        #expect(words("Het LEKP1-pact (2025): 12,5% minder CO2.") == ["het", "lekp1", "pact", "lekp1pact", "2025", "12", "5", "minder", "co2"])
        #expect(words("www.gent.be/klimaat?x=1") == ["www", "gent", "be", "klimaat", "x", "1"])
        #expect(words("") == [])
        #expect(words(" — … ") == [])
    }

    @Test func keepsAnApostropheSWithTheWord() {
        #expect(words("De auto's en foto’s van Jan") == ["de", "auto's", "en", "foto's", "van", "jan"])
        #expect(originals("foto’s") == ["foto’s"])
        // Not an ending: the apostrophe separates.
        #expect(words("'s avonds rock'n'roll l'eau") == ["s", "avonds", "rock", "n", "roll", "l", "eau"])
        #expect(words("auto'sje") == ["auto", "sje"])
    }

    @Test func givesCompoundsAsPartsAndJoined() {
        let tokens = SearchText.tokens("in Sint-Niklaas")
        #expect(tokens.map(\.folded) == ["in", "sint", "niklaas", "sintniklaas"])
        #expect(tokens.map(\.kind) == [.word, .compoundPart, .compoundPart, .compound])
        #expect(words("e-inclusie") == ["e", "inclusie", "einclusie"])
        #expect(words("Sint-Martens-Latem") == ["sint", "martens", "latem", "sintmartenslatem"])
        #expect(words("covid-19") == ["covid", "19", "covid19"])
        // The non-breaking hyphen joins too.
        #expect(words("e\u{2011}loket") == ["e", "loket", "eloket"])
    }

    @Test func numberRangesAndLooseHyphensOnlySeparate() {
        #expect(words("2020-2025") == ["2020", "2025"])
        #expect(words("klimaat- en energieplan") == ["klimaat", "en", "energieplan"])
        #expect(words("-gent- x") == ["gent", "x"])
        #expect(words("2020–2025") == ["2020", "2025"])
    }

    @Test func rangesPointAtTheOriginalSpelling() {
        let text = "Financiële ÉÉN-loketten, Straße\u{00A0}n° 5 voor ﬁetsers"
        #expect(originals(text) == ["Financiële", "ÉÉN", "loketten", "ÉÉN-loketten", "Straße", "n", "5", "voor", "ﬁetsers"])
        #expect(words(text) == ["financiele", "een", "loketten", "eenloketten", "strasse", "n", "5", "voor", "fietsers"])
    }

    @Test func keepsCombiningAccentsInsideTheWord() {
        let text = "de cafe\u{301}s"
        let tokens = SearchText.tokens(text)
        #expect(tokens.map(\.folded) == ["de", "cafes"])
        #expect(tokens.last.map { String(text[$0.range]) } == "cafe\u{301}s")
    }

    @Test func lettersOfOtherScriptsAreWords() {
        #expect(words("Ελλάδα и Россия 東京") == ["ελλαδα", "и", "россия", "東京"])
    }
}
