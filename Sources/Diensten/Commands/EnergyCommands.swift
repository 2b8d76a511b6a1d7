import DienstenDomain
import Foundation
import Platform
import Vapor

/// `stadsbeeld energy benchmark [--apartments 50] [--runs 10] [--year 2025] [--write-data PREFIX]`
enum EnergyCommands {
    static var all: [(name: String, command: any AnyAsyncCommand)] { [("energy", EnergyCommand())] }
}

struct EnergyCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "benchmark")
        var action: String
        @Option(name: "apartments", help: "benchmark: apartments in the made-up building (default 50)")
        var apartments: Int?
        @Option(name: "runs", help: "benchmark: runs per measurement (default 10)")
        var runs: Int?
        @Option(name: "year", help: "benchmark: the calendar year to make up (default 2025: 35,040 quarter hours)")
        var year: Int?
        @Option(name: "write-data", help: "benchmark: also write the building's arrays to PREFIX.offtake.f64, PREFIX.injection.f64 and PREFIX.json, for a peer")
        var writeData: String?
    }

    var help: String {
        "energiedelen: benchmark (rekent een verzonnen gebouw een jaar per kwartier door met elke verdeelsleutel en leest een jaar "
            + "kwartierdata van één meter; mediaan, min en max; bouw in release)"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.action == "benchmark" else {
            throw Abort(.badRequest, reason: "onbekende actie '\(signature.action)'; kies benchmark")
        }
        let apartments = signature.apartments ?? 50
        let runs = signature.runs ?? 10
        guard (1...2_000).contains(apartments), (1...1_000).contains(runs) else {
            throw Abort(.badRequest, reason: "--apartments moet tussen 1 en 2000 liggen en --runs tussen 1 en 1000")
        }
        let report = try EnergyBenchmark.run(apartments: apartments, runs: runs, year: signature.year ?? 2025, writeData: signature.writeData)
        for line in report { context.console.print(line) }
    }
}

