import SearchText
import Testing

/// What is indexed: folded, stop words out, stemmed.
@Suite("Index terms")
struct TermsTests {
    @Test func foldsDropsStopWordsAndStems() {
        #expect(SearchText.terms("De fietsen van de stad en de straten") == ["fiets", "stad", "strat"])
        #expect(SearchText.terms("The contracts of the cities") == ["contract", "citi"])
        #expect(SearchText.termString("Renovaties van woningen in Sint-Niklaas") == "renovati woning sint niklas sintniklas")
    }

    @Test func keepsRepeatsAndNumbersAndCodes() {
        #expect(SearchText.terms("LEKP1 in 2025, LEKP1 in 2026") == ["lekp1", "2025", "lekp1", "2026"])
    }

    @Test func leavesOutOverlongWords() {
        let code = String(repeating: "ab", count: 40)
        #expect(SearchText.terms("sleutel \(code) woning") == ["sleutel", "woning"])
    }

    @Test func termsHoldOnlyLettersAndDigits() {
        let terms = SearchText.terms("De auto’s, foto's en taxi's: ‘t is „mooi”! Café-bar ﬁets ©2024 ⅓ x²")
        #expect(terms == ["auto", "foto", "taxi", "mooi", "caf", "bar", "cafebar", "fiets", "2024", "x"])
        for term in terms { #expect(term.allSatisfy { $0.isLetter || $0.isNumber }, "\(term)") }
    }

    @Test func stopWordsAreKnownFoldedAndWithoutApostropheS() {
        #expect(SearchText.isStopWord("de"))
        #expect(SearchText.isStopWord("the"))
        #expect(SearchText.isStopWord("zijn"))
        #expect(SearchText.isStopWord("t"))
        #expect(!SearchText.isStopWord("it"))
        #expect(!SearchText.isStopWord("stad"))
        #expect(!SearchText.isStopWord("data"))
        #expect(SearchText.terms("het is de IT van de stad") == ["it", "stad"])
    }

    @Test func emptyAndStopWordOnlyTextsHaveNoTerms() {
        #expect(SearchText.terms("") == [])
        #expect(SearchText.termString("de en het") == "")
    }

    /// Not timed: 2,000 documents of about 2 KB go through without trouble and give terms.
    @Test func analysesManyDocuments() {
        let paragraph = """
            De stad Gent wil tegen 2030 klimaatneutraal zijn. Daarvoor renoveert ze woningen, legt ze fietspaden aan \
            en plaatst ze laadpalen in elke wijk. Financiële steun (premies, subsidies) helpt bewoners van Sint-Amandsberg \
            en Ledeberg. The city’s climate plan (LEKP 2.0) lists 48 actions; “e-inclusie” blijft een aandachtspunt. \
            Ελληνικά, русский и 日本語 komen ook voor.
            """
        let perParagraph = SearchText.terms(paragraph).count
        #expect(perParagraph == 42)
        for number in 0..<2_000 {
            let document = String(repeating: paragraph + " document \(number) ", count: 4)
            let terms = SearchText.terms(document)
            // Every paragraph, plus "document" and the number, four times.
            #expect(terms.count == 4 * (perParagraph + 2))
            #expect(terms.last == "\(number)")
        }
        #expect(SearchText.termString(paragraph).split(separator: " ").count == SearchText.terms(paragraph).count)
    }
}
