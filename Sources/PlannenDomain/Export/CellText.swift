import Foundation

/// How the values of plan items and budget lines are written in a CSV cell (before quoting): the export writes
/// these, the import reads them back, and the version diff compares them.
public enum CellText {
    public static func value(of item: PlanItem, in column: PlanColumn) -> String {
        switch column {
        case .niveau: item.level.dutchLabel
        case .code: item.code
        case .oudercode: item.parentCode ?? ""
        case .titel: item.title
        case .omschrijving: item.description
        case .prioritair: item.prioritair ? "ja" : "nee"
        case .beleidsveld: item.beleidsveld ?? ""
        case .verantwoordelijke: item.verantwoordelijke ?? ""
        case .dienst: item.dienst ?? ""
        case .start: item.start?.iso ?? ""
        case .einde: item.end?.iso ?? ""
        case .status: item.status ?? ""
        case .voortgang: item.progress.map(PlanNumberText.exact) ?? ""
        case .gewicht: item.weight.map(PlanNumberText.exact) ?? ""
        }
    }

    public static func value(of line: BudgetLine, in column: BudgetColumn) -> String {
        switch column {
        case .actie: line.actionCode
        case .jaar: String(line.year)
        case .soort: line.soort.rawValue
        case .richting: line.richting.rawValue
        case .fase: line.fase.rawValue
        case .bedrag: amount(line.amount)
        }
    }

    /// An amount with a decimal comma and no thousands separators: 1234567,5 or -250.
    public static func amount(_ value: Decimal) -> String {
        var copy = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 10, .plain)
        return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: ".", with: ",")
    }
}
