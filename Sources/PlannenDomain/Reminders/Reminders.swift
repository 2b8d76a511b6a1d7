/// Who still has to report on what in a period.
public struct ReminderDigest: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public let code: String
        public let title: String

        public init(code: String, title: String) {
            self.code = code
            self.title = title
        }
    }

    public let owner: String
    /// By code.
    public let items: [Entry]

    public init(owner: String, items: [Entry]) {
        self.owner = owner
        self.items = items
    }
}

public enum Reminders {
    /// One digest per owner with the items they have not updated in the period, owners sorted case-insensitively,
    /// items by code. Items are those of the given levels, without an owner (they are nobody's reminder) and without
    /// a finished status (by default gerealiseerd and stopgezet need no update).
    public static func digests(tree: PlanTree, updates: [ItemUpdate], periodCode: String,
                               levels: Set<PlanLevel> = [.actie],
                               finishedStatuses: Set<String> = ["gerealiseerd", "stopgezet"],
                               owner: (PlanItem) -> String? = { $0.verantwoordelijke }) -> [ReminderDigest] {
        let updated = Set(updates.filter { $0.periodCode == periodCode }.map(\.itemCode))
        var perOwner: [String: [ReminderDigest.Entry]] = [:]
        for item in tree.items where levels.contains(item.level) && !updated.contains(item.code) {
            if let status = item.status, finishedStatuses.contains(status) { continue }
            guard let name = owner(item).flatMap(TextNormalising.optional) else { continue }
            perOwner[name, default: []].append(ReminderDigest.Entry(code: item.code, title: item.title))
        }
        return perOwner
            .map { ReminderDigest(owner: $0.key, items: $0.value.sorted { CodeOrder.precedes($0.code, $1.code) }) }
            .sorted { a, b in
                let left = a.owner.lowercased(), right = b.owner.lowercased()
                return left != right ? left < right : a.owner < b.owner
            }
    }
}
