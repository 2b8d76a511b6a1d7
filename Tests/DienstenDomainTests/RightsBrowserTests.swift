import DienstenDomain
import Foundation
import Testing

/// Facets and search over rights: counts per value, the filters combine, unknown values are reported and left out.
@Suite("Rights browser")
struct RightsBrowserTests {
    static func service(_ key: String, name: String, en: String? = nil, themes: [String], groups: [String] = ["Burger"],
                        number: String? = nil, description: String = "", keywords: [String] = []) -> PublicService {
        var service = PublicService(id: "https://example.org/concept/\(key)", snapshot: "https://example.org/snapshot/\(key)",
                                    kind: .concept, generatedAt: "2025-01-01T00:00:00Z")
        service.name = LanguageText(["nl": name].merging(en.map { ["en": $0] } ?? [:]) { first, _ in first })
        service.description = LanguageText(["nl": description])
        service.themes = themes
        service.targetAudiences = groups
        service.productNumber = number
        service.keywords = keywords.isEmpty ? [:] : ["nl": keywords]
        return service
    }

    static let entries: [BrowseEntry] = [
        BrowseEntry(key: "leefloon", service: service("leefloon", name: "Leefloon", en: "Social integration income",
                                                      themes: ["WelzijnGezondheid", "EconomieWerk"], number: "900101",
                                                      description: "<p>Een <strong>inkomen</strong> van het OCMW.</p>"), scope: .federaal),
        BrowseEntry(key: "huurpremie", service: service("huurpremie", name: "Vlaamse huurpremie", themes: ["BouwenWonen"], number: "900107"),
                    scope: .vlaams),
        BrowseEntry(key: "studie", service: service("studie", name: "Studietoelage", themes: ["OnderwijsWetenschap"],
                                                    groups: ["Burger", "Organisatie"]), scope: .vlaams),
        BrowseEntry(key: "premie-gent", service: service("premie-gent", name: "Énergiepremie Gent", themes: ["MilieuEnergie", "BouwenWonen"],
                                                         keywords: ["isolatie"]), scope: .lokaal),
    ]

    @Test func withoutFiltersEverythingIsShownByNameWithCountsPerValue() {
        let result = RightsBrowser.browse(Self.entries, BrowseRequest(), language: "nl")
        #expect(result.entries.map(\.key) == ["premie-gent", "leefloon", "studie", "huurpremie"])
        #expect(result.problems.isEmpty)
        let themes = result.facets[.theme] ?? []
        #expect(themes.first { $0.code == "BouwenWonen" }?.count == 2)
        #expect(themes.first { $0.code == "BouwenWonen" }?.label == "Bouwen en wonen")
        #expect(themes.first { $0.code == "MobiliteitOpenbareWerken" }?.count == 0)
        #expect(result.facets[.scope]?.map(\.count) == [1, 2, 0, 1])
        #expect(result.facets[.targetGroup]?.first { $0.code == "Organisatie" }?.count == 1)
    }

    @Test func filtersCombineAndEachFacetCountsWithTheOthersApplied() {
        let result = RightsBrowser.browse(Self.entries, BrowseRequest(theme: "BouwenWonen", scope: "vlaams"), language: "nl")
        #expect(result.entries.map(\.key) == ["huurpremie"])
        // Theme counts are within the scope filter; scope counts within the theme filter.
        #expect(result.facets[.theme]?.first { $0.code == "OnderwijsWetenschap" }?.count == 1)
        #expect(result.facets[.scope]?.first { $0.code == "lokaal" }?.count == 1)
        #expect(result.facets[.theme]?.first { $0.code == "BouwenWonen" }?.selected == true)
    }

