import DienstenDomain
import Fluent
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// The cities' registers held in memory, one per organisation, with the generation each was built from.
///
/// A check reads the copy in memory. At most once a second per city it reads the city's generation number from the
/// database (one small query); when another server (or this one) wrote since, the register is built again. While one
/// request builds, the others for that city wait for the same build instead of starting their own. A write on this
/// server calls `invalidate`, so its own next check sees it at once.
final class ParkingRegistry: Sendable {
    struct Entry: Sendable {
        let register: ParkingRegister
        let generation: Int
        /// Days the city keeps its check log; 0 = no logging.
        let checkLogDays: Int
        let builtAt: Date
    }

    private struct State {
        var entries: [Int: Entry] = [:]
        var verifiedAt: [Int: UInt64] = [:]
        var building: [Int: Task<Entry, any Error>] = [:]
    }

    private let state = NIOLockedValueBox(State())
    /// How long a verified copy is trusted before the generation is read again.
    let verifyInterval: UInt64 = 1_000_000_000
    let log = ParkingCheckLogBuffer()

    init() {}

    /// The register of a city when it was verified less than `verifyInterval` ago, without waiting for anything:
    /// the API answers from it on the event loop.
    func freshEntry(for organisationID: Int) -> Entry? {
        let now = DispatchTime.now().uptimeNanoseconds
        return state.withLockedValue { state in
            guard let entry = state.entries[organisationID], let verified = state.verifiedAt[organisationID],
                  now &- verified < verifyInterval else { return nil }
            return entry
        }
    }

    /// The register of a city, verified against the database at most once per `verifyInterval`.
    func entry(for organisationID: Int, database: any Database) async throws -> Entry {
        let now = DispatchTime.now().uptimeNanoseconds
        if let cached = freshEntry(for: organisationID) { return cached }
        let generation = try await ParkingStore(database: database).generation(organisationID)
        let current: Entry? = state.withLockedValue { state in
            guard let entry = state.entries[organisationID], entry.generation == generation else { return nil }
            state.verifiedAt[organisationID] = now
            return entry
        }
        if let current { return current }
        return try await build(organisationID, database: database)
    }

    private func build(_ organisationID: Int, database: any Database) async throws -> Entry {
        let task: Task<Entry, any Error> = state.withLockedValue { state in
            if let running = state.building[organisationID] { return running }
            let task = Task<Entry, any Error> {
                let store = ParkingStore(database: database)
                // Read the generation first: a write during the build makes the next check build again.
                let generation = try await store.generation(organisationID)
                let register = try await store.register(organisationID)
                let days = try await store.ruleSet(organisationID)?.rules.checkLogDays ?? ParkingCityRules.defaultCheckLogDays
                return Entry(register: register, generation: generation, checkLogDays: days, builtAt: Date())
            }
            state.building[organisationID] = task
            return task
        }
        do {
            let entry = try await task.value
            state.withLockedValue { state in
                state.entries[organisationID] = entry
                state.verifiedAt[organisationID] = DispatchTime.now().uptimeNanoseconds
                state.building[organisationID] = nil
            }
            return entry
        } catch {
            state.withLockedValue { $0.building[organisationID] = nil }
            throw error
        }
    }

    /// Forgets that the copy was verified, after a write on this server.
    func invalidate(_ organisationID: Int) {
        state.withLockedValue { $0.verifiedAt[organisationID] = nil }
    }
}

/// The check log, buffered: a check appends in memory (a lock held for one append) and never waits for the
/// database. The buffer is written in multi-row inserts when it holds 500 entries, every second by the timer the
/// registry starts, and when the application stops.
final class ParkingCheckLogBuffer: Sendable {
    static let batchSize = 500
    private let entries = NIOLockedValueBox<[ParkingCheckLogEntry]>([])
    private let flushing = NIOLockedValueBox(false)

    /// Adds an entry; answers true when the buffer is full and should be written now.
    func append(_ entry: ParkingCheckLogEntry) -> Bool {
        entries.withLockedValue { list in
            list.append(entry)
            return list.count >= Self.batchSize
        }
    }

    var count: Int { entries.withLockedValue { $0.count } }

    /// Writes what is buffered; entries that fail to be written are put back for the next try.
    func flush(_ database: any Database) async throws {
        let start = flushing.withLockedValue { busy -> Bool in
            if busy { return false }
            busy = true
            return true
        }
        guard start else { return }
        defer { flushing.withLockedValue { $0 = false } }
        let batch = entries.withLockedValue { list -> [ParkingCheckLogEntry] in
            let taken = list
            list.removeAll(keepingCapacity: true)
            return taken
        }
        guard !batch.isEmpty else { return }
        do {
            try await ParkingStore(database: database).log(batch)
        } catch {
            entries.withLockedValue { $0.insert(contentsOf: batch, at: 0) }
            throw error
        }
    }
}

extension Application {
    private struct ParkingRegistryKey: StorageKey { typealias Value = ParkingRegistry }

    /// The parking registers, made at start (`ParkingDemo.purgeExpired`, which every start calls).
    var parkingRegistry: ParkingRegistry {
        if let registry = storage[ParkingRegistryKey.self] { return registry }
        let registry = ParkingRegistry()
        storage[ParkingRegistryKey.self] = registry
        return registry
    }

    /// Makes the registry and starts the once-a-second log writer, stopped (after a last write) when the
    /// application shuts down.
    func startParkingRegistry() {
        guard storage[ParkingRegistryKey.self] == nil else { return }
        let registry = ParkingRegistry()
        storage[ParkingRegistryKey.self] = registry
        let database = db
        let logger = logger
        let loop = eventLoopGroup.next()
        let timer = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(1), delay: .seconds(1)) { _ in
            loop.makeFutureWithTask {
                do { try await registry.log.flush(database) } catch { logger.warning("parking: controlelog niet geschreven: \(error)") }
            }
        }
        lifecycle.use(ParkingLogStopper(timer: timer, registry: registry))
    }
}

/// Stops the log writer and writes what is left when the application stops.
struct ParkingLogStopper: LifecycleHandler {
    let timer: RepeatedTask
    let registry: ParkingRegistry

    func shutdownAsync(_ application: Application) async {
        timer.cancel()
        try? await registry.log.flush(application.db)
    }
}
