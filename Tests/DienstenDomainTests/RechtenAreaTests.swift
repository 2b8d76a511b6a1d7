import DienstenDomain
import Foundation
import Testing

@Suite("Areas of rights: NUTS and LAU codes to municipalities")
struct RechtenAreaTests {
    @Test func theMunicipalitiesOfFlandersAndBrusselsAreLoaded() throws {
        #expect(Municipalities.all.count == 319)
        let gent = try #require(Municipalities.named("44021"))
        #expect(gent.name == "Gent" && gent.nuts3 == "BE234" && gent.province == "40000" && gent.nuts2 == "BE23" && gent.nuts1 == "BE2")
        #expect(Municipalities.named("11002")?.nuts3 == "BE211")
        #expect(Municipalities.named("21004")?.nuts3 == "BE100")
        #expect(Municipalities.all.filter { $0.nuts1 == "BE1" }.count == 19)
        #expect(Municipalities.all.filter { $0.nuts1 == "BE2" }.count == 300)
        #expect(Municipalities.isNISCode("44021") && !Municipalities.isNISCode("4402") && !Municipalities.isNISCode("4402a"))
    }

    @Test func lauIsOneMunicipality() {
        #expect(ServiceArea.resolve(["BE23444021"]).municipalities == ["44021"])
        #expect(ServiceArea.resolve(["http://data.europa.eu/nuts/code/BE23444021"]).municipalities == ["44021"])
    }

    @Test func nutsCodesCoverTheirMunicipalities() throws {
        let arrondissement = try #require(ServiceArea.resolve(["BE234"]).municipalities)
        #expect(arrondissement.count == 17 && arrondissement.contains("44021") && arrondissement.allSatisfy { $0.hasPrefix("44") })
        let province = try #require(ServiceArea.resolve(["BE23"]).municipalities)
        #expect(province.count == 60 && province.contains("41002") && !province.contains("11002"))
        #expect(ServiceArea.resolve(["BE2"]).municipalities?.count == 300)
        #expect(ServiceArea.resolve(["BE1"]).municipalities?.count == 19)
        #expect(ServiceArea.resolve(["BE211", "BE23444021"]).municipalities?.count == 31)
    }

    @Test func noCodeOrBelgiumMeansEverywhere() {
        #expect(ServiceArea.resolve([]).municipalities == nil)
        #expect(ServiceArea.resolve(["BE"]).municipalities == nil)
    }

    @Test func unknownCodesAreReportedNotDropped() {
        let resolved = ServiceArea.resolve(["NL123", "BE9", "BE23444021"])
        #expect(resolved.municipalities == ["44021"])
        #expect(resolved.unknownCodes == ["NL123", "BE9"])
        // Wallonia is not in the list of municipalities: nowhere here, and said so
        let wallonia = ServiceArea.resolve(["BE3"])
        #expect(wallonia.municipalities == [] && wallonia.unknownCodes == ["BE3"])
    }
}
