import DienstenDomain
import Foundation
import Testing

@Suite("Energiedelen: Fluvius quarter-hour reader")
struct EnergiedelenReaderTests {
    static let header = "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus"
    // Check digits by hand (GS1 weights 3,1,3,… from the left of 17 digits):
    // 5·3+4+1·3+4+4·3+8+8·3+2+0…+1·3 = 75 → 5;  …+2·3 = 78 → 2.
    static let eanA = "541448820000000015"
    static let eanB = "541448820000000022"
    /// 2023-01-01 00:00 UTC = 19,358 days × 96 quarters = 1,858,368.
    static let newYear2023 = 1_858_368

    static func row(_ date: String, _ from: String, _ to: String, ean: String = eanA, _ register: String, _ volume: String,
                    status: String = "Gemeten", toDate: String? = nil, unit: String = "kWh") -> String {
        "\(date);\(from);\(toDate ?? date);\(to);=\"\(ean)\";1SAG1100000001;Digitale Meter;\(register);\(volume);\(unit);\(status)"
    }

    static func problems(_ text: String) -> [MeterReadProblem] {
        do { _ = try FluviusHistoryReader.read(text); return [] } catch { return error.problems }
    }

    @Test func readsDayAndNightRegistersPerDirectionWithDecimalComma() throws {
        // 1 January 2023 is winter time: 01:00 local = 00:00 UTC = quarter 1,858,368.
        let text = [
            Self.header,
            Self.row("01-01-2023", "01:00:00", "01:15:00", "Afname Nacht", "0,250"),
            Self.row("01-01-2023", "01:00:00", "01:15:00", "Injectie Nacht", "0,000"),
            Self.row("01-01-2023", "01:00:00", "01:15:00", "Afname Dag", "0,125"),  // summed with the night: 0.375
            Self.row("01-01-2023", "01:15:00", "01:30:00", "Afname Nacht", "", status: "Geen verbruik"),
            Self.row("01-01-2023", "01:15:00", "01:30:00", "Injectie Nacht", "1,5"),
            Self.row("01-01-2023", "01:00:00", "01:15:00", ean: Self.eanB, "Afname Nacht", "0,1"),
        ].joined(separator: "\r\n") + "\r\n"
        let history = try FluviusHistoryReader.read(Data(("\u{FEFF}" + text).utf8))
        #expect(history.rowCount == 6)
        #expect(history.series.map(\.ean) == [Self.eanA, Self.eanB])
        let a = try #require(history.series(ean: Self.eanA))
        #expect(a.firstQuarter == Self.newYear2023)
        #expect(a.offtake == [0.375, 0])
        #expect(a.injection == [0, 1.5])
        #expect(a.present == [true, true])
        #expect(a.noConsumption == [false, true])
        #expect(a.missingCount == 0)
    }

    @Test func theRepeatedHourWhenSummerTimeEndsGivesTwoQuarters() throws {
        // 29 October 2023, last Sunday of October: 02:00 CEST = 00:00 UTC (quarter 1,887,264), then 02:00 CET =
        // 01:00 UTC (quarter 1,887,268). Between them the three summer quarters 02:15, 02:30, 02:45 CEST.
        var rows = [Self.header]
        for pass in 0..<2 {
            for (index, minute) in ["00", "15", "30", "45"].enumerated() {
                let to = index == 3 ? "03:00" : "02:\(["15", "30", "45"][index])"
                rows.append(Self.row("29-10-2023", "02:\(minute)", to, "Afname Nacht", "\(pass + 1),\(index)"))
            }
        }
        let series = try #require(try FluviusHistoryReader.read(rows.joined(separator: "\n")).series.first)
        #expect(series.firstQuarter == 1_887_264)
        #expect(series.offtake == [1.0, 1.1, 1.2, 1.3, 2.0, 2.1, 2.2, 2.3])
        #expect(series.missingCount == 0)
        // A third 02:00 row for the same register has no hour left to go to.
        rows.append(Self.row("29-10-2023", "02:00", "02:15", "Afname Nacht", "9"))
        let problems = Self.problems(rows.joined(separator: "\n"))
        #expect(problems.count == 1 && problems.first?.row == 10 && problems.first?.column == "Van tijdstip")
    }

