import DienstenDomain
import Testing

/// A municipality found from a postcode, a NIS code, its name or a part of it; ambiguity and nothing found said.
@Suite("Place finder")
struct PlaceFinderTests {
    let finder = PlaceFinder()

    func found(_ typed: String) -> String? {
        if case .found(let municipality) = finder.find(typed) { return municipality.nis }
        return nil
    }

    @Test func postcodesOfTheCentrumstedenAndBrusselsLeadToTheirMunicipality() {
        #expect(found("9000") == "44021")
        #expect(found("9051") == "44021")
        #expect(found("2610") == "11002")
        #expect(found("3500") == "71022")
        #expect(found("1020") == "21004")
        #expect(found(" 8000 ") == "31005")
    }

    @Test func namesAndDeelgemeentenAreFoundWhateverTheirSpelling() {
        #expect(found("Gent") == "44021")
        #expect(found("SINT-NIKLAAS") == "46021")
        #expect(found("sint niklaas") == "46021")
        #expect(found("Wilrijk") == "11002")
        #expect(found("sint-denijs-westrem") == "44021")
        #expect(found("44021") == "44021")
        // A municipality outside the centrumsteden is found by name (the full list).
        #expect(found("Aartselaar") == "11001")
    }

    @Test func aPartThatFitsSeveralGivesAChoice() {
        guard case .choices(let choices) = finder.find("gen") else {
            Issue.record("expected a choice")
            return
        }
        let codes = Set(choices.map(\.municipality.nis))
        #expect(codes.contains("44021") && codes.contains("71016"))
        #expect(codes.count == choices.count)
    }

    @Test func nothingFoundIsSaidWithSuggestions() {
        guard case .nothing(let suggestions, let unknownPostcode) = finder.find("Gnet") else {
            Issue.record("expected nothing found")
            return
        }
        #expect(!unknownPostcode && suggestions.contains { $0.nis == "44021" })
        guard case .nothing(let near, true) = finder.find("9099") else {
            Issue.record("expected an unknown postcode")
            return
        }
        #expect(near.contains { $0.nis == "44021" })
        #expect(finder.find("   ") == .empty)
        if case .nothing(let none, false) = finder.find("qqqqqqqqqqqq") { #expect(none.isEmpty) } else { Issue.record("expected nothing") }
    }

    @Test func everyPostcodeRowNamesAKnownMunicipality() {
        #expect(Postcodes.all.count > 100)
        for postcode in Postcodes.all {
            #expect(Municipalities.named(postcode.nis) != nil, "\(postcode.code) \(postcode.nis)")
            #expect(postcode.code.count == 4 && postcode.code.allSatisfy(\.isNumber))
        }
    }
}
