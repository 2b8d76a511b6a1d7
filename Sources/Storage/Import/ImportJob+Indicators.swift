import CijfersDomain
import CijfersImport
import Fluent
import SQLKit

extension ImportJob {
    /// Creates or updates indicators by code. A reference to another indicator (formula, weight, sample,
    /// threshold) must resolve to one that exists or is defined in the same sheet.
    func importIndicators(_ sheet: OpenedSheet, db: any Database) async throws {
        let patches = try IndicatorSheetReader.read(sheet.reader, header: sheet.header, problems: problems)
        let defined = Set(catalog.indicators.keys).union(patches.map(\.value.code))
        for located in patches {
            let patch = located.value
            let references: [(String?, String)] = [
                (patch.aggregationCode, "aggregatie-indicator"), (patch.sampleCode, "steekproefindicator"),
                (patch.thresholdCode, "drempelindicator"),
            ]
            for case let (code?, role) in references where !defined.contains(code) {
                problems.add(.unknownIndicator, at: located.location, "\(role) '\(code)' van '\(patch.code)' bestaat niet")
            }
            if let source = patch.formula, let formula = try? Formula(source) {
                for code in formula.codes.sorted() where !defined.contains(code) {
                    problems.add(.unknownIndicator, at: located.location,
                                 "formule van '\(patch.code)' gebruikt onbekende indicator '\(code)'")
                }
            }
        }
        guard problems.isEmpty else { return }
        let existing = try await IndicatorModel.query(on: db).all()
        let byCode = Dictionary(uniqueKeysWithValues: existing.map { ($0.code, $0) })
        for located in patches {
            let patch = located.value
            if let model = byCode[patch.code] {
                model.update(from: patch.applied(to: model.domain))
                try await model.save(on: db)
            } else {
                try await IndicatorModel(patch.applied(to: nil)).create(on: db)
            }
        }
        summary.indicators += patches.count
        definedIndicators.formUnion(patches.map(\.value.code))
        summary.rows += patches.count
        progress?(sheet.file.name, patches.count)
    }
}
