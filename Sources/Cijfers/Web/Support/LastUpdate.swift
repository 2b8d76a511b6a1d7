import CijfersDomain
import Foundation
import Platform

/// When an indicator's figures last changed: its own import, or for a formula the latest of its components'.
func lastUpdate(of code: String, catalog: Catalog) -> Date? {
    if let own = catalog.dataUpdated[code] { return own }
    return IndicatorEvaluator.storedDependencies(of: [code], indicators: catalog.indicators, formulas: catalog.formulas)
        .compactMap { catalog.dataUpdated[$0] }.max()
}
