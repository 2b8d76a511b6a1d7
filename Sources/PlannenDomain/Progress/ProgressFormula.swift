/// The calculations of `ProgressRollup` in words, Dutch with decimal commas and English with decimal points.
public enum ProgressFormula {
    /// "(40 × 1 + 80 × 2) ÷ 3 = 66,7 %", followed by the children left out and why.
    public static func average(_ terms: [ProgressTerm], result: Double) -> PlanText {
        let counted = terms.filter(\.isIncluded)
        let weights = counted.reduce(0) { $0 + $1.weight }
        func formula(_ number: (Double) -> String) -> String {
            let products = counted.map { "\(number($0.progress ?? 0)) × \(number($0.weight))" }.joined(separator: " + ")
            return "(\(products)) ÷ \(number(weights)) = \(number(result)) %"
        }
        let left = terms.filter { !$0.isIncluded }
        let dutchLeft = left.map { "\($0.code) (\($0.exclusion?.text.dutch ?? ""))" }.joined(separator: ", ")
        let englishLeft = left.map { "\($0.code) (\($0.exclusion?.text.english ?? ""))" }.joined(separator: ", ")
        return PlanText(
            dutch: formula { PlanNumberText.dutch($0) } + (left.isEmpty ? "" : "; niet meegeteld: \(dutchLeft)"),
            english: formula { PlanNumberText.english($0) } + (left.isEmpty ? "" : "; left out: \(englishLeft)"))
    }

    static func reported(_ progress: Double) -> PlanText {
        PlanText(dutch: "gerapporteerde voortgang: \(PlanNumberText.dutch(progress)) %",
                      english: "reported progress: \(PlanNumberText.english(progress)) %")
    }

    static func statusDefault(_ status: PlanStatus, _ progress: Double) -> PlanText {
        PlanText(dutch: "status \(status.dutchLabel.lowercased()): \(PlanNumberText.dutch(progress)) %",
                      english: "status \(status.englishLabel.lowercased()): \(PlanNumberText.english(progress)) %")
    }

    static let unknown = PlanText(dutch: "geen voortgang bekend", english: "no progress known")

    static func override(_ value: Double, terms: [ProgressTerm], calculated: Double?) -> PlanText {
        let manual = PlanText(dutch: "handmatig ingesteld: \(PlanNumberText.dutch(value)) %",
                                   english: "set by hand: \(PlanNumberText.english(value)) %")
        guard let calculated else { return manual }
        let formula = average(terms, result: calculated)
        return PlanText(dutch: "\(manual.dutch) (berekend: \(formula.dutch))",
                             english: "\(manual.english) (calculated: \(formula.english))")
    }

    static func noCountedChildren(then fallback: PlanText) -> PlanText {
        PlanText(dutch: "geen onderliggende met voortgang; \(fallback.dutch)",
                      english: "no items below with progress; \(fallback.english)")
    }
}
