/// A period in which the owners report on their items, e.g. 2026-S1 (first half of 2026). Once closed
/// (vastgesteld) its updates are fixed.
public struct ReportingPeriod: Sendable, Hashable, Codable {
    public enum State: Sendable, Hashable, Codable {
        case open
        /// Vastgesteld on this day.
        case closed(PlanDate)
    }

    public let code: String
    public let start: PlanDate
    public let end: PlanDate
    public let state: State

    public init(code: String, start: PlanDate, end: PlanDate, state: State = .open) {
        self.code = code
        self.start = start
        self.end = end
        self.state = state
    }

    /// The usual periods from their code: 2026 (a year), 2026-S1/S2 (halves), 2026-Q1…Q4 (quarters). Open.
    public init?(standard code: String) {
        let parts = TextNormalising.trimmed(code).uppercased().split(separator: "-")
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText) else { return nil }
        let months: ClosedRange<Int>
        switch parts.count == 2 ? String(parts[1]) : nil {
        case nil where parts.count == 1: months = 1...12
        case "S1": months = 1...6
        case "S2": months = 7...12
        case "Q1": months = 1...3
        case "Q2": months = 4...6
        case "Q3": months = 7...9
        case "Q4": months = 10...12
        default: return nil
        }
        guard let start = PlanDate(year: year, month: months.lowerBound, day: 1),
              let end = PlanDate(year: year, month: months.upperBound,
                                 day: PlanDate.days(inMonth: months.upperBound, year: year)) else { return nil }
        self.init(code: parts.joined(separator: "-"), start: start, end: end)
    }

    public var isOpen: Bool { state == .open }

    public func contains(_ day: PlanDate) -> Bool { start <= day && day <= end }
}
