import DienstenDomain
import Foundation
import Testing

/// The real LPDC fixture pages (Tests/AppTests/Fixtures/lpdc, MIT, from the LPDC project).
enum LPDCFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("AppTests/Fixtures/lpdc")

    static func page(_ name: String) throws -> LDESPage {
        try LDESPage.decode(try Data(contentsOf: folder.appendingPathComponent(name)), page: name)
    }
}

@Suite("LDES pages of the product catalogue")
struct RechtenLDESPageTests {
    @Test func aConceptPageGivesEveryFieldOfTheModel() throws {
        // act
        let page = try LPDCFixtures.page("conceptsnapshot-page-0.json")
        // check: the page and its relation
        #expect(page.id == "http://ipdc-stub/doc/conceptsnapshot?pageNumber=0")
        #expect(page.relations == [.init(node: "http://ipdc-stub/doc/conceptsnapshot?pageNumber=1", type: "GreaterThanOrEqualToRelation")])
        #expect(page.relations[0].leadsBack == false)
        let service = try #require(page.members.first)
        #expect(page.members.count == 1)
        #expect(service.id == "https://ipdc.tni-vlaanderen.be/id/concept/705d401c-1a41-4802-a863-b22499f71b84")
        #expect(service.key == "705d401c-1a41-4802-a863-b22499f71b84")
        #expect(service.snapshot == "https://ipdc.tni-vlaanderen.be/id/conceptsnapshot/50fd7f03-276f-403e-ad39-152dba4e39be")
        #expect(service.kind == .concept)
        #expect(service.generatedAt == "2023-07-12T11:40:20.441775Z")
        #expect(service.created == "2023-07-12T11:40:20.026205561Z")
        #expect(service.modified == "2023-07-12T11:40:20.026209604Z")
        #expect(service.archived == false)
        #expect(service.name.variants["nl"] == "Akte van Belgische nationaliteit - nl")
        #expect(service.name.text("en") == "Certificate of Belgian nationality")
        #expect(service.name.variants.count == 4)
        #expect(service.description.variants["en"]?.hasPrefix("<p>The certificate of Belgian nationality") == true)
        #expect(service.additionalDescription.variants["nl"] == "Verdere beschrijving - nl")
        #expect(service.exceptions.variants["en"] == "Uitzonderingen - en")
        #expect(service.regulation.variants["nl"] == "Regelgeving - nl")
        #expect(service.keywords["nl"] == ["Akte - nl", "Nationaliteit - nl"])
        // conditions with their evidence
        #expect(service.requirements.count == 1)
        #expect(service.requirements[0].name.variants["nl"] == "Voorwaarden - nl")
        #expect(service.requirements[0].evidence?.name.variants["nl"] == "Bewijs - nl")
        #expect(service.requirements[0].evidence?.description.variants["nl"]?.hasPrefix("<p>Als u het document zelf ophaalt") == true)
        // procedures with their websites, costs, advantages, legal resources, websites
        #expect(service.procedures.count == 1)
        #expect(service.procedures[0].websites.map(\.url) == ["https://procedure-website.com"])
        #expect(service.costs.map { $0.name.variants["nl"] } == ["Bedrag kost - nl"])
        #expect(service.financialAdvantages.map { $0.name.variants["nl"] } == ["Titel financieel voordeel. - nl"])
        #expect(service.legalResources.map(\.url) == ["https://ipdc.be/regelgeving"])
        #expect(service.websites.count == 1 && service.websites[0].url.hasPrefix("https://justitie.belgium.be/"))
        // codes
        #expect(service.productType == "FinancieelVoordeel")
        #expect(service.targetAudiences == ["Burger", "Onderneming"])
        #expect(service.themes == ["BurgerOverheid", "CultuurSportVrijeTijd"])
        #expect(service.competentAuthorityLevels == ["Federaal", "Europees"])
        #expect(service.executingAuthorityLevels == ["Lokaal", "Derden"])
        #expect(service.publicationChannels == ["YourEurope"])
        #expect(service.tags == ["YourEuropeVerplicht"])
        #expect(service.yourEuropeCategories == ["VerblijfNaturalisatie", "VoertuigenVerkeersregels"])
        #expect(service.spatial.isEmpty)
        #expect(service.startDate == "2020-08-26T11:40:20.026205561Z")
        #expect(service.endDate == "2025-07-12T11:40:20.026205561Z")
        #expect(service.productNumber == "1502")
        #expect(service.concept == nil)
        #expect(service.publicationLink == "https://www.uat-vlaanderen.be/Product/df0f92ad-ea40-4b74-b7da-3c3b31836895")
        #expect(RightScope.of(service) == .federaal)
    }

