/// The columns of plan.csv, in the fixed order of the export. Only niveau, code and titel are required on import.
public enum PlanColumn: String, Sendable, CaseIterable, Codable {
    case niveau, code, oudercode, titel, omschrijving, prioritair, beleidsveld, verantwoordelijke, dienst
    case start, einde, status, voortgang, gewicht

    public var isRequired: Bool { self == .niveau || self == .code || self == .titel }

    /// Columns holding free text, which the export protects against spreadsheet formulas.
    var isText: Bool {
        switch self {
        case .code, .oudercode, .titel, .omschrijving, .beleidsveld, .verantwoordelijke, .dienst: true
        default: false
        }
    }
}

/// The columns of budget.csv, all required, in the fixed order of the export.
public enum BudgetColumn: String, Sendable, CaseIterable, Codable {
    case actie, jaar, soort, richting, fase, bedrag

    var isText: Bool { self == .actie }
}
