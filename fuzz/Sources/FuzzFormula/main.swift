import CijfersDomain
import FuzzSupport

/// Any text as a Swing formula: parsed or refused with a FormulaError; a parsed one evaluates without a crash.
func parseFormula(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let formula = try? Formula(source) else { return 0 }
    _ = formula.codes
    _ = formula.evaluate { reference in Double(reference.description.utf8.count % 7) - 1 }
    return 0
}

Fuzz.run(parseFormula)
