import Foundation

/// Where a parameter value was read: the page's address, whether it is the POD Maatschappelijke Integratie itself
/// (mi-is.be, primabook.mi-is.be: primary) or someone repeating it (an OCMW, a newspaper: secondary), and its title.
public struct LeefloonSource: Codable, Sendable, Hashable {
    public let url: String
    public let primary: Bool
    public let title: String?

    public init(url: String, primary: Bool, title: String? = nil) {
        self.url = url
        self.primary = primary
        self.title = title
    }
}

/// One dated entry of a parameter: the values in force from `from` until the next entry, with the legal reference
/// that set them and where they were read. A value the sources do not give is absent from `values` and named in
/// `unknown` (the file says so with `null` and a note).
public struct LeefloonParameterEntry: Sendable, Hashable {
    public let index: Int
    public let from: LeefloonDate
    public let values: [String: Decimal]
    public let unknown: Set<String>
    public let reference: String
    public let staatsblad: String?
    public let source: LeefloonSource?
    public let note: String?

    public init(
        index: Int, from: LeefloonDate, values: [String: Decimal], unknown: Set<String> = [], reference: String,
        staatsblad: String? = nil, source: LeefloonSource?, note: String? = nil
    ) {
        self.index = index
        self.from = from
        self.values = values
        self.unknown = unknown
        self.reference = reference
        self.staatsblad = staatsblad
        self.source = source
        self.note = note
    }
}

/// A parameter that changes over time (OpenFisca's idea): its entries in date order; the values in force on a day
/// are those of the last entry on or before it.
public struct LeefloonParameter: Sendable, Hashable {
    /// The name the trail cites: "amounts", "general_exemption", "student_exemption", "socio_professional_exemption".
    public let name: String
    /// The article of the law or royal decree that makes the rule the parameter serves.
    public let rule: String
    public let file: String
    public let entries: [LeefloonParameterEntry]

    public init(name: String, rule: String, file: String, entries: [LeefloonParameterEntry]) {
        self.name = name
        self.rule = rule
        self.file = file
        self.entries = entries
    }

    /// The entry in force on `date`; a day before the first entry is an error, never a guess.
    public func entry(on date: LeefloonDate) throws(LeefloonAdviceError) -> LeefloonParameterEntry {
        guard let entry = entries.last(where: { $0.from <= date }) else {
            throw .beforeFirstEntry(parameter: name, date: date, first: entries.first?.from)
        }
        return entry
    }
}

/// Why no advice could be given for a date.
public enum LeefloonAdviceError: Error, Equatable, Sendable, CustomStringConvertible {
    case beforeFirstEntry(parameter: String, date: LeefloonDate, first: LeefloonDate?)
    /// The entry in force on the day says the value changed but the sources did not give the new value.
    case unknownValue(parameter: String, date: LeefloonDate, from: LeefloonDate, note: String?)

    public var description: String {
        switch self {
        case .beforeFirstEntry(let parameter, let date, let first):
            "Geen waarde voor \(parameter) op \(date): de eerste gekende waarde geldt vanaf \(first.map(\.description) ?? "—")."
        case .unknownValue(let parameter, let date, let from, let note):
            "De waarde van \(parameter) op \(date) is niet gekend: ze wijzigde op \(from) en de bronnen geven het nieuwe bedrag niet"
                + (note.map { " (\($0))" } ?? "") + "."
        }
    }
}

/// The leefloon parameters: the amounts per category and the exemptions, each dated, each with its reference.
public struct LeefloonParameters: Sendable, Hashable {
    public let amounts: LeefloonParameter
    public let generalExemption: LeefloonParameter
    public let studentExemption: LeefloonParameter
    public let socioProfessionalExemption: LeefloonParameter

    public init(
        amounts: LeefloonParameter, generalExemption: LeefloonParameter, studentExemption: LeefloonParameter,
        socioProfessionalExemption: LeefloonParameter
    ) {
        self.amounts = amounts
        self.generalExemption = generalExemption
        self.studentExemption = studentExemption
        self.socioProfessionalExemption = socioProfessionalExemption
    }

    public var all: [LeefloonParameter] { [amounts, generalExemption, studentExemption, socioProfessionalExemption] }

    /// The amounts in force on a day, per category.
    public func amounts(on date: LeefloonDate) throws(LeefloonAdviceError) -> LeefloonAmounts {
        let entry = try amounts.entry(on: date)
        var categories: [LeefloonAmounts.Amount] = []
        for category in LeefloonCategory.allCases {
            guard let monthly = entry.values["cat\(category.rawValue).monthly"] else {
                throw .unknownValue(parameter: amounts.name, date: date, from: entry.from, note: entry.note)
            }
            let yearly = entry.values["cat\(category.rawValue).yearly"]
            categories.append(LeefloonAmounts.Amount(category: category, monthly: monthly, yearly: yearly ?? monthly * 12, yearlyDerived: yearly == nil))
        }
        return LeefloonAmounts(date: date, entry: entry, categories: categories)
    }
}

/// The amounts of the three categories in force on a day, with the entry they come from.
public struct LeefloonAmounts: Sendable, Hashable {
    public struct Amount: Sendable, Hashable {
        public let category: LeefloonCategory
        public let monthly: Decimal
        /// From the source; when the source gives only the monthly amount, twelve times it (`yearlyDerived`).
        public let yearly: Decimal
        public let yearlyDerived: Bool
    }

    public let date: LeefloonDate
    public let entry: LeefloonParameterEntry
    public let categories: [Amount]

    public func amount(_ category: LeefloonCategory) -> Amount {
        categories.first { $0.category == category }!
    }
}
