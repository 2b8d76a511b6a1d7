import CijfersDomain
import Foundation
import Tabular

/// Streams the values out of a data sheet in Swing's format 1 (one column per indicator) or format 2
/// (one row per value), resolving codes against the catalog and recording every problem where it stands.
/// It never stops at the first problem: the caller gets the whole report, and writes nothing if it is not empty.
public final class DataSheetParser {
    private let reader: any RowReader
    private let catalog: any ImportCatalog
    private let options: ImportOptions
    private let problems: ProblemCollector
    private let decimalComma: Bool
    private let layout: Layout
    private var seenRows = Set<RowKey>()
    private var lastPeriod: (text: String, label: String) = ("", Period("").label)
    public private(set) var rowsRead = 0
    /// Keys of indicators this import may not load; the first row naming one ends the sheet.
    private let forbidden: Set<Int>
    private var stopped = false

    private enum Layout {
        case wide(period: Int, level: Int?, area: Int, indicators: [(column: Int, key: Int)])
        case long(period: Int, level: Int?, area: Int, subject: Int, value: Int)
    }

    private struct RowKey: Hashable {
        let area: Int
        let period: String
        let indicator: Int
    }

    /// Returns nil (with the problems recorded) when the header itself makes the sheet unusable.
    /// - Parameter forbidden: codes of indicators the importer may not load. In format 1 such a column refuses the
    ///   sheet before any row is read; in format 2 the first row naming one is reported and reading stops there.
    public init?(reader: any RowReader, header: HeaderRow, format: SwingFormat, defaultLevel: String?,
                 catalog: any ImportCatalog, options: ImportOptions, problems: ProblemCollector,
                 forbidden: Set<String> = []) {
        self.reader = reader
        self.forbidden = Set(forbidden.compactMap { catalog.indicator($0)?.key })
        self.catalog = catalog
        self.options = options
        self.problems = problems
        self.decimalComma = (reader as? CSVReader)?.decimalComma ?? false
        let headerLocation = reader.location(row: header.row.number)
        let period = header.column(SwingFormat.Columns.period)
        let level = header.column(SwingFormat.Columns.geolevel)
        let area = header.column(SwingFormat.Columns.geoitem)
        var missing: [String] = []
        if period == nil { missing.append("period/PERIODE") }
        if area == nil { missing.append("geoitem/GEBIED") }
        if level == nil && defaultLevel == nil { missing.append("geolevel/GEBIEDSNIVEAU") }
        if format == .dataLong {
            let subject = header.column(SwingFormat.Columns.subject)
            let value = header.column(SwingFormat.Columns.value)
            if subject == nil { missing.append("ONDERWERP") }
            if value == nil { missing.append("WAARDE") }
            guard missing.isEmpty, let period, let area, let subject, let value else {
                problems.add(.missingColumn, at: headerLocation, "kolom \(missing.joined(separator: ", ")) ontbreekt")
                return nil
            }
            layout = .long(period: period, level: level, area: area, subject: subject, value: value)
        } else {
            guard missing.isEmpty, let period, let area else {
                problems.add(.missingColumn, at: headerLocation, "kolom \(missing.joined(separator: ", ")) ontbreekt")
                return nil
            }
            var indicators: [(Int, Int)] = []
            var seenCodes: [String: Int] = [:]
            var refused = false
            for (column, name) in header.names.enumerated() where ![period, level, area].contains(column) {
                let code = name.trimmingCharacters(in: .whitespaces)
                if code.isEmpty { continue }
                let location = reader.location(row: header.row.number, column: column)
                if let first = seenCodes[code] {
                    problems.add(.duplicateKey, at: location, "indicator '\(code)' staat ook in kolom \(columnLetters(first))")
                    continue
                }
                seenCodes[code] = column
                guard let indicator = DataSheetParser.resolve(code, catalog: catalog) else {
                    if options.skipUnknown {
                        problems.notice(at: location, "onbekende indicator '\(code)': kolom overgeslagen")
                    } else {
                        problems.add(.unknownIndicator, at: location, "indicator '\(code)' bestaat niet")
                    }
                    continue
                }
                if indicator.isFormula {
                    problems.add(.invalidValue, at: location, "indicator '\(code)' is een formule en krijgt geen data")
                    continue
                }
                if forbidden.contains(code) {
                    problems.add(.notPermitted, at: location, Self.notPermitted(code))
                    refused = true
                    continue
                }
                indicators.append((column, indicator.key))
            }
            if indicators.isEmpty && seenCodes.isEmpty {
                problems.add(.missingColumn, at: headerLocation, "er staat geen enkele indicatorkolom in de kop")
            }
            // Not one data row is read for a sheet the importer may not load.
            if refused { return nil }
            layout = .wide(period: period, level: level, area: area, indicators: indicators)
        }
        self.defaultLevel = defaultLevel
    }

    private let defaultLevel: String?

    private static func resolve(_ code: String, catalog: any ImportCatalog) -> (key: Int, isFormula: Bool)? {
        catalog.indicator(code)
    }

    public static func notPermitted(_ code: String) -> String {
        "indicator '\(code)' hoort bij een andere organisatie of is gedeeld; alleen die organisatie of een platformbeheerder wijzigt ze"
    }