    @Test func theSkippedHourWhenSummerTimeStartsIsRefused() {
        // 26 March 2023, last Sunday of March: the clock jumps from 02:00 to 03:00.
        let ok = [Self.header, Self.row("26-03-2023", "01:45", "03:00", "Afname Nacht", "0,1"),
                  Self.row("26-03-2023", "03:00", "03:15", "Afname Nacht", "0,1")].joined(separator: "\n")
        let series = try? FluviusHistoryReader.read(ok).series.first
        // 01:45 CET = 00:45 UTC and 03:00 CEST = 01:00 UTC: adjacent quarters.
        #expect(series?.count == 2)
        let bad = [Self.header, Self.row("26-03-2023", "02:15", "02:30", "Afname Nacht", "0,1")].joined(separator: "\n")
        #expect(Self.problems(bad).map { "\($0.row) \($0.column ?? "")" } == ["2 Van tijdstip"])
    }

    @Test func theEnglishAndOlderCapitalisedHeadersAreRead() throws {
        let english = "From date;From time;To date;To time;EAN;Meter;Meter type;Register;Volume;Unit;Validation status\n"
            + Self.row("01-01-2023", "01:00", "01:15", "Offtake Day", "0.5", status: "Measured") + "\n"
            + Self.row("01-01-2023", "01:00", "01:15", "Injection Night", "0.25", status: "Measured") + "\n"
            + Self.row("01-01-2023", "01:15", "01:30", "Offtake Night", "", status: "No consumption")
        let a = try #require(try FluviusHistoryReader.read(english).series.first)
        #expect(a.offtake == [0.5, 0] && a.injection == [0.25, 0] && a.noConsumption == [false, true])

        let older = "Van Datum;Van Tijdstip;Tot Datum;Tot Tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus\n"
            + Self.row("01-01-2023", "01:00:00", "01:15:00", "Afname Dag", "0,5")
        #expect(try FluviusHistoryReader.read(older).series.first?.offtake == [0.5])

        // Newer exports write the date and time columns in parentheses, call the EAN "EAN-code", may add a
        // description column and put the columns in another order.
        let parenthesised = "EAN-code;Van (datum);Van (tijdstip);Tot (datum);Tot (tijdstip);Meter;Metertype;Register;Volume;Eenheid;Validatiestatus;Omschrijving\n"
            + "=\"\(Self.eanA)\";01-01-2023;01:00:00;01-01-2023;01:15:00;1SAG;Digitale Meter;Injectie Dag;0,75;kWh;Gemeten;Kwartier"
        #expect(try FluviusHistoryReader.read(parenthesised).series.first?.injection == [0.75])
        // An unknown column is refused, located at the header.
        let unknown = Self.header + ";Kleur\n" + Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "1") + ";rood"
        #expect(Self.problems(unknown).map { "\($0.row) \($0.column ?? "")" } == ["1 Kleur"])
    }

    @Test func aWholeYearOfWallClockRowsFillsEveryQuarterOnce() throws {
        // Walk 2023 on the wall clock, as the export writes it: 96 quarters a day, but no 02:xx on 26 March and
        // 02:xx twice on 29 October. 365 × 96 − 4 + 4 = 35,040 rows per register, 35,040 UTC quarters, no gap.
        // Starts at 1 January 00:00 Brussels = 2022-12-31 23:00 UTC = 1,858,368 − 4. Offtake 0,1 per row.
        var rows = [Self.header]
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for month in 1...12 {
            for dayOfMonth in 1...monthLengths[month - 1] {
                let date = String(format: "%02d-%02d-2023", dayOfMonth, month)
                for quarter in 0..<96 {
                    let hour = quarter / 4
                    var passes = 1
                    if month == 3 && dayOfMonth == 26 && hour == 2 { passes = 0 }
                    if month == 10 && dayOfMonth == 29 && hour == 2 { passes = 2 }
                    let end = quarter + 1
                    let endDate = end == 96 ? (dayOfMonth == monthLengths[month - 1]
                        ? String(format: "01-%02d-%04d", month % 12 + 1, month == 12 ? 2024 : 2023)
                        : String(format: "%02d-%02d-2023", dayOfMonth + 1, month)) : date
                    let from = String(format: "%02d:%02d:00", hour, quarter % 4 * 15)
                    var to = String(format: "%02d:%02d:00", end % 96 / 4, end % 4 * 15)
                    if month == 3 && dayOfMonth == 26 && quarter == 7 { to = "03:00:00" }  // 01:45 → 03:00
                    for _ in 0..<passes {
                        rows.append(Self.row(date, from, to, "Afname Nacht", "0,1", toDate: endDate))
                    }
                }
            }
        }
        let series = try #require(try FluviusHistoryReader.read(rows.joined(separator: "\n")).series.first)
        #expect(series.firstQuarter == Self.newYear2023 - 4)
        #expect(series.count == 35_040 && series.missingCount == 0)
        #expect(abs(series.offtake.reduce(0, +) - 3_504) < 1e-6)
    }

    @Test func aGapIsZeroAndMarkedMissing() throws {
        // 01:00 and 01:45 present → four quarters, the middle two missing.
        let text = [Self.header, Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "1"),
                    Self.row("01-01-2023", "01:45", "02:00", "Afname Dag", "2")].joined(separator: "\n")
        let series = try #require(try FluviusHistoryReader.read(text).series.first)
        #expect(series.offtake == [1, 0, 0, 2] && series.present == [true, false, false, true] && series.missingCount == 2)
    }

    @Test func everyBadRowIsLocated() {
        let text = [
            Self.header,
            Self.row("32-01-2023", "01:00", "01:15", "Afname Dag", "1"),                       // 2: no 32 January
            Self.row("01-01-2023", "01:10", "01:25", "Afname Dag", "1"),                       // 3: not a quarter start
            Self.row("01-01-2023", "01:00", "01:30", "Afname Dag", "1"),                       // 4: 30 minutes
            Self.row("01-01-2023", "01:00", "01:15", ean: "541448820000000016", "Afname Dag", "1"),  // 5: check digit
            Self.row("01-01-2023", "01:00", "01:15", "Reactief", "1"),                         // 6: register
            Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "1,2,3"),                   // 7: number
            Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", ""),                        // 8: empty, measured
            Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "1", unit: "m³"),           // 9: gas
            Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "-1"),                      // 10: negative
            "01-01-2023;01:00",                                                                // 11: short row
            Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "1"),                       // 12: fine
            Self.row("01-01-2023", "01:00", "01:15", "Afname Dag", "1"),                       // 13: duplicate
        ].joined(separator: "\n")
        let found = Self.problems(text).map { "\($0.row) \($0.column ?? "-")" }
        #expect(found == [
            "2 Van datum", "3 Van tijdstip", "4 Tot tijdstip", "5 EAN", "6 Register", "7 Volume", "8 Volume",
            "9 Eenheid", "10 Volume", "11 -", "13 Van tijdstip",
        ])
    }

    @Test func aFileThatIsNotAnExportIsRefusedAtTheHeader() {
        let problems = Self.problems("Datum;Stand\n01-01-2023;5")
        #expect(problems.first?.row == 1)
        #expect(Self.problems("").first?.reason == "the file is empty")
        #expect(Self.problems(Self.header + "\n\n").first?.reason == "the file has a header but no rows")
        #expect(MeterReadProblem(row: 3, column: "Volume", reason: "x").description == "row 3, column Volume: x")
    }

    @Test func theClockKnowsTheChangeDays() {
        // 2024: summer time from 31 March 01:00 UTC to 27 October 01:00 UTC.
        let march31 = EnergyClock.dayNumber(year: 2024, month: 3, day: 31)
        #expect(!EnergyClock.isSummerTime(utcMinute: march31 * 1440 + 59))
        #expect(EnergyClock.isSummerTime(utcMinute: march31 * 1440 + 60))
        let october27 = EnergyClock.dayNumber(year: 2024, month: 10, day: 27)
        #expect(EnergyClock.isSummerTime(utcMinute: october27 * 1440 + 59))
        #expect(!EnergyClock.isSummerTime(utcMinute: october27 * 1440 + 60))
        #expect(EnergyClock.day(ofDayNumber: EnergyClock.dayNumber(year: 2024, month: 2, day: 29)) == .init(year: 2024, month: 2, day: 29))
        #expect(!EnergyClock.isValid(year: 2023, month: 2, day: 29))
        #expect(EnergyClock.dayNumber(year: 1970, month: 1, day: 1) == 0)
    }
}
