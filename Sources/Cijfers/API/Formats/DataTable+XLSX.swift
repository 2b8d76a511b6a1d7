import CijfersDomain
import Foundation
import Platform
import Tabular

extension DataTable {
    /// What the workbook says besides the values: when each indicator's data changed, and where the file came from.
    struct WorkbookContext {
        var updated: [String: Date] = [:]
        var parent: String? = nil
        /// The areas chosen one by one (`areas=`), when the selection names them.
        var areas: [String]? = nil
        var source: String = ""
        /// When the file was made (the date of download).
        var made: Date? = nil
    }

    /// An Excel workbook of the answer. Sheet 1 holds one row per area × period and, per indicator, a column of values
    /// (numbers as numbers, with the indicator's decimals) and beside it a status column that is empty where there is
    /// a value and holds the status code (`suppressed`, `no_data`, … as in CSV and JSON-stat) where there is none.
    /// Sheet 2 explains each indicator (name, unit, source, definition, last update, suppression) and the status codes.
    func xlsx(_ t: Strings, context: WorkbookContext) throws -> Data {
        let cube = try Cube(self)
        var header: [XLSXWriter.Value] = [.text(t["xlsx.areaCode"]), .text(t["xlsx.area"]), .text(t["xlsx.period"])]
        var widths: [Int: Double] = [0: 12, 1: 28, 2: 9]
        for indicator in indicators {
            let label = indicator.unit.isEmpty ? indicator.name : "\(indicator.name) (\(indicator.unit))"
            widths[header.count] = Double(min(max(label.count / 2, 14), 40))
            header.append(.text(label))
            widths[header.count] = 16
            header.append(.text(t("xlsx.statusOf", indicator.code)))
            // A survey indicator: the bounds of its 95 % confidence interval beside it (docs/cijfers.md).
            if indicator.surveyProportion {
                widths[header.count] = 16
                header.append(.text(t("survey.xlsxLower", indicator.code)))
                widths[header.count] = 16
                header.append(.text(t("survey.xlsxUpper", indicator.code)))
            }
        }
        var rows: [[XLSXWriter.Value]] = [header]
        rows.reserveCapacity(areas.count * periods.count + 1)
        for area in areas {
            for period in periods {
                var row: [XLSXWriter.Value] = [.text(area.code), .text(area.name), .text(period)]
                for indicator in indicators {
                    let value = cube.value(indicator.code, area: area.key, period: period)
                    if let number = value.value {
                        row.append(.number(number, decimals: indicator.roundOff?.decimals))
                        row.append(.empty)
                    } else {
                        row.append(.empty)
                        row.append(.text(value.status.rawValue))
                    }
                    if indicator.surveyProportion {
                        let interval = cube.interval(indicator.code, area: area.key, period: period)
                        row.append(interval.map { .number($0.lower, decimals: indicator.roundOff?.decimals) } ?? .empty)
                        row.append(interval.map { .number($0.upper, decimals: indicator.roundOff?.decimals) } ?? .empty)
                    }
                }
                rows.append(row)
            }
        }
        let data = XLSXWriter.Sheet(name: t["xlsx.dataSheet"], rows: rows, columnWidths: widths)
        let notes = XLSXWriter.Sheet(name: t["xlsx.notesSheet"], rows: notesRows(t, cube: cube, context: context),
                                     columnWidths: [0: 14, 1: 22, 2: 32, 3: 12, 4: 22, 5: 50, 6: 14, 7: 50, 8: 30])
        return try XLSXWriter().workbook([data, notes])
    }

    private func notesRows(_ t: Strings, cube: Cube, context: WorkbookContext) -> [[XLSXWriter.Value]] {
        func text(_ value: String) -> XLSXWriter.Value { value.isEmpty ? .empty : .text(value) }
        var rows: [[XLSXWriter.Value]] = [[
            .text(t["xlsx.column"]), .text(t["xlsx.code"]), .text(t["xlsx.name"]), .text(t["xlsx.unit"]),
            .text(t["xlsx.source"]), .text(t["xlsx.definition"]), .text(t["xlsx.updated"]),
            .text(t["xlsx.suppression"]), .text(t["xlsx.note"]),
        ]]
        var column = 3
        for indicator in indicators {
            defer { column += indicator.surveyProportion ? 4 : 2 }
            rows.append([
                .text(columnLetters(column)), .text(indicator.code), .text(indicator.name), text(indicator.unit),
                text(indicator.source), text(indicator.description),
                context.updated[indicator.code].map(XLSXWriter.Value.date) ?? .empty,
                .text(suppressionNote(indicator, t, hidden: cube.suppressedCount(of: indicator.code))),
                text(indicator.note),
            ])
        }
        rows.append([])
        rows.append([.text(t["xlsx.level"]), .text("\(level.name) (\(level.code))")])
        if let parent = context.parent { rows.append([.text(t["xlsx.within"]), .text(parent)]) }
        if context.areas != nil {
            rows.append([.text(t["xlsx.areas"]), .text(areas.map { "\($0.name) (\($0.code))" }.joined(separator: ", "))])
        }
        rows.append([.text(t["xlsx.periods"]), .text(periods.joined(separator: ", "))])
        if !context.source.isEmpty { rows.append([.text(t["xlsx.fileSource"]), .text(context.source)]) }
        if let made = context.made { rows.append([.text(t["xlsx.downloaded"]), .date(made)]) }
        rows.append([])
        // How a hidden value shows: an empty cell here, 'x' on the site's pages, `suppressed` in the status column.
        rows.append([.text(t["xlsx.suppressionTitle"]), .text(t["xlsx.suppressionExplained"])])
        if hasSurveyIndicator {
            rows.append([.text(t["survey.xlsxTitle"]), .text(t["survey.xlsxExplained"])])
        }
        rows.append([])
        rows.append([.text(t["xlsx.statusColumn"]), .text(t["xlsx.meaning"])])
        for status in PublishedValue.Status.allCases where status != .ok {
            rows.append([.text(status.rawValue), .text(t["xlsx.status.\(status.rawValue)"])])
        }
        return rows
    }

    /// The privacy rule of an indicator in words, and how many cells of this file it hid.
    private func suppressionNote(_ indicator: Indicator, _ t: Strings, hidden: Int) -> String {
        guard let threshold = indicator.thresholdValue else { return t["xlsx.noThreshold"] }
        let base = indicator.thresholdBaseCode == indicator.code ? t["xlsx.thresholdSelf"] : indicator.thresholdBaseCode
        return t("xlsx.threshold", base, CSVNumber.format(threshold), String(hidden))
    }
}
