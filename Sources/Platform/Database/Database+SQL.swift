import FluentKit
import SQLKit

extension Database {
    /// The SQL side of a database, for SQLKit builders. Stadsbeeld opens only SQL databases (SQLite or PostgreSQL),
    /// so this is the one place that says so instead of a cast at every query.
    public var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Stadsbeeld opent alleen SQL-databanken (SQLite of PostgreSQL)")
        }
        return sql
    }
}