/// The measurements: `SharingSimulation.run` per key on a seeded made-up building, and `FluviusHistoryReader.read`
/// on a year of one meter written as Fluvius writes it (two rows per quarter hour).
enum EnergyBenchmark {
    static func run(apartments: Int, runs: Int, year: Int, writeData: String?) throws -> [String] {
        let request = SyntheticBuildingRequest(apartments: apartments, pvKWp: Double(apartments) * 1.5, year: year, seed: 2026)
        let tariffs = SharingTariffs(energyPrice: 0.30, injectionPrice: 0.04, networkCostsOnShared: 0.12, installationCost: 60_000)
        var lines = ["energiedelen: \(apartments) appartementen, \(SyntheticProfiles.year(year).count) kwartieren (\(year)), \(runs) keer"]
        lines.append(row("meting", "mediaan ms", "min ms", "max ms", "gedeeld kWh"))
        var totals: [String: [String: Double]] = [:]
        var base = try SyntheticProfiles.building(request, key: .fixed)
        for key in SharingKey.allCases {
            base.key = key
            var times: [Double] = []
            var result: SharingYearResult?
            for _ in 0..<runs {
                let start = ContinuousClock.now
                result = try SharingSimulation.run(base, tariffs: tariffs)
                times.append(milliseconds(ContinuousClock.now - start))
            }
            let shared = result?.shared ?? 0
            totals[key.rawValue] = ["shared": shared, "returned": result?.returned ?? 0]
            lines.append(row("SharingSimulation.run \(key.rawValue)", stats(times), shared))
        }
        let csv = fluviusYear(year: year, offtake: (0..<base.quarterCount).map { base.offtake[$0 * apartments] }, injection: base.injection)
        let data = Data(csv.utf8)
        var readTimes: [Double] = []
        var rows = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            rows = try FluviusHistoryReader.read(data).rowCount
            readTimes.append(milliseconds(ContinuousClock.now - start))
        }
        lines.append(row("FluviusHistoryReader.read (\(rows) rijen, \(data.count / 1_000_000) MB)", stats(readTimes), nil))
        if let prefix = writeData {
            try write(base.offtake, to: prefix + ".offtake.f64")
            try write(base.injection, to: prefix + ".injection.f64")
            // Where each Brussels month starts, in quarters from 1 January, so the peer sums months the same way.
            let monthStarts = (1...12).map { EnergyClock.firstQuarter(ofLocalDay: .init(year: year, month: $0, day: 1)) - base.firstQuarter }
            let meta: [String: Any] = ["apartments": apartments, "quarters": base.quarterCount, "shares": base.shares, "runs": runs,
                                       "totals": totals, "monthStarts": monthStarts]
            try JSONSerialization.data(withJSONObject: meta, options: [.sortedKeys]).write(to: URL(fileURLWithPath: prefix + ".json"))
            lines.append("gegevens geschreven naar \(prefix).offtake.f64, .injection.f64 en .json")
        }
        return lines
    }

    /// A year of one meter as a Fluvius quarter-hour export: Afname and Injectie rows per quarter hour, Dag from 07:00
    /// to 22:00 on weekdays, Nacht otherwise (as the two-register meters have it), local wall-clock times with October's
    /// repeated hour written twice.
    static func fluviusYear(year: Int, offtake: [Double], injection: [Double]) -> String {
        let ean = "541448820000000015"
        var text = "Van datum;Van tijdstip;Tot datum;Tot tijdstip;EAN;Meter;Metertype;Register;Volume;Eenheid;Validatiestatus\r\n"
        text.reserveCapacity(offtake.count * 2 * 110)
        let first = SyntheticProfiles.year(year).firstQuarter
        func wall(_ utcMinute: Int) -> (date: String, time: String) {
            let local = EnergyClock.local(utcMinute: utcMinute)
            let day = EnergyClock.day(ofDayNumber: local.dayNumber)
            return (String(format: "%02d-%02d-%04d", day.day, day.month, day.year),
                    String(format: "%02d:%02d:00", local.minuteOfDay / 60, local.minuteOfDay % 60))
        }
        for quarter in 0..<offtake.count {
            let from = wall((first + quarter) * 15)
            let to = wall((first + quarter + 1) * 15)
            let local = EnergyClock.local(utcMinute: (first + quarter) * 15)
            let weekday = ((local.dayNumber + 4) % 7 + 7) % 7
            let day = weekday != 0 && weekday != 6 && local.minuteOfDay >= 7 * 60 && local.minuteOfDay < 22 * 60
            let period = day ? "Dag" : "Nacht"
            for (register, value) in [("Afname", offtake[quarter]), ("Injectie", injection[quarter])] {
                text += "\(from.date);\(from.time);\(to.date);\(to.time);=\"\(ean)\";1SAG1100000001;Digitale Meter;\(register) \(period);"
                text += String(format: "%.3f", value).replacingOccurrences(of: ".", with: ",") + ";kWh;Gemeten\r\n"
            }
        }
        return text
    }

    static func write(_ values: [Double], to path: String) throws {
        var data = Data(capacity: values.count * 8)
        for value in values {
            var bits = value.bitPattern.littleEndian
            withUnsafeBytes(of: &bits) { data.append(contentsOf: $0) }
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    static func stats(_ values: [Double]) -> (median: Double, min: Double, max: Double) {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        return (median, sorted.first ?? 0, sorted.last ?? 0)
    }

    static func row(_ name: String, _ stats: (median: Double, min: Double, max: Double), _ shared: Double?) -> String {
        row(name, String(format: "%.2f", stats.median), String(format: "%.2f", stats.min), String(format: "%.2f", stats.max),
            shared.map { String(format: "%.3f", $0) } ?? "")
    }

    static func row(_ columns: String...) -> String {
        columns.enumerated().map { index, text in
            index == 0 ? text.padding(toLength: 52, withPad: " ", startingAt: 0) : String(repeating: " ", count: max(0, 12 - text.count)) + text
        }.joined()
    }
}
