import Tabular

/// A record together with the place in the file it came from, for problems found only later
/// (an area code checked against the database, a formula referring to an unknown indicator).
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let location: TabularLocation

    public init(_ value: Value, at location: TabularLocation) {
        self.value = value
        self.location = location
    }
}
