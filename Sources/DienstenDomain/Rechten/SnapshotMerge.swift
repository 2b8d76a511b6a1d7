import Foundation

/// The rules that keep one snapshot per service: the latest by `generatedAtTime`, compared as instants. Between
/// two snapshots with the same instant the one already held stays (so reading a page twice changes nothing).
public enum SnapshotMerge {
    /// The latest snapshot per `isVersionOf` among `snapshots`, in the order the services first appear.
    /// Every snapshot must have a valid `generatedAtTime` (`LDESPage` checks it); one without loses to any other.
    public static func latest(_ snapshots: [PublicService]) -> [PublicService] {
        var order: [String] = []
        var kept: [String: (service: PublicService, time: SnapshotTime?)] = [:]
        for snapshot in snapshots {
            let time = SnapshotTime(snapshot.generatedAt)
            if let held = kept[snapshot.id] {
                if isNewer(time, than: held.time) { kept[snapshot.id] = (snapshot, time) }
            } else {
                order.append(snapshot.id)
                kept[snapshot.id] = (snapshot, time)
            }
        }
        return order.compactMap { kept[$0]?.service }
    }

    /// What a snapshot does to the catalogue, given what is held for its service (nil: nothing held yet).
    public enum Change: String, Sendable, Hashable {
        /// A new service.
        case add
        /// A newer snapshot of a service held.
        case replace
        /// A newer snapshot that is archived: the service leaves the catalogue.
        case remove
        /// Not newer than what is held (or an archived snapshot of a service not held or already removed).
        case unchanged
        /// An archived snapshot of a service never held: remembered, so an older snapshot read later cannot bring
        /// the service back, but nothing is shown.
        case archivedUnknown
    }

    /// `held` is the service's snapshot in the catalogue (archived ones are kept as a marker), nil when none.
    public static func change(incoming: PublicService, held: Held?) -> Change {
        guard let held else { return incoming.archived ? .archivedUnknown : .add }
        guard isNewer(SnapshotTime(incoming.generatedAt), than: held.time) else { return .unchanged }
        switch (held.archived, incoming.archived) {
        case (false, false): return .replace
        case (false, true): return .remove
        case (true, false): return .add
        case (true, true): return .archivedUnknown
        }
    }

    /// What is held of a service: when its snapshot was made and whether it is archived.
    public struct Held: Sendable, Hashable {
        public var time: SnapshotTime?
        public var archived: Bool
        public init(time: SnapshotTime?, archived: Bool) {
            self.time = time
            self.archived = archived
        }
    }

    static func isNewer(_ time: SnapshotTime?, than held: SnapshotTime?) -> Bool {
        guard let time else { return false }
        guard let held else { return true }
        return time > held
    }
}
