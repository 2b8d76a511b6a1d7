/// The kind of a budget line in the BBC: exploitatie (running costs), investering or financiering.
public enum BudgetSoort: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case exploitatie, investering, financiering

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public var englishLabel: String {
        switch self {
        case .exploitatie: "operating"
        case .investering: "investment"
        case .financiering: "financing"
        }
    }

    /// Dutch (singular or plural) or English, case-insensitive.
    public static func parse(_ text: String) -> BudgetSoort? {
        switch TextNormalising.key(text) {
        case "exploitatie", "operating", "operations", "exploitation": .exploitatie
        case "investering", "investeringen", "investment", "investments": .investering
        case "financiering", "financing": .financiering
        default: nil
        }
    }
}

/// Whether a line spends money (uitgave) or receives it (ontvangst).
public enum BudgetRichting: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case uitgave, ontvangst

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .uitgave && rhs == .ontvangst }

    public var englishLabel: String { self == .uitgave ? "expenditure" : "revenue" }

    public static func parse(_ text: String) -> BudgetRichting? {
        switch TextNormalising.key(text) {
        case "uitgave", "uitgaven", "expenditure", "expense", "expenses": .uitgave
        case "ontvangst", "ontvangsten", "revenue", "income", "receipt", "receipts": .ontvangst
        default: nil
        }
    }
}

/// The stage of a figure: the estimate in the plan (raming), the authorised credit (krediet) or the accounts
/// (rekening, what was really spent or received).
public enum BudgetFase: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case raming, krediet, rekening

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }
    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public var englishLabel: String {
        switch self {
        case .raming: "estimate"
        case .krediet: "credit"
        case .rekening: "actual"
        }
    }

    public static func parse(_ text: String) -> BudgetFase? {
        switch TextNormalising.key(text) {
        case "raming", "ramingen", "estimate": .raming
        case "krediet", "kredieten", "credit", "budget": .krediet
        case "rekening", "realisatie", "actual", "actuals": .rekening
        default: nil
        }
    }
}
