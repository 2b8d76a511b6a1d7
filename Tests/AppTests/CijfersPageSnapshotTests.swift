@testable import Cijfers
@testable import Platform
import AccessDomain
import Charts
import CijfersDomain
import Foundation
import Plot
import SnapshotTesting
import Testing

/// Every page of the Cijfers module, built from hand-made models (fixed values, fixed dates; no database, no server),
/// rendered in Dutch and in English: whole-page snapshots of both, no missing key (`⟦key⟧`), no Dutch words of the
/// page left in the English one, and the Dutch page still under its Dutch title.
/// Names of indicators, themes, levels and areas come from the database and stay Dutch on both pages.
/// Record new snapshots with SNAPSHOT_RECORD=1.
@Suite("Cijfers page snapshots")
struct CijfersPageSnapshotTests {
    // MARK: Fixed data

    /// 21 September 2026, 12:26:40 UTC.
    static let moment = Date(timeIntervalSince1970: 1_790_000_000)

    static let electricity = Indicator(
        code: "v2506_elek_res_cons", name: "Elektriciteitsverbruik huishoudens", description: "Afname van het net door woningen",
        unit: "kWh", source: "Fluvius", roundOff: RoundOff(step: 1), themeCode: "energie")
    static let share = Indicator(
        code: "sb_aandeel_elek_res", name: "Aandeel elektrisch", unit: "%", source: "Fluvius",
        formula: "v2506_elek_res_n / v2506_gas_res_n * 100", thresholdValue: 5, thresholdCode: "v2506_elek_res_n",
        themeCode: "energie", note: "Voorlopig cijfer")
    static let connections = Indicator(code: "v2506_elek_res_n", name: "Aansluitingen elektriciteit", unit: "", source: "")

    static func area(_ key: Int, _ level: String, _ code: String, _ name: String) -> Catalog.AreaEntry {
        Catalog.AreaEntry(key: key, levelCode: level, code: code, shortName: name, name: name, sequence: key, hasGeometry: true)
    }

    static let gent = area(1, "gemeente2024", "44021", "Gent")
    static let leuven = area(2, "gemeente2024", "24062", "Leuven")
    static let antwerpen = area(3, "gemeente2024", "11002", "Antwerpen")
    static let binnenstad = area(10, "ggw72024", "44021A", "Binnenstad")
    static let brugsePoort = area(11, "ggw72024", "44021B", "Brugse Poort")
    static let ledeberg = area(12, "ggw72024", "44021C", "Ledeberg")

