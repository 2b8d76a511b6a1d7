import Crypto
import FluentKit
import Foundation
import SQLKit

/// Signs and checks the values in links that must work without signing in (confirming or ending a newsletter
/// subscription): HMAC-SHA256 with a key made once per site and kept in the database, so every app server agrees.
public struct LinkSigner: Sendable {
    let key: SymmetricKey

    /// The signer of `purpose` ("nieuwsbrief"), making its key on first use.
    public static func load(_ purpose: String, on database: any Database) async throws -> LinkSigner {
        let sql = database.sql
        if let row = try await sql.raw("SELECT secret FROM signing_keys WHERE name = \(bind: purpose)").first() {
            return LinkSigner(secret: try row.decode(column: "secret", as: String.self))
        }
        let secret = Secrets.random(bytes: 32)
        try await sql.insert(into: "signing_keys").columns("name", "secret", "created_at")
            .values(SQLBind(purpose), SQLBind(secret), SQLBind(Date()))
            .ignoringConflicts(with: ["name"]).run()
        // Another server may have made it at the same moment: read back what won.
        let row = try await sql.raw("SELECT secret FROM signing_keys WHERE name = \(bind: purpose)").first()
        return LinkSigner(secret: try row?.decode(column: "secret", as: String.self) ?? secret)
    }

    public init(secret: String) {
        key = SymmetricKey(data: Data(secret.utf8))
    }

    /// The signature of `message`: 32 hex characters (128 bits of the HMAC).
    public func sign(_ message: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: key).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    public func verify(_ message: String, signature: String) -> Bool {
        Secrets.equal(sign(message), signature.lowercased())
    }
}
