import Foundation
import PlannenDomain

/// A plan as stored: whose it is, its code and name, whether it is public, and its versions (oldest first).
public struct StoredPlan: Sendable, Hashable {
    public let id: Int
    public let organisation: PlanOrganisation
    public let code: String
    public let name: String
    public let published: Bool
    public let publishedAt: Date?
    public let versions: [StoredVersion]

    /// The newest version: the draft while an amendment is being prepared, otherwise the last adopted one.
    public var latest: StoredVersion? { versions.last }

    public func version(_ number: Int) -> StoredVersion? { versions.first { $0.number == number } }
}

/// The organisation a plan belongs to, as the plan pages name it.
public struct PlanOrganisation: Sendable, Hashable {
    public let id: Int
    public let code: String
    public let name: String
    /// The Cijfers area of the city (gemeente code), when the organisation has one.
    public let areaCode: String?

    public init(id: Int, code: String, name: String, areaCode: String?) {
        self.id = id
        self.code = code
        self.name = name
        self.areaCode = areaCode
    }

    /// "Stad Gent" reads as "Gent" in a table of cities.
    public var shortName: String { name.hasPrefix("Stad ") ? String(name.dropFirst(5)) : name }
}

/// One version of a plan: number 0 is the plan as first adopted, each amendment the next number.
public struct StoredVersion: Sendable, Hashable {
    public let id: Int
    public let number: Int
    /// The day the council adopted it; nil while it is a draft (ontwerp).
    public let adoptedOn: PlanDate?
    public let createdAt: Date

    public var isAdopted: Bool { adoptedOn != nil }

    public var label: PlanText {
        number == 0
            ? PlanText(dutch: "Meerjarenplan", english: "Multi-year plan")
            : PlanText(dutch: "Meerjarenplanaanpassing \(number)", english: "Multi-year plan amendment \(number)")
    }
}

/// A reporting period of a plan with its row id.
public struct StoredPeriod: Sendable, Hashable {
    public let id: Int
    public let period: ReportingPeriod

    public var code: String { period.code }
}

/// One update as stored: the domain's update plus who made it and when.
public struct StoredUpdate: Sendable, Hashable {
    public let id: Int
    public let update: ItemUpdate
    public let authorID: Int?
    public let authorLabel: String
    public let createdAt: Date
}

/// What an item points at besides its parent.
public enum PlanLinkKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// A theme of the shared theme tree (Cijfers).
    case thema
    /// A Cijfers indicator the item contributes to (shown on the item page).
    case indicator
    /// A Maturiteit recommendation, as "campaign/number".
    case aanbeveling
    /// A Maturiteit work package, as "campaign/number".
    case werkpakket
    /// An account that reports on the item (the user id).
    case eigenaar
    /// A good practice of the knowledge base (Kennis) the item cites, by its slug.
    case praktijk
}

/// One link of an item.
public struct PlanLink: Sendable, Hashable {
    public let itemCode: String
    public let kind: PlanLinkKind
    public let target: String
}

/// An account that owns items, as the pages and the reminders need it.
public struct PlanOwner: Sendable, Hashable {
    public let id: Int
    public let name: String
    public let email: String
    public let organisationID: Int
}

/// Where a plan indicator's values come from.
public enum PlanIndicatorSource: Sendable, Hashable {
    /// A series the plan keeps itself (numbers per year).
    case own
    /// A list of yes/no steps.
    case milestones([Milestone])
    /// A Cijfers indicator for an area (level and area code).
    case cijfers(indicator: String, level: String, area: String)

    public var kind: String {
        switch self {
        case .own: "eigen"
        case .milestones: "mijlpalen"
        case .cijfers: "cijfers"
        }
    }
}

/// A plan indicator as stored, tied to an item.
public struct StoredIndicator: Sendable, Hashable {
    public let id: Int
    public let itemCode: String
    public let code: String
    public let name: String
    public let unit: String
    public let source: PlanIndicatorSource
    public let baseline: YearValue?
    /// Nil for a milestone list (its target is all steps done).
    public let target: YearValue?
    public let direction: IndicatorDirection
    /// Year → value: the plan's own values, or (for a Cijfers indicator) filled in from Cijfers when read.
    public let observations: [Int: Double]

    /// The domain indicator for the status rule; nil for milestones or without a target.
    public var planIndicator: PlanIndicator? {
        guard let target, case .milestones = source else {
            return target.map {
                PlanIndicator(code: code, name: name, unit: unit, baseline: baseline, target: $0, direction: direction,
                              observations: observations)
            }
        }
        return nil
    }

    public var milestones: MilestoneSeries? {
        if case .milestones(let list) = source { return MilestoneSeries(milestones: list) }
        return nil
    }

    public func with(observations: [Int: Double]) -> StoredIndicator {
        StoredIndicator(id: id, itemCode: itemCode, code: code, name: name, unit: unit, source: source, baseline: baseline,
                        target: target, direction: direction, observations: observations)
    }
}

/// Everything the plan pages show of one version, read in a handful of queries: the version's content (`base`), the
/// same with the newest update of every item applied (`current`: what the pages, roll-up and exports show), the
/// roll-up and budget totals of `current`, the periods, every update, indicators and links.
public struct PlanFollowUp: Sendable {
    public let plan: StoredPlan
    public let version: StoredVersion
    public let base: Plan
    public let current: Plan
    public let rollup: ProgressRollup
    public let budget: BudgetTotals
    public let periods: [StoredPeriod]
    /// Oldest first.
    public let updates: [StoredUpdate]
    public let indicators: [StoredIndicator]
    public let links: [PlanLink]
    /// User id → owner, for the owners named in `links`.
    public let owners: [Int: PlanOwner]

    public init(plan: StoredPlan, version: StoredVersion, base: Plan, periods: [StoredPeriod], updates: [StoredUpdate],
                indicators: [StoredIndicator], links: [PlanLink], owners: [Int: PlanOwner]) {
        self.plan = plan
        self.version = version
        self.base = base
        var latest: [String: PlanItem] = [:]
        for stored in updates {
            let code = stored.update.itemCode
            guard let item = latest[code] ?? base.tree.item(code) else { continue }
            latest[code] = item.applying(stored.update)
        }
        let items = base.items.map { latest[$0.code] ?? $0 }
        let current = (try? Plan(code: base.code, items: items, budget: base.budget)) ?? base
        self.current = current
        self.rollup = ProgressRollup(plan: current)
        self.budget = BudgetTotals(plan: current)
        self.periods = periods
        self.updates = updates
        self.indicators = indicators
        self.links = links
        self.owners = owners
    }

    /// The open period that is the newest, where owners report now.
    public var openPeriod: StoredPeriod? { periods.last { $0.period.isOpen } }

    public func period(_ code: String) -> StoredPeriod? { periods.first { $0.code == code } }

    public func updates(of itemCode: String) -> [StoredUpdate] { updates.filter { $0.update.itemCode == itemCode } }

    public func links(of itemCode: String, _ kind: PlanLinkKind) -> [String] {
        links.filter { $0.itemCode == itemCode && $0.kind == kind }.map(\.target)
    }

    public func owners(of itemCode: String) -> [PlanOwner] {
        links(of: itemCode, .eigenaar).compactMap { Int($0).flatMap { owners[$0] } }.sorted { $0.name < $1.name }
    }

    public func indicators(of itemCode: String) -> [StoredIndicator] { indicators.filter { $0.itemCode == itemCode } }

    /// The items a user owns.
    public func items(ownedBy userID: Int) -> [String] {
        links.filter { $0.kind == .eigenaar && $0.target == String(userID) }.map(\.itemCode)
    }
}
