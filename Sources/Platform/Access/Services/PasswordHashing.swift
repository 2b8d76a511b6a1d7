import Foundation
import Synchronization
import Vapor

/// Bcrypt hashing and checking, always on a thread pool: one check takes about a quarter second at cost 12 and would
/// hold an event loop, and every request on it, for that long. The cost comes from `PlatformSettings.bcryptCost`
/// (12 unless configured otherwise; tests lower it to keep hundreds of logins fast), set once when the platform is
/// configured. Hashes keep bcrypt's format, so existing ones stay valid.
public struct PasswordHashing: Sendable {
    private static let configuredCost = Mutex(PlatformSettings.defaultBcryptCost)

    /// The cost new hashes get: the configured one.
    public static var cost: Int { configuredCost.withLock { $0 } }

    /// Called by `configurePlatform(_:)` with the settings' cost, before anything hashes.
    static func configure(cost: Int) { configuredCost.withLock { $0 = cost } }

    public let hasher: any PasswordHasher
    public let threadPool: NIOThreadPool

    /// The application passes its password service (`app.password`, bcrypt at `cost`) and `threadPool`.
    public init(hasher: any PasswordHasher, threadPool: NIOThreadPool = PasswordHashing.threadPool) {
        self.hasher = hasher
        self.threadPool = threadPool
    }

    /// Bcrypt at `cost`, for code without an application at hand (tests, `standard` service defaults).
    public static var standard: PasswordHashing {
        PasswordHashing(hasher: BcryptAtCost())
    }

    /// Threads of their own, one per core, started once for the process: hashing holds neither an event loop, nor
    /// Swift's concurrency threads, nor the application's thread pool, on which SQLite runs its queries.
    public static let threadPool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(System.coreCount, 2))
        pool.start()
        return pool
    }()

    public func hash(_ password: String) async throws -> String {
        let hasher = hasher
        return try await threadPool.runIfActive { try hasher.hash(password) }
    }

    /// Whether the password matches the hash. Without a hash (an address with no account) the password is checked
    /// against a decoy of the same cost, so both answers take as long; the answer is then always no.
    public func verify(_ password: String, hash: String?) async -> Bool {
        let hasher = hasher
        let matches = try? await threadPool.runIfActive { () -> Bool in
            guard let hash else {
                _ = try? hasher.verify(password, created: PasswordHashing.decoy)
                return false
            }
            return try hasher.verify(password, created: hash)
        }
        return matches ?? false
    }

    /// A hash of a random password, made once, on the pool, at the first check of an unknown address.
    public static let decoy: String = (try? Bcrypt.hash(Secrets.random(bytes: 16), cost: cost)) ?? ""
}

/// What `app.passwords.use(.bcrypt(cost:))` installs, for `PasswordHashing.standard`.
private struct BcryptAtCost: PasswordHasher {
    public let cost = PasswordHashing.cost

    public func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        Array(try Bcrypt.hash(String(decoding: password, as: UTF8.self), cost: cost).utf8)
    }

    public func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        try Bcrypt.verify(String(decoding: password, as: UTF8.self), created: String(decoding: digest, as: UTF8.self))
    }
}