    /// The next values, at most about `limit`; nil when the sheet is done. A problem the reader reports (a bad row,
    /// a file past the reading limits) is recorded like any other; after a problem with the whole file the reader
    /// ends, and so does this.
    public func next(limit: Int = 10_000) throws -> [DataValue]? {
        var batch: [DataValue] = []
        batch.reserveCapacity(limit)
        while batch.count < limit, !stopped {
            let next: Row?
            do {
                next = try reader.next()
            } catch {
                problems.add(ImportProblem(error))
                continue
            }
            guard let row = next else { return batch.isEmpty ? nil : batch }
            if row.isBlank { continue }
            rowsRead += 1
            parse(row, into: &batch)
        }
        return batch.isEmpty && stopped ? nil : batch
    }

    private func parse(_ row: Row, into batch: inout [DataValue]) {
        switch layout {
        case .wide(let periodColumn, let levelColumn, let areaColumn, let indicators):
            guard let (level, area, period) = key(row, periodColumn, levelColumn, areaColumn) else { return }
            if !seenRows.insert(RowKey(area: area, period: period, indicator: -1)).inserted {
                problems.add(.duplicateKey, at: reader.location(row: row.number, column: areaColumn),
                             "gebied '\(row.cell(areaColumn).text ?? "")' met periode \(period) staat twee keer in het bestand")
                return
            }
            for (column, indicator) in indicators {
                guard let value = number(row, column) else { continue }
                batch.append(DataValue(indicator: indicator, area: area, level: level, period: period, value: value))
            }
        case .long(let periodColumn, let levelColumn, let areaColumn, let subjectColumn, let valueColumn):
            guard let (level, area, period) = key(row, periodColumn, levelColumn, areaColumn) else { return }
            let code = row.cell(subjectColumn).text.map(Self.trimmed) ?? ""
            guard let indicator = catalog.indicator(code) else {
                let location = reader.location(row: row.number, column: subjectColumn)
                if options.skipUnknown {
                    problems.notice(at: location, "onbekende indicator '\(code)': rij overgeslagen")
                } else {
                    problems.add(.unknownIndicator, at: location, "indicator '\(code)' bestaat niet")
                }
                return
            }
            if indicator.isFormula {
                problems.add(.invalidValue, at: reader.location(row: row.number, column: subjectColumn),
                             "indicator '\(code)' is een formule en krijgt geen data")
                return
            }
            if !forbidden.isEmpty, forbidden.contains(indicator.key) {
                problems.add(.notPermitted, at: reader.location(row: row.number, column: subjectColumn), Self.notPermitted(code))
                stopped = true
                return
            }
            if !seenRows.insert(RowKey(area: area, period: period, indicator: indicator.key)).inserted {
                problems.add(.duplicateKey, at: reader.location(row: row.number, column: subjectColumn),
                             "waarde voor '\(code)', gebied '\(row.cell(areaColumn).text ?? "")', periode \(period) staat twee keer in het bestand")
                return
            }
            guard let value = number(row, valueColumn) else { return }
            batch.append(DataValue(indicator: indicator.key, area: area, level: level, period: period, value: value))
        }
    }

    /// `Cell.text` has trimmed ASCII blanks and the no-break space already; only other Unicode spaces are left,
    /// and Foundation's trimming (slow, per row) is needed only when the text starts or ends beyond ASCII.
    private static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last, first >= 0x80 || last >= 0x80 else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Resolves level, area and period of a row, or records why it cannot.
    private func key(_ row: Row, _ periodColumn: Int, _ levelColumn: Int?, _ areaColumn: Int) -> (String, Int, String)? {
        let levelText = row.cell(levelColumn).text.map(Self.trimmed) ?? ""
        let level = levelText.isEmpty ? (defaultLevel ?? "") : levelText
        guard catalog.levelExists(level) else {
            problems.add(.wrongLevel, at: reader.location(row: row.number, column: levelColumn),
                         level.isEmpty ? "gebiedsniveau ontbreekt" : "gebiedsniveau '\(level)' bestaat niet")
            return nil
        }
        let code = AreaCode.normalize(row.cell(areaColumn).text ?? "")
        guard let area = catalog.areaKey(level: level, code: code) else {
            let location = reader.location(row: row.number, column: areaColumn)
            if options.skipUnknown {
                problems.notice(at: location, "onbekend gebied '\(code)' op niveau \(level): rij overgeslagen")
            } else {
                problems.add(.unknownArea, at: location, "gebied '\(code)' bestaat niet op niveau \(level)")
            }
            return nil
        }
        // The rows of a period usually follow each other: its label is worked out once per run of them.
        let periodText = row.cell(periodColumn).text ?? ""
        if periodText != lastPeriod.text { lastPeriod = (periodText, Period(periodText).label) }
        let period = lastPeriod.label
        guard !period.isEmpty else {
            problems.add(.invalidValue, at: reader.location(row: row.number, column: periodColumn), "periode ontbreekt")
            return nil
        }
        return (level, area, period)
    }

    /// The number in a cell; nil for an empty cell (no value) or a recorded problem.
    private func number(_ row: Row, _ column: Int) -> Double? {
        let cell = row.cell(column)
        if cell.isEmpty { return nil }
        if let value = cell.number(decimalComma: decimalComma), value.isFinite { return value }
        problems.add(.nonNumeric, at: reader.location(row: row.number, column: column),
                     "'\(cell.text ?? "")' is geen getal")
        return nil
    }
}
