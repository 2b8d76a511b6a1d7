/// Which budget lines to add up; nil fields match everything.
public struct BudgetFilter: Sendable, Hashable, Codable {
    public var year: Int?
    public var soort: BudgetSoort?
    public var richting: BudgetRichting?
    public var fase: BudgetFase?

    public init(year: Int? = nil, soort: BudgetSoort? = nil, richting: BudgetRichting? = nil, fase: BudgetFase? = nil) {
        self.year = year
        self.soort = soort
        self.richting = richting
        self.fase = fase
    }

    /// Every line.
    public static let all = BudgetFilter()

    public func matches(year: Int, soort: BudgetSoort, richting: BudgetRichting, fase: BudgetFase) -> Bool {
        (self.year ?? year) == year && (self.soort ?? soort) == soort
            && (self.richting ?? richting) == richting && (self.fase ?? fase) == fase
    }

    public func matches(_ line: BudgetLine) -> Bool {
        matches(year: line.year, soort: line.soort, richting: line.richting, fase: line.fase)
    }
}