    static func square(_ x: Double) -> GeoGeometry {
        GeoGeometry.parse(geoJSON: #"{"type":"Polygon","coordinates":[[[\#(x),51.0],[\#(x + 0.1),51.0],[\#(x + 0.1),51.1],[\#(x),51.1],[\#(x),51.0]]]}"#)!
    }

    /// What `load` names Flanders in the trend lines and series, in the page's language.
    static func flanders(_ language: SiteLanguage) -> String { CijfersText.strings(language)["common.flanders"] }

    static func feature(_ area: Catalog.AreaEntry, _ value: PublishedValue, x: Double, _ language: SiteLanguage,
                        of indicator: Indicator = electricity) -> MapFeature {
        let format = ValueFormat(indicator: indicator, language: language)
        return MapFeature(id: area.code, name: area.name, geometry: square(x), status: MapFeature.Status(value),
                          label: format.label(value))
    }


    // MARK: Home

    @Test func home() {
        check("home", title: "Stadsbeeld: cijfers over de Vlaamse centrumsteden",
              notInEnglish: ["Thema's", "Andere indicatoren", "De centrumsteden", "Vergelijk de 13 centrumsteden",
                             "Recent bijgewerkt", "21 september 2026", "blader door"]) { language in
            HomePageModel(
                themes: [
                    .init(name: "Energie", indicators: [(Self.electricity.code, Self.electricity.name)], children: [
                        .init(name: "Elektriciteit", indicators: [(Self.share.code, Self.share.name)], children: []),
                    ]),
                ],
                cities: [(Self.antwerpen.code, Self.antwerpen.name), (Self.gent.code, Self.gent.name)],
                recent: [(Self.electricity.code, Self.electricity.name, Self.moment)],
                unthemed: [(Self.connections.code, Self.connections.name)],
                language: language
            ).page()
        }
    }

    // MARK: Indicator

    static func indicatorPage(_ language: SiteLanguage) -> IndicatorPageModel {
        let rows: [IndicatorPageModel.Row] = [
            .init(area: antwerpen, value: .ok(3_512.4)), .init(area: gent, value: .ok(3_120)), .init(area: leuven, value: .suppressed),
        ]
        return IndicatorPageModel(
            indicator: share, updated: moment,
            selection: IndicatorSelection(level: "gemeente2024", parent: "centrumsteden:centrumsteden", period: "2021",
                                          classification: .jenks, classes: 4, palette: .purpleOrange),
            levelName: "Gemeente", levels: [("gemeente2024", "Gemeente"), ("provincie2024", "Provincie")],
            parentOptions: [("centrumsteden:centrumsteden", "Centrumsteden: Centrumsteden"), ("gewest:2000", "Gewest: Vlaams Gewest")],
            parentName: "Centrumsteden", periods: ["2020", "2021"], period: "2021", rows: rows,
            parentValue: .ok(3_300), flandersValue: .ok(3_000),
            trend: [LineChart.Series(name: "Centrumsteden", points: [("2020", 3_250), ("2021", 3_300)]),
                    LineChart.Series(name: flanders(language), points: [("2020", 2_950), ("2021", 3_000)])],
            features: [feature(antwerpen, .ok(3_512.4), x: 4.4, language, of: share), feature(gent, .ok(3_120), x: 3.7, language, of: share),
                       feature(leuven, .suppressed, x: 4.7, language, of: share)],
            language: language)
    }

    @Test func indicator() {
        check("indicator", title: "Aandeel elektrisch",
              notInEnglish: ["Over deze indicator", "Definitie", "Laatst bijgewerkt", "21 september 2026", "Berekening", "minder dan 5 waarnemingen",
                             "Opmerking", "Wat wil je zien?", "Gebiedsniveau", "alle gebieden", "Kaartklassen", "natuurlijke grenzen",
                             "Aantal klassen", "paars–oranje", "Ter vergelijking (2021)", "Vlaanderen", "Choropleet van",
                             "Klik op een gebied", "Staafdiagram:", "Rangschikking", "Evolutie in cijfers", "Verschil met", "Tabel",
                             "gemeente binnen Centrumsteden", "x: geheim (te weinig waarnemingen)", "Download wat je ziet", "CSV voor Excel (België)",
                             "GeoJSON (kaart)"]) { language in
            Self.indicatorPage(language).page()
        }
    }

    @Test func indicatorWithoutMapBarsOrTrend() {
        check("indicator-sparse", title: "Elektriciteitsverbruik huishoudens",
              notInEnglish: ["Geen kaart", "Staafdiagram weggelaten: 81 gebieden", "geen periode", "gemeente, alle", "Eenheid", "Bron"]) { language in
            IndicatorPageModel(
                indicator: Self.electricity, updated: nil,
                selection: IndicatorSelection(level: "gemeente2024", parent: nil, period: nil, classification: .quantiles, classes: 5, palette: .blues),
                levelName: "Gemeente", levels: [("gemeente2024", "Gemeente")], parentOptions: [], parentName: nil,
                periods: [], period: nil,
                rows: (0..<81).map { IndicatorPageModel.Row(area: Self.area(100 + $0, "gemeente2024", "\(10_000 + $0)", "Gemeente \($0)"), value: .noData) },
                parentValue: nil, flandersValue: nil, trend: [], features: [], language: language
            ).page()
        }
    }

    // MARK: Area

    static func keyFigure(_ indicator: Indicator, value: PublishedValue, previous: (period: String, value: PublishedValue)?,
                          group: PublishedValue? = nil, groupStatistic: String? = nil, reference: PublishedValue? = nil) -> AreaPageModel.KeyFigure {
        AreaPageModel.KeyFigure(
            indicator: indicator, period: "2021", value: value, previous: previous,
            series: [("2019", 3_000), ("2020", 3_100), ("2021", value.value)],
            group: group, groupStatistic: groupStatistic, reference: reference, flanders: .ok(2_900))
    }

    @Test func areaOfACity() {
        check("area-gemeente", title: "Steekkaart Gent",
              notInEnglish: ["Steekkaart", "Ligt in:", "Afdrukken als steekkaart", "Kerncijfers", "som van de 13 centrumsteden",
                             "Evolutie Elektriciteitsverbruik", "t.o.v. 2020", ">Vlaanderen<",
                             "Bron per indicator", "Download wat je ziet:"]) { language in
            AreaPageModel(
                area: Self.gent, levelName: "Gemeente", parents: [("provincie2024", "40000", "Provincie Oost-Vlaanderen")],
                groupName: CijfersText.strings(language)["area.groupCentrumsteden"], referenceName: nil,
                themes: [(name: "Energie", figures: [
                    Self.keyFigure(Self.electricity, value: .ok(3_120), previous: ("2020", .ok(3_100)), group: .ok(41_600),
                                   groupStatistic: IndicatorMetadata.groupStatisticText(Self.electricity, language)),
                    Self.keyFigure(Self.share, value: .suppressed, previous: nil),
                ])],
                language: language
            ).page()
        }
    }

    @Test func areaOfAWijk() {
        check("area-wijk", title: "Steekkaart Binnenstad", notInEnglish: ["Andere indicatoren", "Steekkaart"]) { language in
            AreaPageModel(
                area: Self.binnenstad, levelName: "Wijk", parents: [("gemeente2024", "44021", "Gent")],
                groupName: nil, referenceName: "Gent",
                themes: [(name: CijfersText.strings(language)["common.otherIndicators"], figures: [
                    Self.keyFigure(Self.connections, value: .ok(1_200), previous: ("2020", .ok(1_300)), reference: .ok(130_000)),
                ])],
                language: language
            ).page()
        }
    }

    @Test func areaWithoutFigures() {
        check("area-empty", title: "Steekkaart Ledeberg", notInEnglish: ["Voor dit gebied zijn (nog) geen cijfers beschikbaar."]) { language in
            AreaPageModel(area: Self.ledeberg, levelName: "Wijk", parents: [], groupName: nil, referenceName: nil, themes: [],
                          language: language).page()
        }
    }

    // MARK: Benchmark, evolution, wijk report

    @Test func benchmark() {
        check("benchmark", title: "De centrumsteden vergeleken",
              notInEnglish: ["Indicatoren", "Vergelijk", "Centrumsteden: laatste periode", "Stad<", "som van de 13 centrumsteden", "Vlaanderen",
                             "Brussels Hoofdstedelijk Gewest", "gerangschikt", "de lijn:", "de tabel hierboven"]) { language in
            BenchmarkPageModel(
                cities: [Self.antwerpen, Self.gent, Self.leuven],
                columns: [
                    .init(indicator: Self.electricity, period: "2021",
                          values: ["11002": .ok(3_512), "44021": .ok(3_120), "24062": .suppressed],
                          group: .ok(3_316),
                          groupStatistic: IndicatorMetadata.groupStatisticText(Self.electricity, language), flanders: .ok(3_000), brussels: nil),
                    .init(indicator: Self.share, period: nil, values: [:], group: nil, groupStatistic: nil, flanders: nil, brussels: .ok(12.5)),
                ],
                choices: [(Self.share.code, Self.share.name, true), (Self.connections.code, Self.connections.name, false),
                          (Self.electricity.code, Self.electricity.name, true)],
                language: language
            ).page()
        }
    }

    @Test func evolution() {
        check("evolution", title: "Evolutie",
              notInEnglish: ["Evolutie", "Gebieden (gemeente)", "Zoek een gebied in de lijst", "Weergave", "Verloop van", "de tabel eronder",
                             "per periode", "Vlaanderen", "Indicatoren<"]) { language in
            EvolutionPageModel(
                level: "gemeente2024", levelName: "Gemeente", areas: [Self.gent, Self.leuven],
                blocks: [.init(indicator: Self.electricity, periods: ["2020", "2021"], series: [
                    (Self.gent, "Gent", ["2020": .ok(3_100), "2021": .ok(3_120)]),
                    (Self.leuven, "Leuven", ["2020": .ok(2_800), "2021": .suppressed]),
                    (nil, Self.flanders(language), ["2020": .ok(2_950), "2021": .ok(3_000)]),
                ])],
                indicatorChoices: [(Self.electricity.code, Self.electricity.name, true), (Self.share.code, Self.share.name, false)],
                areaChoices: [(Self.antwerpen.code, Self.antwerpen.name, false), (Self.gent.code, Self.gent.name, true),
                              (Self.leuven.code, Self.leuven.name, true)],
                language: language
            ).page()
        }
    }

    static func wijkReport(_ language: SiteLanguage, blocks: Bool) -> WijkReportModel {
        WijkReportModel(
            city: gent, cities: [(antwerpen.code, antwerpen.name), (gent.code, gent.name)],
            blocks: blocks ? [.init(
                indicator: electricity, period: "2021", cityValue: .ok(3_120),
                rows: [(binnenstad, .ok(2_500), 2), (brugsePoort, .ok(3_400), 1), (ledeberg, .suppressed, nil)],
                features: [feature(binnenstad, .ok(2_500), x: 3.72, language), feature(brugsePoort, .ok(3_400), x: 3.70, language),
                           feature(ledeberg, .suppressed, x: 3.74, language)])] : [],
            indicatorChoices: [(electricity.code, electricity.name, true), (share.code, share.name, false)],
            language: language)
    }

    @Test func wijkReport() {
        check("wijk-report", title: "Wijkrapport Gent",
              notInEnglish: ["Wijkrapport", "Alle wijken van Gent", "De wijken van Gent (2021)", "Kaart van de wijken", "per wijk",
                             ">Wijk<", ">Rang<", "Verschil met Gent", "Download wat je ziet:", "Indicatoren<"]) { language in
            Self.wijkReport(language, blocks: true).page()
        }
    }

    @Test func wijkReportWithoutIndicators() {
        check("wijk-report-empty", title: "Wijkrapport Gent", notInEnglish: ["Wijkrapport", "Indicatoren<"]) { language in
            Self.wijkReport(language, blocks: false).page()
        }
    }

    // MARK: Access groups (platform admins)

    static let groups = [
        AccessGroupService.Group(id: 1, code: "energie-intern", name: "Energie intern", description: "Cijfers van Fluvius vóór publicatie",
                                 members: [1, 2], restrictions: [DataRestriction(group: 1, indicator: "v2506_elek_res_cons"),
                                                                  DataRestriction(group: 1, indicator: "v2506_elek_res_n", level: "statsec2024")]),
        AccessGroupService.Group(id: 2, code: "leeg", name: "Nog leeg", description: "", members: [], restrictions: []),
    ]

    static func organisation(_ id: Int, _ code: String, _ name: String) -> OrganisationModel {
        let organisation = OrganisationModel()
        organisation.id = id
        organisation.code = code
        organisation.name = name
        organisation.typeCode = "centrumstad"
        organisation.active = true
        organisation.createdAt = moment
        return organisation
    }

    @Test func accessGroups() {
        check("access-groups", title: "Toegangsgroepen",
              notInEnglish: ["Toegangsgroepen", "Een toegangsgroep schermt", ">Naam<", ">Leden<", ">Afgeschermd<", "Toegangsgroep toevoegen",
                             "Kleine letters", "Omschrijving", "De wijziging is bewaard."]) { language in
            AccessGroupsPageModel(groups: Self.groups, notice: AdminNotices.text("gewijzigd", SiteStrings(language)), csrf: "csrf",
                                  language: language).page()
        }
    }

    @Test func accessGroupsEmptyAndRefused() {
        check("access-groups-refused", title: "Toegangsgroepen",
              notInEnglish: ["Er zijn nog geen toegangsgroepen.", "Dit lukte niet:", "Toegangsgroep toevoegen"]) { language in
            // The service's reason stays Dutch (a documented limit); the frame around it follows the language.
            AccessGroupsPageModel(groups: [], problems: ["deze code is al in gebruik"], csrf: "csrf", language: language).page()
        }
    }

    static func accessGroupEdit(_ language: SiteLanguage, problems: [String] = []) -> AccessGroupEditModel {
        AccessGroupEditModel(
            group: groups[0], organisations: [organisation(1, "gent", "Stad Gent"), organisation(2, "leuven", "Stad Leuven"),
                                              organisation(3, "brugge", "Stad Brugge")],
            levels: [("gemeente2024", "Gemeente"), ("statsec2024", "Statistische sector")],
            problems: problems, csrf: "csrf", language: language)
    }

    @Test func accessGroup() {
        check("access-group", title: "Energie intern",
              notInEnglish: [">Leden<", "Afgeschermde cijfers", "Eén per regel", "Niveaus:", "Bewaren", "Toegangsgroep verwijderen",
                             "Toegangsgroep Energie intern verwijderen", "Toegangsgroepen"]) { language in
            Self.accessGroupEdit(language).page()
        }
    }

    @Test func accessGroupRefused() {
        check("access-group-refused", title: "Energie intern",
              notInEnglish: ["Dit lukte niet, om 2 redenen:", "Regel 2: indicator 'bestaat_niet' bestaat niet", "Regel 3: niveau"]) { language in
            // The problems as the controller words them, in the visitor's language.
            let t = CijfersText.strings(language)
            return Self.accessGroupEdit(language, problems: [t("accessGroup.unknownIndicator", "2", "bestaat_niet"),
                                                             t("accessGroup.unknownLevel", "3", "wijk1900")]).page()
        }
    }

    // MARK: The catalogue and the value words

    @Test func catalogueIsComplete() {
        #expect(CijfersText.catalogue.problems.isEmpty, "\(CijfersText.catalogue.problems)")
        #expect((CijfersText.catalogue.texts[.nl]?.count ?? 0) > 100)
    }

    @Test func datesAndMissingValuesReadInTheVisitorsLanguage() {
        for month in 0..<12 {
            let date = Self.moment.addingTimeInterval(Double(month) * 31 * 86_400)
            #expect(DateText.format(date, .nl) == DutchDate.format(date))
        }
        #expect(DateText.format(Self.moment, .en) == "21 September 2026")
        let format = ValueFormat(indicator: Self.electricity, language: .en)
        #expect(format.label(.ok(1_234)) == "1.234 kWh")
        #expect(format.label(.suppressed) == "x: confidential (too few observations)")
        #expect(ValueFormat(indicator: Self.electricity, language: .nl).label(.suppressed) == "x: geheim (te weinig waarnemingen)")
        for status in PublishedValue.Status.allCases where status != .ok {
            #expect(!StatusText.describe(status, .en).contains("⟦"))
            #expect(StatusText.describe(status, .nl) != StatusText.describe(status, .en))
        }
    }
}
