import PlannenDomain
import Testing

/// BBC codes: format, parent and the catalogue lookup that never crashes.
@Suite("Beleidsveld")
struct BeleidsveldTests {
    @Test func codesHaveThreeLevelsEachUnderThePrevious() throws {
        let veld = try #require(BeleidsveldCode("0110"))
        #expect(veld.level == .beleidsveld)
        #expect(veld.parent?.code == "011")
        #expect(veld.parent?.parent?.code == "01")
        #expect(veld.parent?.parent?.parent == nil)
        #expect(veld.domein.code == "01")
        #expect(try #require(BeleidsveldCode("011")).contains(veld))
        #expect(try #require(BeleidsveldCode("012")).contains(veld) == false)
        #expect(BeleidsveldCode(" 02 ")?.level == .domein)
        for bad in ["1", "01100", "0A1", "", "01.1"] {
            #expect(BeleidsveldCode(bad) == nil, "\(bad)")
        }
        #expect(BeleidsveldCode.formatProblem("011") == nil)
        #expect(BeleidsveldCode.formatProblem("1") == "'1' is geen BBC-code: 2 cijfers (domein), 3 (subdomein) of 4 (beleidsveld)")
    }

    @Test func theCatalogueHasTheTenDomainsAndConsistentParents() {
        let catalogue = BeleidsveldCatalogue.bbc2020
        #expect(catalogue.domeinen.map(\.code.code) == ["00", "01", "02", "03", "04", "05", "06", "07", "08", "09"])
        #expect(catalogue.name("02") == "Zich verplaatsen en mobiliteit")
        #expect(catalogue.name("09") == "Zorg en opvang")
        #expect(catalogue.name("0200") == "Wegen")
        // Every entry sits within a domein of the catalogue, and every listed subdomein's beleidsvelden start with it.
        for entry in catalogue.entries {
            #expect(catalogue.entry(entry.code.domein.code) != nil, "\(entry.code)")
        }
        #expect(catalogue.children(of: "074").map(\.code.code) == ["0740", "0742"])
    }

    @Test func unknownCodesAreAnsweredWithoutCrashing() {
        let catalogue = BeleidsveldCatalogue.bbc2020
        #expect(catalogue.lookup("0200").label == "0200 Wegen")
        #expect(catalogue.lookup("0749").label == "0749 (onbekend, in 074 Sport)")
        #expect(catalogue.lookup("0299").label == "0299 (onbekend, in 02 Zich verplaatsen en mobiliteit)")
        #expect(catalogue.lookup("0299").ancestors.map(\.code.code) == ["02"])
        #expect(catalogue.lookup("0749").ancestors.map(\.code.code) == ["07", "074"])
        #expect(catalogue.lookup("12").label == "12 (onbekend)")
        #expect(catalogue.lookup("abc").label == "'abc' (geen geldige BBC-code)")
        #expect(catalogue.name("9999") == nil)
    }
}
