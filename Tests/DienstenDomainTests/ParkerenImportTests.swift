import DienstenDomain
import Foundation
import Testing

/// Reading zones: GeoJSON features with located problems, the RDW tables GEBIED / GEBIED REGELING / TIJDVAK, the
/// city rule file's check-log retention, and the area written back as GeoJSON.
@Suite("Parkeren zone import")
struct ParkerenImportTests {
    static func collection(_ features: String) -> Data {
        Data("{\"type\": \"FeatureCollection\", \"features\": [\(features)]}".utf8)
    }

    static let square = "{\"type\": \"Polygon\", \"coordinates\": [[[4.40, 51.20], [4.42, 51.20], [4.42, 51.22], [4.40, 51.22], [4.40, 51.20]]]}"

    @Test func aGoodFeatureBecomesAZoneWithItsRegulationAndAdmissions() throws {
        let data = Self.collection("""
            {"type": "Feature", "properties": {"code": "A-1", "name": "Centrum", "kind": "blauwe-zone",
             "regulations": [{"windows": [{"days": [1, 2, 3, 4, 5], "from": "09:00", "to": "18:00"}], "maximumMinutes": 120}]},
             "geometry": \(Self.square)},
            {"type": "Feature", "properties": {"code": "LEZ", "name": "LEZ", "kind": "LEZ",
             "admissions": [{"fuel": "diesel", "from": "2025-01-01", "minimumEuroNorm": 6}, {"fuel": "lpg", "from": "2026-01-01", "minimumEuroNorm": null}]},
             "geometry": \(Self.square)}
            """)
        let drafts = try ZoneImportReader.geoJSON(data, file: "zones.geojson").get()
        #expect(drafts.map(\.code) == ["A-1", "LEZ"])
        #expect(drafts[0].kind == .blueZone)
        #expect(drafts[0].regulations.count == 1)
        #expect(drafts[0].regulations[0].maximumDuration == 7200)
        #expect(drafts[0].regulations[0].windows[0].start == 540)
        #expect(drafts[0].area.contains(ZonePoint(longitude: 4.41, latitude: 51.21)))
        // an RDW usage code names the kind too; without regulations the zone is always regulated
        #expect(drafts[1].kind == .lowEmission)
        #expect(drafts[1].regulations == [Regulation()])
        #expect(drafts[1].admissions.count == 2)
        #expect(drafts[1].admissions[1].minimumEuroNorm == nil)
        // the area survives a round trip through its GeoJSON text
        #expect(ZoneArea.fromGeoJSON(drafts[0].area.geoJSON) == drafts[0].area)
    }

    @Test func everyBadFeatureIsLocatedAndNothingIsKept() {
        let data = Self.collection("""
            {"type": "Feature", "properties": {"code": "A 1", "name": "", "kind": "parkeerhaven"}, "geometry": \(Self.square)},
            {"type": "Feature", "properties": {"code": "B", "name": "B", "kind": "betalend"},
             "geometry": {"type": "Polygon", "coordinates": [[[4.40, 51.20], [4.42, 91.0], [4.42, 51.22]]]}},
            {"type": "Feature", "properties": {"code": "B", "name": "B2", "kind": "betalend",
             "regulations": [{"windows": [{"days": [8], "from": "09:00", "to": "18:00"}]}]}, "geometry": {"type": "Point", "coordinates": [4.4, 51.2]}}
            """)
        guard case .failure(let error) = ZoneImportReader.geoJSON(data, file: "z.geojson") else {
            Issue.record("a bad file was accepted")
            return
        }
        let found = Set(error.problems.map { "\($0.record) \($0.field)" })
        #expect(found.contains("features[0] properties.code"))
        #expect(found.contains("features[0] properties.name"))
        #expect(found.contains("features[0] properties.kind"))
        #expect(found.contains("features[1] geometry.coordinates"))
        #expect(found.contains("features[2] properties.code"))   // B twice
        #expect(found.contains("features[2] geometry.type"))
        #expect(error.problems.contains { $0.field.hasPrefix("properties.regulations[0].windows[0]") && $0.reason.contains("8 is not a weekday") })
        #expect(error.problems.first { $0.record == "features[1]" }?.reason.contains("point 1") == true)
        #expect(error.problems.allSatisfy { $0.file == "z.geojson" })
        // not JSON, not a collection
        #expect(throws: ZoneImportError.self) { try ZoneImportReader.geoJSON(Data("{".utf8), file: "x").get() }
        #expect(throws: ZoneImportError.self) { try ZoneImportReader.geoJSON(Data("{\"type\": \"Feature\"}".utf8), file: "x").get() }
    }

    static let areas = """
        AreaManagerId;AreaId;AreaDesc;UsageId
        9999;BZ;"Markt; centrum";BETAALDP
        9999;BL;Station;BLAUWZONE
        """
    static let links = """
        AreaManagerId,AreaId,RegulationId,StartDateAreaRegulation,EndDateAreaRegulation
        9999,BZ,DAG,20250101,
        9999,BL,BLAUW,20250101,
        9999,BL,OUD,20200101,20241231
        """
    static let frames = """
        RegulationId;DayTimeFrame;StartTimeTimeFrame;EndTimeTimeFrame;MaxDurationRight
        DAG;MAANDAG;900;1800;
        DAG;DINSDAG;900;1800;
        DAG;ZATERDAG;1000;1700;
        BLAUW;WERKDAG;0900;1800;120
        OUD;DAGELIJKS;0;2400;
        """

