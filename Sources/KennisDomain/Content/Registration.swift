/// A registration's place: in the room, on the waiting list, or cancelled.
public enum RegistrationStatus: String, Sendable, CaseIterable, Codable, Hashable {
    case ingeschreven
    case wachtlijst
    case geannuleerd

    public var name: (nl: String, en: String) {
        switch self {
        case .ingeschreven: ("Ingeschreven", "Registered")
        case .wachtlijst: ("Op de wachtlijst", "On the waiting list")
        case .geannuleerd: ("Geannuleerd", "Cancelled")
        }
    }
}

/// One registration as the rules see it: its number in order of arrival and its status.
public struct RegistrationEntry: Sendable, Hashable {
    public let id: Int
    public var status: RegistrationStatus

    public init(id: Int, status: RegistrationStatus) {
        self.id = id
        self.status = status
    }
}

/// The rules of registering for an event with a cap and a waiting list.
public enum RegistrationRules {
    /// The status of a new registration: a seat while there is one (no cap = always), else the waiting list.
    public static func statusOfNew(capacity: Int?, existing: [RegistrationEntry]) -> RegistrationStatus {
        guard let capacity else { return .ingeschreven }
        let taken = existing.filter { $0.status == .ingeschreven }.count
        return taken < capacity ? .ingeschreven : .wachtlijst
    }

    /// After a cancellation (or a larger cap): who moves from the waiting list into a seat, first come first served.
    /// `entries` in order of arrival; returns the ids promoted.
    public static func promotions(capacity: Int?, entries: [RegistrationEntry]) -> [Int] {
        let taken = entries.filter { $0.status == .ingeschreven }.count
        let waiting = entries.filter { $0.status == .wachtlijst }.sorted { $0.id < $1.id }
        guard let capacity else { return waiting.map(\.id) }
        let free = max(0, capacity - taken)
        return Array(waiting.prefix(free).map(\.id))
    }

    /// Whether registering is still possible on `today` (inclusive of the last day), before the event starts.
    public static func isOpen(registrationUntil: LocalDate?, starts: LocalDateTime?, today: LocalDate) -> Bool {
        if let until = registrationUntil, today > until { return false }
        if let starts, today > starts.date { return false }
        return true
    }
}
