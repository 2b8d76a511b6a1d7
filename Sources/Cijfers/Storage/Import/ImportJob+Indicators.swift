import Platform
import CijfersDomain
import CijfersImport
import Fluent
import SQLKit
import Tabular

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
        checkSurveys(patches, sheet: sheet)
        checkFormulaCosts(patches, sheet: sheet)
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

extension ImportJob {
    /// A survey indicator (`Indicator.surveyProblem`) needs a sample indicator and a percentage unit, as the row leaves
    /// it (a row that changes only the unit of an existing survey indicator is checked too); located at the row's
    /// survey column, else at its code.
    func checkSurveys(_ patches: [Located<IndicatorPatch>], sheet: OpenedSheet) {
        let surveyColumn = sheet.header.column(IndicatorSheetReader.surveyColumn)
        for located in patches {
            let indicator = located.value.applied(to: catalog.indicators[located.value.code])
            guard let problem = indicator.surveyProblem else { continue }
            let location = surveyColumn.map { sheet.reader.location(row: located.location.row, column: $0) } ?? located.location
            problems.add(.invalidValue, at: location, problem)
        }
    }
}

extension ImportJob {
    /// Formula cost: refuses a formula too deep or too costly per cell (`FormulaCost` limits), located at its
    /// Formula cell. An indicator outside the sheet that this sheet makes too costly is refused at the row
    /// that changes it; one that was already over the limits does not block the import.
    func checkFormulaCosts(_ patches: [Located<IndicatorPatch>], sheet: OpenedSheet) {
        var indicators = catalog.indicators
        var formulas = catalog.formulas
        for located in patches {
            let patch = located.value
            let indicator = patch.applied(to: catalog.indicators[patch.code])
            indicators[patch.code] = indicator
            if let source = indicator.formula, let formula = try? Formula(source) { formulas[patch.code] = formula }
        }
        var before = FormulaGraph(indicators: catalog.indicators, formulas: catalog.formulas)
        var after = FormulaGraph(indicators: indicators, formulas: formulas)
        // The same names the indicator sheet reader accepts for the formula column.
        let formulaColumn = sheet.header.column(["formula", "formule"])
        func location(_ located: Located<IndicatorPatch>) -> TabularLocation {
            guard located.value.formula != nil, let formulaColumn else { return located.location }
            return sheet.reader.location(row: located.location.row, column: formulaColumn)
        }
        let patched = Dictionary(patches.map { ($0.value.code, $0) }, uniquingKeysWith: { first, _ in first })
        for located in patches where indicators[located.value.code]?.isFormula == true {
            guard let excess = after.cost(of: located.value.code).excess else { continue }
            // A row that leaves a formula imported before these limits as it was does not block the import.
            if located.value.formula == nil, before.cost(of: located.value.code).excess != nil { continue }
            problems.add(.invalidValue, at: location(located), "formule van '\(located.value.code)': \(excess)")
        }
        for code in formulas.keys.sorted() where patched[code] == nil && indicators[code]?.isFormula == true {
            guard let excess = after.cost(of: code).excess, before.cost(of: code).excess == nil else { continue }
            // The first row among its components, a row with a formula first: that is what changed its cost.
            let cause = after.components(of: code).compactMap { patched[$0] }.min {
                ($0.value.formula == nil ? 1 : 0, $0.location.row ?? 0) < ($1.value.formula == nil ? 1 : 0, $1.location.row ?? 0)
            }
            guard let cause else { continue }
            problems.add(.invalidValue, at: location(cause),
                         "'\(cause.value.code)' maakt de formule van '\(code)' te zwaar: \(excess)")
        }
    }
}
