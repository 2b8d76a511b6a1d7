/// One version of a meerjarenplan: number 0 is the plan as first adopted, each meerjarenplanaanpassing gets the next
/// number. A version is a value: a new version starts as a copy, and changing it never touches the versions before.
public struct PlanVersion: Sendable, Equatable, Codable {
    public enum State: Sendable, Hashable, Codable {
        /// Being prepared; only the draft may still change.
        case ontwerp
        /// Adopted by the council on this day; never changes again.
        case vastgesteld(PlanDate)
    }

    public let number: Int
    public let plan: Plan
    public let state: State

    public init(number: Int, plan: Plan, state: State) {
        self.number = number
        self.plan = plan
        self.state = state
    }

    public var isAdopted: Bool { state != .ontwerp }

    /// "Meerjarenplan" for version 0, "Meerjarenplanaanpassing 2" for version 2.
    public var label: PlanText {
        number == 0
            ? PlanText(dutch: "Meerjarenplan", english: "Multi-year plan")
            : PlanText(dutch: "Meerjarenplanaanpassing \(number)", english: "Multi-year plan amendment \(number)")
    }
}

/// Why a change to the versions is refused, in plain Dutch.
public struct PlanVersionRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