    @Test func listsAreSortedByTheirOrderAndTheTypeMayBeASingleString() throws {
        let page = try LPDCFixtures.page("conceptsnapshot-page-1.json")
        #expect(page.relations.map(\.leadsBack) == [true])
        let service = try #require(page.members.first)
        #expect(service.kind == .concept) // "@type": "ConceptSnapshot", not a list, on this page
        #expect(service.requirements.map(\.order) == [0, 1, 2])
        #expect(service.costs.map { $0.name.variants["nl"] } == ["Bedrag kost", "Bedrag kost 2", "Bedrag kost 3"])
        #expect(service.procedures[0].websites.map(\.url) == ["https://procedure-website1.com", "https://procedure-website2.com", "https://procedure-website3.com"])
        #expect(service.legalResources.map(\.url) == ["https://codex.be/regelgevende-bron-1", "https://codex.be/regelgevende-bron-2", "https://codex.be/regelgevende-bron-3"])
        #expect(service.productNumber == "10092")
        #expect(RightScope.of(service) == .vlaams)
    }

    @Test func anInstancePageHasItsAreaAuthoritiesAndMaker() throws {
        let page = try LPDCFixtures.page("instancesnapshot-page-0.json")
        #expect(page.id == "http://hostname/doc/instancesnapshot?pageNumber=0")
        #expect(page.members.count == 3)
        let first = page.members[0]
        #expect(first.kind == .instance)
        #expect(first.spatial == ["BE23444021"])
        #expect(first.name.text("nl") == "Minimalistische instantie")
        #expect(first.createdBy == "http://data.lblod.info/id/bestuurseenheden/353234a365664e581db5c2f7cc07add2534b47b8e1ab87c821fc6e6365e6bef5")
        #expect(first.competentAuthorities == [first.createdBy!])
        #expect(first.executingAuthorities == [first.createdBy!])
        #expect(RightScope.of(first) == .lokaal)
    }

    @Test func unknownKeysAreIgnoredAndIRIsBecomeCodes() throws {
        let json = """
            {"@id": "p", "surprise": {"deep": [1, 2]}, "member": [{"@id": "s1", "@type": ["https://productencatalogus.data.vlaanderen.be/ns/ipdc-lpdc#InstancePublicServiceSnapshot"],
             "isVersionOf": {"@id": "http://x/id/public-service/abc"}, "generatedAtTime": "2024-01-01T00:00:00+01:00",
             "themas": ["https://productencatalogus.data.vlaanderen.be/id/concept/Thema/WelzijnGezondheid"], "unknownField": true,
             "gearchiveerd": "true", "linkedConcept": "https://ipdc.tni-vlaanderen.be/id/concept/c1",
             "contactgegevens": [{"order": 1, "email": "info@gent.be", "telefoonnummer": "09 210 10 10",
                "adres": {"straatnaam": {"nl": "Botermarkt"}, "huisnummer": "1", "postcode": "9000", "gemeentenaam": {"nl": "Gent"}}}],
             "naam": [{"@language": "nl", "@value": "Iets"}, {"@language": "en", "@value": "Something"}]}]}
            """
        let service = try #require(try LDESPage.decode(Data(json.utf8), page: "p").members.first)
        #expect(service.kind == .instance)
        #expect(service.id == "http://x/id/public-service/abc")
        #expect(service.themes == ["WelzijnGezondheid"])
        #expect(service.archived)
        #expect(service.concept == "https://ipdc.tni-vlaanderen.be/id/concept/c1")
        #expect(service.contactPoints.first?.address?.municipality.text("nl") == "Gent")
        #expect(service.contactPoints.first?.telephone == "09 210 10 10")
        #expect(service.name.text("en") == "Something")
    }

    @Test(arguments: [
        ("{not json", nil, nil, "geen geldige JSON"),
        ("[1]", nil, nil, "JSON-object"),
        (#"{"member": [{"@id": "s", "@type": "ConceptSnapshot", "generatedAtTime": "2024-01-01T00:00:00Z"}]}"#, 0, "isVersionOf", "ontbreekt"),
        (#"{"member": [{"@id": "s", "@type": "ConceptSnapshot", "isVersionOf": "c", "generatedAtTime": "gisteren"}]}"#, 0, "generatedAtTime", "geen datum-tijd"),
        (#"{"member": [{"@id": "s", "@type": "Ding", "isVersionOf": "c", "generatedAtTime": "2024-01-01T00:00:00Z"}]}"#, 0, "@type", "ConceptSnapshot"),
        (#"{"member": [{"@id": "a", "@type": "ConceptSnapshot", "isVersionOf": "c", "generatedAtTime": "2024-01-01T00:00:00Z"}, {"@id": "b", "@type": "ConceptSnapshot", "isVersionOf": "c", "generatedAtTime": "2024-01-01T00:00:00Z", "voorwaarden": [{"naam": 5}]}]}"#, 1, "voorwaarden[0].naam", "teksten per taal"),
    ] as [(String, Int?, String?, String)])
    func aBrokenPageIsALocatedProblem(json: String, member: Int?, field: String?, reason: String) {
        #expect {
            _ = try LDESPage.decode(Data(json.utf8), page: "pagina.json")
        } throws: { error in
            guard let problem = error as? LDESProblem else { return false }
            return problem.page == "pagina.json" && problem.memberIndex == member && problem.field == field
                && problem.reason.contains(reason) && problem.description.hasPrefix("pagina pagina.json")
        }
    }
}