    @Test func unknownValuesAreReportedAndLeftOut() {
        let result = RightsBrowser.browse(Self.entries, BrowseRequest(theme: "Ruimtevaart", targetGroup: "Marsmannetjes",
                                                                      lifeEvent: "loterij", scope: "gemeentelijk"), language: "nl")
        #expect(result.entries.count == 4)
        #expect(result.problems == [BrowseProblem(facet: .theme, value: "Ruimtevaart"), BrowseProblem(facet: .targetGroup, value: "Marsmannetjes"),
                                    BrowseProblem(facet: .lifeEvent, value: "loterij"), BrowseProblem(facet: .scope, value: "gemeentelijk")])
        #expect(result.applied == BrowseRequest())
    }

    @Test func theSearchFoldsCaseAndAccentsAndReadsDescriptionsWithoutTags() {
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "ENERGIEPREMIE"), language: "nl").entries.map(\.key) == ["premie-gent"])
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "energiepremie gent"), language: "nl").entries.count == 1)
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "inkomen ocmw"), language: "nl").entries.map(\.key) == ["leefloon"])
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "strong"), language: "nl").entries.isEmpty)
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "huur"), language: "nl").entries.map(\.key) == ["huurpremie"])
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "900101"), language: "nl").entries.map(\.key) == ["leefloon"])
        #expect(RightsBrowser.browse(Self.entries, BrowseRequest(text: "isolatie"), language: "nl").entries.map(\.key) == ["premie-gent"])
        // An empty or blank search is no search.
        #expect(BrowseRequest(text: "   ").text == nil)
    }

    @Test func englishReadersGetEnglishLabelsAndNames() {
        let result = RightsBrowser.browse(Self.entries, BrowseRequest(), language: "en")
        #expect(result.entries.first { $0.key == "leefloon" } != nil)
        #expect(result.facets[.theme]?.first { $0.code == "BouwenWonen" }?.label == "Building and housing")
        #expect(result.facets[.scope]?.first { $0.code == "federaal" }?.label == "Federal")
        #expect(result.facets[.lifeEvent]?.first { $0.code == "studeren" }?.label == "Going to school or studying")
    }

    @Test func lifeEventsPlaceRightsByProductNumberOrByKeywordWithinTheirThemes() throws {
        let moving = try #require(LifeEvents.named("woning-huren"))
        #expect(moving.contains(Self.entries[1].service))                    // product number 900107
        var rent = Self.service("x", name: "Huurwaarborg van de stad", themes: ["BouwenWonen"])
        #expect(moving.contains(rent))                                       // keyword "huur…" and theme
        rent.themes = ["CultuurSportVrijeTijd"]
        #expect(!moving.contains(rent))                                      // keyword but another theme
        #expect(!moving.contains(Self.entries[0].service))
        let result = RightsBrowser.browse(Self.entries, BrowseRequest(lifeEvent: "studeren"), language: "nl")
        #expect(result.entries.isEmpty || result.entries.allSatisfy { $0.service.themes.contains("OnderwijsWetenschap") })
        #expect(LifeEvents.all.count >= 8 && Set(LifeEvents.all.map(\.code)).count == LifeEvents.all.count)
    }

    @Test func theVocabularyLabelsEveryLPDCCodeAndSpellsOutUnknownOnes() {
        let vocabulary = RightsVocabulary.shared
        for code in ["BurgerOverheid", "BouwenWonen", "CultuurSportVrijeTijd", "EconomieWerk", "MilieuEnergie", "MobiliteitOpenbareWerken",
                     "OnderwijsWetenschap", "WelzijnGezondheid"] {
            #expect(vocabulary.themes.contains { $0.code == code }, "\(code)")
        }
        #expect(vocabulary.targetGroup("LokaalBestuur", "nl") == "Lokale besturen")
        #expect(vocabulary.productType("AdviesBegeleiding", "en") == "Advice and support")
        #expect(vocabulary.authorityLevel("Vlaams", "en") == "Flemish")
        #expect(vocabulary.theme("NieuwThema", "nl") == "Nieuw thema")
    }

    @Test func foldingAndDistance() {
        #expect(TextFolding.fold("Sint-Niklaas") == "sint niklaas")
        #expect(TextFolding.fold("  ÉNERGIE—premie!! ") == "energie premie")
        #expect(TextFolding.words("Gent gent GENT") == ["gent"])
        #expect(TextFolding.distance("gnet", "gent") == 2)
        #expect(TextFolding.distance("", "abc") == 3)
    }
}
