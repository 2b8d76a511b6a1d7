import Foundation

/// The numbers of one city for one beleidsdomein.
public struct DomainFigures: Sendable, Equatable {
    /// Two digits, or nil for items without a (valid) beleidsveld anywhere up their branch.
    public let domein: String?
    /// The catalogue name, or "onbekend".
    public let name: String
    public let itemsPerLevel: [PlanLevel: Int]
    /// Krediet for uitgaven (fase krediet, richting uitgave).
    public let krediet: Decimal
    /// Uitgaven in the accounts (fase rekening, richting uitgave).
    public let uitgaven: Decimal
    /// Nil when the population is unknown.
    public let kredietPerInhabitant: Decimal?
    public let uitgavenPerInhabitant: Decimal?
    /// Acties per status code; acties without a status under "".
    public let statusCounts: [String: Int]

    public init(domein: String?, name: String, itemsPerLevel: [PlanLevel: Int], krediet: Decimal, uitgaven: Decimal,
                kredietPerInhabitant: Decimal?, uitgavenPerInhabitant: Decimal?, statusCounts: [String: Int]) {
        self.domein = domein
        self.name = name
        self.itemsPerLevel = itemsPerLevel
        self.krediet = krediet
        self.uitgaven = uitgaven
        self.kredietPerInhabitant = kredietPerInhabitant
        self.uitgavenPerInhabitant = uitgavenPerInhabitant
        self.statusCounts = statusCounts
    }
}
