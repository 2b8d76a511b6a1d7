/// One element of a meerjarenplan: a doelstelling, actieplan or actie, with who answers for it and how far it is.
///
/// Text fields are trimmed on creation and empty optional text becomes nil, so that an item read from a CSV file and
/// the item that was written to it are equal.
public struct PlanItem: Sendable, Hashable, Codable {
    public var level: PlanLevel
    /// Unique within the plan; the form differs per city (BD000007, SD20014, 2WWS0101).
    public var code: String
    /// Nil at the top of the plan.
    public var parentCode: String?
    public var title: String
    public var description: String
    /// A priority of the council (prioritair beleid), shown apart in the beleidsrapportering.
    public var prioritair: Bool
    /// The BBC beleidsveld (or subdomein or domein) code, e.g. 0200.
    public var beleidsveld: String?
    /// The schepen (or burgemeester) who answers for the item.
    public var verantwoordelijke: String?
    /// The department that carries it out.
    public var dienst: String?
    public var start: PlanDate?
    public var end: PlanDate?
    /// A code from the `StatusCatalogue`.
    public var status: String?
    /// 0…100. On a leaf the reported progress; on a parent a manual override of the roll-up.
    public var progress: Double?
    /// The weight among its siblings in the roll-up; nil counts as 1.
    public var weight: Double?

    public init(level: PlanLevel, code: String, parentCode: String? = nil, title: String, description: String = "",
                prioritair: Bool = false, beleidsveld: String? = nil, verantwoordelijke: String? = nil,
                dienst: String? = nil, start: PlanDate? = nil, end: PlanDate? = nil, status: String? = nil,
                progress: Double? = nil, weight: Double? = nil) {
        self.level = level
        self.code = TextNormalising.trimmed(code)
        self.parentCode = TextNormalising.optional(parentCode)
        self.title = TextNormalising.trimmed(title)
        self.description = TextNormalising.trimmed(description)
        self.prioritair = prioritair
        self.beleidsveld = TextNormalising.optional(beleidsveld)
        self.verantwoordelijke = TextNormalising.optional(verantwoordelijke)
        self.dienst = TextNormalising.optional(dienst)
        self.start = start
        self.end = end
        self.status = TextNormalising.optional(status)
        self.progress = progress
        self.weight = weight
    }

    /// The weight the roll-up uses: the given weight, or 1.
    public var effectiveWeight: Double { weight ?? 1 }
}
