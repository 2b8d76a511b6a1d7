import Foundation
import Vapor

/// Random secrets (session cookies, CSRF tokens, API tokens) and their one-way fingerprints.
/// Only fingerprints are stored: whoever reads the database cannot use them.
public enum Secrets {
    /// 32 random bytes from the system's generator, as URL-safe base64 without padding (43 characters).
    public static func random(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let data = Data((0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public static func fingerprint(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares without stopping at the first difference, so the time taken does not tell how much matched.
    public static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8), b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// Bcrypt hashing. The cost is 12 (about a quarter second here) unless STADSBEELD_BCRYPT_COST says otherwise;
/// tests lower it to keep hundreds of logins fast.
public enum PasswordHasher {
    public static var cost: Int {
        ProcessInfo.processInfo.environment["STADSBEELD_BCRYPT_COST"].flatMap(Int.init).map { min(max($0, 4), 16) } ?? 12
    }

    public static func hash(_ password: String) throws -> String {
        try Bcrypt.hash(password, cost: cost)
    }

    public static func verify(_ password: String, hash: String) -> Bool {
        (try? Bcrypt.verify(password, created: hash)) ?? false
    }

    /// A hash of a random password: checked when an address has no account, so both answers take as long.
    public static let decoy: String = (try? Bcrypt.hash(Secrets.random(bytes: 16), cost: cost)) ?? ""
}
