import DienstenDomain
import Testing

@Suite("LPDC language variants")
struct LanguageTextTests {
    @Test func dutchReadersGetPlainDutchBeforeTheGeneratedVariants() {
        let text = LanguageText(["nl-BE-x-generated-formal": "formeel", "nl": "gewoon", "en": "plain"])
        #expect(text.text("nl") == "gewoon")
        #expect(text.text("en") == "plain")
        #expect(!text.isFallback("en"))
    }

    @Test func anInformalOnlyTextIsShownToEveryoneAndMarkedAsAFallbackInEnglish() {
        let text = LanguageText(["nl-BE-x-informal": "Beschrijving"])
        #expect(text.text("nl") == "Beschrijving")
        #expect(text.text("en") == "Beschrijving")
        #expect(text.isFallback("en"))
        #expect(LanguageText(["nl": "  "]).text("nl") == nil)
        #expect(LanguageText(["nl": "  "]).isEmpty)
    }
}
