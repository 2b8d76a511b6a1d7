import CijfersDomain
import Charts
import Platform
import Plot

/// A survey indicator in the evolution: each value with its 95 % confidence interval (a band in the chart), and in
/// the table whether it changed significantly since the previous period shown (docs/cijfers.md, "Survey indicators").
/// The index view shows indices, which have no interval.
extension EvolutionPageModel {
    static func estimates(_ cells: [DataTable.Cell]) -> [String: SurveyEstimate] {
        Dictionary(cells.compactMap { cell in cell.estimate.map { (cell.period, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    private func showsIntervals(_ block: Block) -> Bool {
        view == .absolute && block.indicator.surveyProportion && !block.estimates.isEmpty
    }

    /// The chart's band for one line.
    func bands(_ block: Block, line: String) -> [String: (lower: Double, upper: Double)] {
        guard showsIntervals(block) else { return [:] }
        return (block.estimates[line] ?? [:]).mapValues { estimate in
            let interval = estimate.interval.rounded(block.indicator.roundOff)
            return (interval.lower, interval.upper)
        }
    }

    /// A table cell: the value, its interval and from the second period on the significance of the change.
    func cell(_ block: Block, line: ShownLine, at index: Int, format: ValueFormat) -> Node<HTML.BodyContext> {
        let text = line.cells[index]
        guard showsIntervals(block), index < block.periods.count else { return .text(text) }
        let estimates = block.estimates[line.name] ?? [:]
        let current = estimates[block.periods[index]]
        let interval = current.map { $0.interval.rounded(block.indicator.roundOff) }
        let shown = interval.map { "\(text) (\(format.number($0.lower))–\(format.number($0.upper)))" } ?? text
        let previous = index > 0 ? estimates[block.periods[index - 1]] : nil
        let change = current.flatMap { current in previous.map { current.compared(with: $0) } }
        return .group(.text(shown), .if(change != nil, .group(
            .br(), .span(.attr("class", "significance"), .text(SurveyText(format: format).mark(change))))))
    }

    /// What the interval and the marks mean, under a survey indicator's table.
    func surveyNote(_ block: Block, _ t: Strings) -> Node<HTML.BodyContext> {
        .if(showsIntervals(block), .group(
            .p(.attr("class", "note"), .text(t["survey.intervalNote"])),
            .p(.attr("class", "note"), .text(t["survey.evolutionNote"]))
        ))
    }
}