    static func file(_ name: String, _ text: String) -> ZoneImportReader.CSVFile { .init(name: name, data: Data(text.utf8)) }

    @Test func theRDWTablesGiveZonesWithTheRegulationsInForce() throws {
        let on = BrusselsClock().date(2026, 3, 2)!
        let drafts = try ZoneImportReader.rdw(areas: Self.file("GEBIED.csv", Self.areas), links: Self.file("REGELING.csv", Self.links),
                                              timeframes: Self.file("TIJDVAK.csv", Self.frames), on: on).get()
        #expect(drafts.map(\.code) == ["BZ", "BL"])
        #expect(drafts[0].name == "Markt; centrum")      // a quoted field keeps its separator
        #expect(drafts[0].kind == .paid)
        // Monday and Tuesday 09–18 share one window; Saturday 10–17 is its own
        #expect(drafts[0].regulations.count == 2)
        #expect(drafts[0].regulations[0].windows[0].weekdays == [.monday, .tuesday])
        #expect(drafts[0].regulations[1].windows[0].weekdays == [.saturday])
        #expect(drafts[0].regulations[1].windows[0].start == 600)
        // the old link ended in 2024: only the blue-zone regulation, with its two hours
        #expect(drafts[1].regulations.count == 1)
        #expect(drafts[1].regulations[0].maximumDuration == 7200)
        #expect(drafts[1].regulations[0].windows[0].weekdays == Weekday.workingDays)
        #expect(drafts[1].area.polygons.isEmpty)
        // on a day in 2024 the old, always-on regulation applies too
        let old = try ZoneImportReader.rdw(areas: Self.file("GEBIED.csv", Self.areas), links: Self.file("REGELING.csv", Self.links),
                                           timeframes: Self.file("TIJDVAK.csv", Self.frames), on: BrusselsClock().date(2024, 6, 1)!).get()
        #expect(old[1].regulations.count == 1)
        #expect(old[1].regulations[0].windows[0].weekdays.count == 7)
    }

    @Test func badRDWRowsAreLocatedByFileRowAndColumn() {
        let areas = "AreaId;AreaDesc;UsageId\nBZ;Markt;PARKEERGARAGE\nBZ;Nog eens;BETAALDP\n;Leeg;BETAALDP\n"
        let links = "AreaId;RegulationId;StartDateAreaRegulation\nBZ;DAG;20250231\nBZ;ONBEKEND;20250101\n"
        let frames = "RegulationId;DayTimeFrame;StartTimeTimeFrame;EndTimeTimeFrame;MaxDurationRight\nDAG;Funday;900;1800;\nDAG;MAANDAG;2500;1800;\nDAG;DINSDAG;900;900;\nDAG;WOENSDAG;900;1800;veel\n"
        guard case .failure(let error) = ZoneImportReader.rdw(areas: Self.file("G.csv", areas), links: Self.file("R.csv", links),
                                                               timeframes: Self.file("T.csv", frames), on: Date()) else {
            Issue.record("bad tables were accepted")
            return
        }
        let found = Set(error.problems.map { "\($0.file) \($0.record) \($0.field)" })
        #expect(found.contains("T.csv row 2 DayTimeFrame"))
        #expect(found.contains("T.csv row 3 StartTimeTimeFrame"))
        #expect(found.contains("T.csv row 4 EndTimeTimeFrame"))
        #expect(found.contains("T.csv row 5 MaxDurationRight"))
        #expect(found.contains("R.csv row 2 StartDateAreaRegulation"))
        #expect(found.contains("R.csv row 3 RegulationId"))
        #expect(found.contains("G.csv row 2 UsageId"))
        #expect(found.contains("G.csv row 3 AreaId"))
        #expect(found.contains("G.csv row 4 AreaId"))
        // a missing column is named at the header
        guard case .failure(let missing) = ZoneImportReader.rdw(areas: Self.file("G.csv", "AreaId;AreaDesc\nBZ;Markt\n"), links: Self.file("R.csv", links),
                                                                 timeframes: Self.file("T.csv", frames), on: Date()) else {
            Issue.record("a table without UsageId was accepted")
            return
        }
        #expect(missing.problems.contains { $0.file == "G.csv" && $0.record == "row 1" && $0.field == "UsageId" })
    }

    @Test func theRuleFileCarriesTheCheckLogRetention() throws {
        let base = #"{"city": "x", "rules": [{"id": "r1", "rule": "plate-change-window", "hours": 48, "legalBasis": "art. 1"}]"#
        #expect(try ParkingCityRules.parse(Data((base + "}").utf8), file: "r.json").checkLogDays == ParkingCityRules.defaultCheckLogDays)
        #expect(try ParkingCityRules.parse(Data((base + #", "checkLogDays": 0}"#).utf8), file: "r.json").checkLogDays == 0)
        #expect(throws: ParkingRuleSetError(file: "r.json", path: "checkLogDays", "400 is not between 0 and 90")) {
            try ParkingCityRules.parse(Data((base + #", "checkLogDays": 400}"#).utf8), file: "r.json")
        }
        #expect(throws: ParkingRuleSetError.self) { try ParkingCityRules.parse(Data((base + #", "checkLogDays": "week"}"#).utf8), file: "r.json") }
    }
}
