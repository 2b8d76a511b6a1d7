import Foundation

/// One step of an advice's trail: what was decided or computed, the rule it rests on, the parameter used with its
/// value, date and source, and the step's result. The page words a step from its `step` code and `arguments`.
public struct LeefloonTrailStep: Codable, Sendable, Hashable {
    /// The step's code: "category", "amount", "income.work", "exemption.student", "partner", "relative", …
    public let step: String
    /// The article and the law or decree.
    public let rule: String
    /// The parameter used, as "amounts.cat2.yearly"; nil when the step uses none.
    public let parameter: String?
    /// The parameter's value (euros, or a percentage); nil when unknown or not used.
    public let parameterValue: Decimal?
    /// The day the parameter's entry is in force from.
    public let from: LeefloonDate?
    public let source: LeefloonSource?
    /// The legal reference of the parameter's entry (the indexation, the royal decree).
    public let reference: String?
    /// The result of the step: a yearly amount in euros, or the category (1, 2, 3).
    public let value: Decimal
    /// Values the explanation names, as text ("7520.85", "50", "parent").
    public let arguments: [String]

    public init(
        step: String, rule: String, parameter: String? = nil, parameterValue: Decimal? = nil, entry: LeefloonParameterEntry? = nil,
        value: Decimal, arguments: [String] = []
    ) {
        self.step = step
        self.rule = rule
        self.parameter = parameter
        self.parameterValue = parameterValue
        self.from = entry?.from
        self.source = entry?.source
        self.reference = entry?.reference
        self.value = value
        self.arguments = arguments
    }
}

/// A condition of the law the tool cannot decide: the worker confirms it. `always` ones come with every advice.
public enum LeefloonCheck: String, Codable, CaseIterable, Sendable {
    /// Actual residence in Belgium and the right to stay (art. 3, 1° and 2° wet 26 mei 2002).
    case residence
    /// Of age, or a minor the law treats as such (married, with a child in care, pregnant) (art. 3, 2° and art. 7).
    case age
    /// Belgian, EU citizen with the right to stay, registered foreigner, stateless person or recognised refugee
    /// (art. 3, 3°).
    case nationality
    /// Willing to work unless health or equity reasons prevent it (art. 3, 5°).
    case willingnessToWork
    /// Other rights to benefits claimed first (art. 3, 6°).
    case otherRights
    /// Resources the form does not ask for (property, capital, goods given away) are looked at by the social inquiry.
    case otherResources
    /// The worker stated a case the law puts in category 3 other than a minor child in care.
    case otherCategory3Case
    /// The socio-professional exemption: the work started while receiving the leefloon, within three years.
    case socioProfessionalTerm
    /// Student: equity reasons for studying accepted, an individual integration project (GPMI) signed.
    case studentProject
    /// A parameter of this advice comes from a secondary source: check it against the POD MI's table.
    case secondarySource
    /// A parameter this advice needs has no known value in the files (the step says which).
    case unknownParameter

    /// The article the check rests on.
    public var rule: String {
        switch self {
        case .residence: "art. 3, 1° wet 26 mei 2002"
        case .age: "art. 3, 2° en art. 7 wet 26 mei 2002"
        case .nationality: "art. 3, 3° wet 26 mei 2002"
        case .willingnessToWork: "art. 3, 5° wet 26 mei 2002"
        case .otherRights: "art. 3, 6° wet 26 mei 2002"
        case .otherResources: "art. 16 wet 26 mei 2002; art. 22–33 KB 11 juli 2002"
        case .otherCategory3Case: "art. 14 §1, 3° wet 26 mei 2002"
        case .socioProfessionalTerm: "art. 35 §1 KB 11 juli 2002"
        case .studentProject: "art. 11 §2 wet 26 mei 2002; art. 35 §2 KB 11 juli 2002"
        case .secondarySource: "—"
        case .unknownParameter: "—"
        }
    }

    static let always: [LeefloonCheck] = [.residence, .age, .nationality, .willingnessToWork, .otherRights, .otherResources]
}
