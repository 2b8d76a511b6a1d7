@testable import App
@testable import Cijfers
@testable import Platform
import CijfersImport
import Foundation
import SQLKit
import Testing

/// The packed storage of values (docs/cijfers.md, "Storage"): the vector text, and what the database holds after
/// imports, including the analysts' view.
@Suite("Value vectors")
struct ValueVectorTests {
    @Test("A vector survives the trip bit for bit: integers, fractions, extremes, negative zero and gaps")
    func roundTrip() throws {
        let values: [Double] = [0, 1, -1, 12_345_678_901_234, 123_456_789_012_345_678, 0.1, 2.675, -0.0, .nan, 1e-5,
                                3.3333333333333335e-300, -1.7976931348623157e308, 5e-324, .nan, 98765.43210987654,
                                -99999, -99996, 0.12345678901234568, .nan, .nan]
        let text = ValueVector.encode(values)
        // Trailing gaps are not written; the text is JSON both databases can unfold.
        #expect(text.hasPrefix("[0,1,-1,12345678901234,"))
        #expect(text.hasSuffix(",0.12345678901234568]"))
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [Any])
        let back = try ValueVector.decode(text, count: values.count)
        for (i, (a, b)) in zip(values, back).enumerated() {
            #expect(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN), "slot \(i): \(a) became \(b)")
        }
        // Fewer slots than stored: the extra ones (areas a catalog does not know yet) are ignored.
        #expect(try ValueVector.decode(text, count: 3) == [0, 1, -1])
        #expect(ValueVector.encode([.nan, .nan]) == "[]")
        #expect(try ValueVector.decode("[]", count: 2).allSatisfy(\.isNaN))
        #expect(ValueVector.encode([.infinity, 1]) == "[null,1]")
    }

    @Test("Random values read back exactly", arguments: [1, 2, 3])
    func randomRoundTrip(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let values = (0..<2_000).map { i -> Double in
            switch i % 4 {
            case 0: Double(Int.random(in: -1_000_000...1_000_000, using: &generator))
            case 1: Double.random(in: -1e6...1e6, using: &generator)
            case 2: Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator))
            default: .nan
            }
        }
        let back = try ValueVector.decode(ValueVector.encode(values), count: values.count)
        for (a, b) in zip(values, back) where a.isFinite {
            #expect(a.bitPattern == b.bitPattern)
        }
    }

    @Test("Values with up to six decimals are written from their digits, and read back bit for bit")
    func fewDecimals() throws {
        // Written as plain decimals (Swift's `description` would write 1e-05 and 2e-06); seven decimals are not.
        #expect(ValueVector.encode([1e-5, 0.000123, -2.5, 1234.56, 2e-6, 999_999_999.999999, 1.5e-6])
                == "[0.00001,0.000123,-2.5,1234.56,0.000002,999999999.999999,1.5e-06]")
        // Edge values: negative zero, below a millionth, large, not a short decimal, beside a short decimal, gaps.
        let edges: [Double] = [-0.0, 0, 1e-7, 1e-6, 1e21, 1e9, 1e9 + 0.5, 0.1 + 0.2, (0.1).nextUp, (0.1).nextDown,
                               -(2.675).nextUp, .nan, 5e-324, 0.1, -0.000001, 999_999_999.9999995,
                               4_503_599_627_370_495.5, .nan, 123_456.000001]
        let text = ValueVector.encode(edges)
        #expect(text.hasPrefix("[-0.0,0,1e-07,0.000001,1e+21,1000000000,1000000000.5,0.30000000000000004,"))
        let back = try ValueVector.decode(text, count: edges.count)
        for (i, (a, b)) in zip(edges, back).enumerated() {
            #expect(a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN), "slot \(i): \(a) became \(b)")
        }
        // Every number written reads back the same through strtod too (what PostgreSQL and the view see).
        let numbers = text.dropFirst().dropLast().split(separator: ",").filter { $0 != "null" }
        for (number, value) in zip(numbers, edges.filter { !$0.isNaN }) {
            #expect(Double(String(number))?.bitPattern == value.bitPattern, "\(number) for \(value)")
        }
    }

    @Test("Random short decimals and random doubles read back exactly, by our reader and by strtod", arguments: [4, 5])
    func randomDecimals(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        var values: [Double] = []
        var texts: [String] = []
        for i in 0..<3_000 {
            if i % 3 == 2 {
                // Any double of the range the digit writer tries, most of them not short decimals.
                let scale = Double(1 << Int.random(in: 0...40, using: &generator))
                values.append(Double.random(in: -1e9...1e9, using: &generator) / scale)
                continue
            }
            // The nearest double to a decimal with 1–6 decimals and up to 9 integer digits.
            let decimals = Int.random(in: 1...6, using: &generator)
            let whole = Int.random(in: 0...999_999_999, using: &generator) >> Int.random(in: 0...29, using: &generator)
            var fraction = String(Int.random(in: 1...999_999, using: &generator) % Int(pow(10, Double(decimals))))
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            let text = (i % 2 == 0 ? "-" : "") + "\(whole).\(fraction)"
            texts.append(text)
            values.append(Double(text)!)
        }
        let encoded = ValueVector.encode(values)
        let back = try ValueVector.decode(encoded, count: values.count)
        for (a, b) in zip(values, back) {
            #expect(a.bitPattern == b.bitPattern, "\(a) became \(b)")
        }
        for (number, value) in zip(encoded.dropFirst().dropLast().split(separator: ","), values) {
            #expect(Double(String(number))?.bitPattern == value.bitPattern, "\(number) for \(value)")
        }
        // Decimal texts of up to 15 digits (the reader's own fast path) read as strtod reads them.
        let decoded = try ValueVector.decode("[" + texts.joined(separator: ",") + "]", count: texts.count)
        for (text, value) in zip(texts, decoded) {
            #expect(Double(text)?.bitPattern == value.bitPattern, "\(text) read as \(value)")
        }
    }

    @Test("Damaged vectors are refused, not misread", arguments: [
        "", "[", "1,2", "[1,,2]", "[1,2,]", "[nul]", "[1x]", "[--1]", "[1e999]", "[,1]",
    ])
    func damaged(text: String) {
        #expect(throws: ValueVector.FormatError.self) { try ValueVector.decode(text, count: 4) }
    }

    @Test("An import writes one row per indicator × level × period; the view unfolds them; append and replace",
          arguments: TestDatabase.available)
    func importAndView(database: TestDatabase) async throws {
        try await withTestApp(database) { app in
            // setup: four gemeenten, two periods, two indicators; one value unknown
            let dir = try Fixtures.temporaryDirectory()
            let sheet = dir.appendingPathComponent("vector_indicatoren.csv")
            try """
                Indicator code;Name;Data type;Aggregation indicator
                v_n;Aantal;Numeric;
                v_pct;Aandeel;Percentage (mean);v_n
                """.write(to: sheet, atomically: true, encoding: .utf8)
            let data = dir.appendingPathComponent("vector_data.csv")
            try """
                period;geolevel;geoitem;v_n;v_pct
                2024;gemeente2024;11001;10;50.5
                2024;gemeente2024;11002;30;20
                2024;gemeente2024;44021;7;-99999
                2023;gemeente2024;11001;9;0.1
                """.write(to: data, atomically: true, encoding: .utf8)
            try await TestData.load(TestData.smallGeography + [sheet.path, data.path], into: app)
            let sql = app.db.sql
            func count(_ table: String) async throws -> Int {
                try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self) ?? -1
            }
            func view(_ indicator: String, _ level: String, _ area: String, _ period: String) async throws -> (Double?, String)? {
                guard let row = try await sql.raw("""
                    SELECT value, status FROM cijfers_waarden WHERE indicator = \(bind: indicator) AND level = \(bind: level)
                      AND area = \(bind: area) AND period = \(bind: period)
                    """).first() else { return nil }
                return (try row.decode(column: "value", as: Double?.self), try row.decode(column: "status", as: String.self))
            }

            // check: loaded vectors are 2 indicators × 2 periods at gemeente level; computed ones at each level above
            let loaded = try await sql.raw("SELECT COUNT(*) AS n FROM value_vectors WHERE origin = 0").first()?.decode(column: "n", as: Int.self)
            #expect(loaded == 4)
            // 7 loaded values; computed: provincie Antwerpen, gewest, centrumsteden (2 periods) + Oost-Vlaanderen (2024)
            #expect(try await count("cijfers_waarden") > 7)
            #expect(try await view("v_n", "gemeente2024", "11001", "2024")! == (10, "geladen"))
            #expect(try await view("v_pct", "gemeente2024", "11001", "2023")! == (0.1, "geladen"))
            #expect(try await view("v_pct", "gemeente2024", "44021", "2024")! == (nil, "onbekend"))
            #expect(try await view("v_n", "provincie2024", "10000", "2024")! == (40, "berekend"))
            #expect(try await view("v_n", "gemeente2024", "11004", "2024") == nil)

            // act: append one value and change one; then replace 2024 with one value
            let more = dir.appendingPathComponent("vector_meer.csv")
            try """
                period;geolevel;geoitem;v_n
                2024;gemeente2024;11004;5
                2024;gemeente2024;11001;11
                """.write(to: more, atomically: true, encoding: .utf8)
            try await TestData.load([more.path], into: app, options: ImportOptions(mode: .append))
            #expect(try await view("v_n", "gemeente2024", "11002", "2024")! == (30, "geladen"))
            #expect(try await view("v_n", "gemeente2024", "11001", "2024")! == (11, "geladen"))
            #expect(try await view("v_n", "provincie2024", "10000", "2024")! == (46, "berekend"))
            let only = dir.appendingPathComponent("vector_alleen.csv")
            try """
                period;geolevel;geoitem;v_n
                2024;gemeente2024;11002;1
                """.write(to: only, atomically: true, encoding: .utf8)
            try await TestData.load([only.path], into: app, options: ImportOptions(mode: .replace))
            #expect(try await view("v_n", "gemeente2024", "11001", "2024") == nil)
            #expect(try await view("v_n", "provincie2024", "10000", "2024")! == (1, "berekend"))
            // 2023 and the other indicator are untouched by a replace of v_n 2024
            #expect(try await view("v_n", "gemeente2024", "11001", "2023")! == (9, "geladen"))
            #expect(try await view("v_pct", "gemeente2024", "11001", "2024")! == (50.5, "geladen"))

            // check: the API answers from the same vectors
            let catalog = await app.catalogStore.current
            let table = try await DataQuery(database: app.db, catalog: catalog).run(DataSelection(
                indicators: ["v_n"], level: "gemeente2024", areas: ["11002", "11001"], periods: .list(["2023", "2024"])))
            #expect(table.cells.map(\.value.value) == [nil, 1, 9, nil])
        }
    }
}

/// A small deterministic generator (SplitMix64), so random cases repeat.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
