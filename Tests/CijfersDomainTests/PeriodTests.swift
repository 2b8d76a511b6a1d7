import Foundation
import Testing
@testable import CijfersDomain

@Suite("Periods")
struct PeriodTests {
    @Test("The kind of period is read from the label", arguments: [
        ("2021", "year"), ("2021Q3", "quarter"), ("2021-Q3", "quarter"), ("2021q1", "quarter"),
        ("2021M05", "month"), ("2021-05", "month"), ("2021-M12", "month"), ("2021m1", "month"),
        ("2019-2021", "other"), ("schooljaar 2022-2023", "other"), ("2021Q5", "other"), ("2021Q0", "other"),
        ("2021-13", "other"), ("2021M13", "other"), ("2021-5", "other"), ("20211", "other"), ("202", "other"),
        ("+202", "other"), ("2021Q+3", "other"), ("2021M-1", "other"), ("", "other"),
    ])
    func level(label: String, expected: String) {
        #expect(Period(label).level == expected)
    }

    @Test("Labels are trimmed and Excel's 2018.0 is the year 2018", arguments: [
        ("2018.0", "2018"), ("2018.00", "2018"), (" 2018 ", "2018"), ("2021Q3", "2021Q3"), ("2018.5", "2018.5"),
    ])
    func normalised(raw: String, label: String) {
        #expect(Period(raw).label == label)
        #expect(Period(raw).description == label)
    }

    @Test("Years step by one")
    func years() {
        #expect(Period("2021").offset(by: -1)?.label == "2020")
        #expect(Period("2021").offset(by: 2)?.label == "2023")
        #expect(Period("2018.0").offset(by: 0)?.label == "2018")
    }

    @Test("Quarters cross year boundaries", arguments: [
        ("2021Q1", -1, "2020Q4"), ("2021Q4", 1, "2022Q1"), ("2021Q3", -7, "2019Q4"), ("2021Q2", 4, "2022Q2"),
        ("2021Q3", 0, "2021Q3"),
    ])
    func quarters(label: String, steps: Int, expected: String) {
        #expect(Period(label).offset(by: steps)?.label == expected)
    }

    @Test("Months cross year boundaries", arguments: [
        ("2021M01", -1, "2020M12"), ("2021M12", 1, "2022M01"), ("2021M05", -17, "2019M12"), ("2021M05", 12, "2022M05"),
    ])
    func months(label: String, steps: Int, expected: String) {
        #expect(Period(label).offset(by: steps)?.label == expected)
    }

    @Test("Neighbours are written like the period itself, so they match the stored labels", arguments: [
        ("2021-Q1", -1, "2020-Q4"), ("2021-05", -1, "2021-04"), ("2021-01", -1, "2020-12"),
        ("2021q2", 1, "2021q3"), ("2021-M05", -1, "2021-M04"), ("2021M9", 1, "2021M10"),
    ])
    func styleKept(label: String, steps: Int, expected: String) {
        #expect(Period(label).offset(by: steps)?.label == expected)
    }

    @Test("Labels without calendar meaning have no neighbours")
    func noNeighbours() {
        #expect(Period("2019-2021").offset(by: 1) == nil)
        #expect(Period("schooljaar 2022-2023").offset(by: -1) == nil)
    }

    @Test("Offsets far outside any calendar give nil instead of overflowing")
    func extremeOffsets() {
        #expect(Period("2021").offset(by: .max) == nil)
        #expect(Period("2021Q1").offset(by: .min) == nil)
        #expect(Period("2021M01").offset(by: -9_999 * 12) == nil)
        #expect(Period("2021").offset(by: -9_999) == nil)
    }

    @Test("Periods sort by label")
    func sorting() {
        let sorted = ["2021", "2019", "2020Q4", "2020"].map(Period.init).sorted().map(\.label)
        #expect(sorted == ["2019", "2020", "2020Q4", "2021"])
    }

    @Test("Encoded as the plain label, and decoded through the same normalisation")
    func codable() throws {
        let data = try JSONEncoder().encode([Period("2021Q3")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2021Q3"]"#)
        let decoded = try JSONDecoder().decode([Period].self, from: Data(#"["2018.0"," 2019 "]"#.utf8))
        #expect(decoded.map(\.label) == ["2018", "2019"])
    }
}
