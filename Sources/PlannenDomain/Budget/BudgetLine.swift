import Foundation

/// One amount of an actie's budget: a year, a soort, a richting and a fase. Amounts are Decimal so sums are exact.
public struct BudgetLine: Sendable, Hashable, Codable {
    public var actionCode: String
    public var year: Int
    public var soort: BudgetSoort
    public var richting: BudgetRichting
    public var fase: BudgetFase
    /// In euro; negative amounts (corrections) are allowed.
    public var amount: Decimal

    public init(actionCode: String, year: Int, soort: BudgetSoort, richting: BudgetRichting, fase: BudgetFase,
                amount: Decimal) {
        self.actionCode = TextNormalising.trimmed(actionCode)
        self.year = year
        self.soort = soort
        self.richting = richting
        self.fase = fase
        self.amount = amount
    }

    /// Everything but the amount: two lines with the same key in one plan are a duplicate.
    public var key: BudgetKey {
        BudgetKey(actionCode: actionCode, year: year, soort: soort, richting: richting, fase: fase)
    }

    /// The fixed order of the export: by actie (`CodeOrder`), year, soort, richting, fase, then amount.
    public static func precedes(_ a: BudgetLine, _ b: BudgetLine) -> Bool {
        if a.key != b.key { return BudgetKey.precedes(a.key, b.key) }
        return a.amount < b.amount
    }

    /// Lines in the order of `precedes`, with each action code compared once (`CodeOrder.sorted`).
    public static func sorted(_ lines: [BudgetLine]) -> [BudgetLine] {
        CodeOrder.sorted(lines, code: \.actionCode) { a, b in
            a.key != b.key ? BudgetKey.sameActionPrecedes(a.key, b.key) : a.amount < b.amount
        }
    }
}

/// What identifies a budget line apart from its amount.
public struct BudgetKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public let actionCode: String
    public let year: Int
    public let soort: BudgetSoort
    public let richting: BudgetRichting
    public let fase: BudgetFase

    public init(actionCode: String, year: Int, soort: BudgetSoort, richting: BudgetRichting, fase: BudgetFase) {
        self.actionCode = actionCode
        self.year = year
        self.soort = soort
        self.richting = richting
        self.fase = fase
    }

    public static func precedes(_ a: BudgetKey, _ b: BudgetKey) -> Bool {
        if a.actionCode != b.actionCode { return CodeOrder.precedes(a.actionCode, b.actionCode) }
        return sameActionPrecedes(a, b)
    }

    /// The order of two keys of the same actie: year, soort, richting, fase.
    static func sameActionPrecedes(_ a: BudgetKey, _ b: BudgetKey) -> Bool {
        (a.year, a.soort, a.richting, a.fase) < (b.year, b.soort, b.richting, b.fase)
    }

    /// Keys in the order of `precedes`, with each action code compared once (`CodeOrder.sorted`).
    public static func sorted(_ keys: [BudgetKey]) -> [BudgetKey] {
        CodeOrder.sorted(keys, code: \.actionCode, then: sameActionPrecedes)
    }

    /// e.g. "AC0101 2026 investering uitgave krediet".
    public var description: String {
        "\(actionCode) \(year) \(soort.rawValue) \(richting.rawValue) \(fase.rawValue)"
    }
}
