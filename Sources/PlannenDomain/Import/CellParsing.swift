/// Readers of single CSV cells; each returns the value or the reason in Dutch why the text is not one.
enum CellParsing {
    /// ja/nee, yes/no, 1/0, x, or empty (= nee).
    static func prioritair(_ text: String) -> Result<Bool, CellProblem> {
        switch TextNormalising.key(text) {
        case "ja", "yes", "1", "x", "true", "waar": .success(true)
        case "nee", "no", "0", "", "false", "onwaar": .success(false)
        default: .failure(CellProblem("'\(text)' is geen ja of nee (gebruik ja, nee, 1, 0 of x)"))
        }
    }

    /// 0…100 with an optional % sign and a decimal comma or point.
    static func progress(_ text: String) -> Result<Double, CellProblem> {
        var value = TextNormalising.trimmed(text)
        if value.hasSuffix("%") { value = TextNormalising.trimmed(String(value.dropLast())) }
        guard let number = decimalNumber(value) else { return .failure(CellProblem("'\(text)' is geen getal")) }
        guard (0...100).contains(number) else { return .failure(CellProblem("'\(text)' ligt niet tussen 0 en 100")) }
        return .success(number)
    }

    /// A number above 0.
    static func weight(_ text: String) -> Result<Double, CellProblem> {
        guard let number = decimalNumber(text) else { return .failure(CellProblem("'\(text)' is geen getal")) }
        guard number > 0 else { return .failure(CellProblem("een gewicht is groter dan 0")) }
        return .success(number)
    }

    static func year(_ text: String) -> Result<Int, CellProblem> {
        let value = TextNormalising.trimmed(text)
        guard value.count == 4, let year = Int(value), (1900...2200).contains(year) else {
            return .failure(CellProblem("'\(text)' is geen jaartal"))
        }
        return .success(year)
    }

    static func date(_ text: String) -> Result<PlanDate, CellProblem> {
        guard let date = PlanDate.parse(text) else {
            return .failure(CellProblem("'\(text)' is geen datum (schrijf 2026-03-31, 31-03-2026 of 31/03/2026)"))
        }
        return .success(date)
    }

    /// Digits with at most one decimal comma or point and an optional sign; no thousands separators.
    static func decimalNumber(_ text: String) -> Double? {
        let value = TextNormalising.trimmed(text)
        guard FormulaGuard.isPlainNumber(value) else { return nil }
        return Double(value.replacingOccurrences(of: ",", with: "."))
    }
}

/// Why one cell cannot be read, in Dutch.
struct CellProblem: Error, Equatable {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
