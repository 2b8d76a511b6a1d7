import SearchText
import Testing

/// What the visitor typed, analysed.
@Suite("Query analysis")
struct SearchQueryTests {
    @Test func foldsAndStemsEachWord() {
        let query = SearchText.query("Fietsen Straten")
        #expect(query.words.map(\.folded) == ["fietsen", "straten"])
        #expect(query.stems == ["fiets", "strat"])
    }

    @Test func longStemsAreMatchedAsPrefix() {
        let query = SearchText.query("klimaat kat energie 2025 lekp1")
        #expect(query.words.map(\.isPrefix) == [true, false, true, false, true])
        let klimaat = query.words[0]
        #expect(klimaat.stem == "klimat")
        #expect(klimaat.prefixes == ["klimat", "klimaat"])
        #expect(query.words[2].prefixes == ["energi"])
        #expect(query.words[1].prefixes == [])
        #expect(SearchText.matches(term: "klimaatplan", query: query))
        #expect(SearchText.matches(term: "klimat", query: query))
        #expect(SearchText.matches(term: "kat", query: query))
        #expect(!SearchText.matches(term: "katoen", query: query))
        #expect(SearchText.matches(term: "2025", query: query))
        #expect(!SearchText.matches(term: "20251", query: query))
    }

    @Test func addsTheStemsOfSynonyms() {
        let query = SearchText.query("stroom auto's AVG")
        #expect(query.words.map(\.synonymStems) == [["elektriciteit"], ["wag"], ["gdpr"]])
        #expect(SearchText.matches(term: DutchStemmer.stem("wagens"), query: query))
        #expect(SearchText.matches(term: "elektriciteit", query: query))
        // Synonyms match exactly, not as a prefix.
        #expect(!SearchText.matches(term: "elektriciteitsnet", query: query))
        #expect(SearchText.query("klimaat").words[0].synonymStems == [])
        #expect(SearchSynonyms.synonymStems(ofStem: DutchStemmer.stem("premies")) == ["subsidi", "toelag"])
    }

    @Test func dropsStopWordsAndSaysWhich() {
        let query = SearchText.query("de fietsen van de stad")
        #expect(query.stems == ["fiets", "stad"])
        #expect(query.droppedStopWords == ["de", "van"])
        #expect(query.droppedExtraWords == [])
        #expect(!query.consistsOfStopWords)
    }

    @Test func aQueryOfOnlyStopWordsKeepsThem() {
        let query = SearchText.query("De")
        #expect(query.words.map(\.folded) == ["de"])
        #expect(query.consistsOfStopWords)
        #expect(query.droppedStopWords == [])
        #expect(!query.isEmpty)
        #expect(SearchText.query("over het").words.map(\.stem) == ["over", "het"])
    }

    @Test func keepsTheMaximumAndSaysWhatWasLeftOut() {
        let query = SearchText.query("een twee drie vier vijf zes zeven acht negen tien de elf", maximumWords: 8)
        #expect(query.words.map(\.folded) == ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"])
        #expect(query.droppedExtraWords == ["tien", "elf"])
        #expect(query.droppedStopWords == ["een", "de"])
        #expect(SearchText.query("fiets woning", maximumWords: 1).droppedExtraWords == ["woning"])
    }

    @Test func aRepeatedStemCountsOnce() {
        let query = SearchText.query("fiets fietsen FIETS", maximumWords: 2)
        #expect(query.words.map(\.folded) == ["fiets"])
        #expect(query.droppedExtraWords == [])
    }

    @Test func aCompoundIsOneWordInItsJoinedForm() {
        let query = SearchText.query("e-inclusie in Sint-Niklaas")
        #expect(query.words.map(\.folded) == ["einclusie", "sintniklaas"])
        #expect(query.droppedStopWords == ["in"])
        #expect(SearchText.matches(term: "einclusi", query: query))
    }

    @Test func emptyQueries() {
        #expect(SearchText.query("").isEmpty)
        #expect(SearchText.query("  ?! — ").isEmpty)
        #expect(SearchText.query("fiets", maximumWords: 0).isEmpty)
    }

    @Test func matchesIsTheSameAsItsWord() {
        let word = QueryWord(folded: "straat", stem: "strat", synonymStems: [])
        #expect(word.prefixes == ["strat", "straat"])
        #expect(word.matches(term: "straatnam"))
        #expect(word.matches(term: "strat"))
        #expect(!word.matches(term: "stad"))
    }
}
