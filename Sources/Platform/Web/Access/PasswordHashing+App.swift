import Vapor

extension Application {
    private struct PasswordHashingKey: StorageKey { typealias Value = PasswordHashing }

    /// The password service configured in `configure(_:)` (bcrypt) on `PasswordHashing.threadPool`.
    /// Tests may set another one.
    public var passwordHashing: PasswordHashing {
        get { storage[PasswordHashingKey.self] ?? PasswordHashing(hasher: password) }
        set { storage[PasswordHashingKey.self] = newValue }
    }
}

extension Request {
    public var passwordHashing: PasswordHashing { application.passwordHashing }
}
