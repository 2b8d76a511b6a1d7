/// One city's plan as offered for comparison.
public struct CityPlan: Sendable, Equatable {
    /// The organisation code, e.g. gent.
    public let organisation: String
    /// Only published plans are compared; the others are named as not published, never counted as zero.
    public let published: Bool
    public let plan: Plan
    public let population: Int?

    public init(organisation: String, published: Bool, plan: Plan, population: Int? = nil) {
        self.organisation = organisation
        self.published = published
        self.plan = plan
        self.population = population
    }
}
