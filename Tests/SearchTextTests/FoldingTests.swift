import SearchText
import Testing

/// Folding: lowercase, no accents, letters written out, straight apostrophes and quotes.
@Suite("Folding")
struct FoldingTests {
    @Test(arguments: [
        ("Financiële", "financiele"), ("Café", "cafe"), ("ÉÉN", "een"), ("Façade", "facade"), ("Straße", "strasse"),
        ("Encyclopædia", "encyclopaedia"), ("Søren", "soren"), ("Œuvre", "oeuvre"), ("Łódź", "lodz"),
        ("ĲSSELSTEIN", "ijsselstein"), ("ﬁets", "fiets"), ("ﬂat", "flat"), ("naïef", "naief"), ("Ångström", "angstrom"),
        ("auto’s", "auto's"), ("„stad”", "\"stad\""), ("«ville»", "\"ville\""), ("e‐inclusie", "e-inclusie"),
        ("Þór", "thor"), ("Ærø", "aero"), ("Ἀθῆναι", "αθηναι"), ("Йошкар", "иошкар"),
    ])
    func folds(_ text: String, _ expected: String) {
        #expect(SearchText.fold(text) == expected)
    }

    @Test func decomposedAccentsGoToo() {
        // "e" followed by a combining acute accent, as some editors write it.
        #expect(SearchText.fold("Cafe\u{301} ene\u{308}rgie") == "cafe energie")
    }

    @Test func asciiTakesTheFastPath() {
        #expect(SearchText.fold("Sint-Niklaas 2025, LEKP-1!") == "sint-niklaas 2025, lekp-1!")
        #expect(SearchText.fold("al klein") == "al klein")
        #expect(SearchText.fold("") == "")
    }

    @Test func keepsWhatIsNotALetter() {
        #expect(SearchText.fold("Prijs: € 12,50 — 10 % (2024)") == "prijs: € 12,50 — 10 % (2024)")
        #expect(SearchText.fold("日本 市") == "日本 市")
    }

    @Test func softHyphenDisappearsAndNoBreakSpaceBecomesASpace() {
        #expect(SearchText.fold("ener\u{AD}gie") == "energie")
        #expect(SearchText.fold("10\u{A0}km") == "10 km")
    }
}
