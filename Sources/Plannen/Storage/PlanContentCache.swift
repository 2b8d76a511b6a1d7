import NIOConcurrencyHelpers
import PlannenDomain
import Vapor

/// The content of adopted versions, kept in memory once read. An adopted version never changes (an import goes into
/// a draft or a new version), so a copy can never be stale, also with several app servers on one database; drafts
/// are always read from the database. Per application, since version ids are only unique within one database.
public final class PlanContentCache: Sendable {
    private let plans = NIOLockedValueBox<[Int: Plan]>([:])
    /// A plan is a few hundred kilobytes in memory; more versions than this are rare, and the cache starts over then.
    static let capacity = 64

    public init() {}

    func plan(version: Int) -> Plan? { plans.withLockedValue { $0[version] } }

    func keep(_ plan: Plan, version: Int) {
        plans.withLockedValue { stored in
            if stored.count >= Self.capacity { stored.removeAll() }
            stored[version] = plan
        }
    }
}

extension Application {
    private struct PlanContentCacheKey: StorageKey { typealias Value = PlanContentCache }

    /// Set by the Plannen pillar's `configure`.
    var planContentCache: PlanContentCache? {
        get { storage[PlanContentCacheKey.self] }
        set { storage[PlanContentCacheKey.self] = newValue }
    }
}

extension Request {
    /// The plan store of this request, with the application's cache of adopted versions.
    var planStore: PlanStore { PlanStore(database: db, cache: application.planContentCache) }
}
