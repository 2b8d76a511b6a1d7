/// What an owner reports on one item in one period: status, progress, an explanation and links to evidence.
public struct ItemUpdate: Sendable, Hashable, Codable {
    public let itemCode: String
    public let periodCode: String
    /// A status code from the catalogue; nil leaves the status as it was.
    public let status: String?
    /// 0…100; nil leaves the progress as it was.
    public let progress: Double?
    public let explanation: String
    /// Web addresses (https://…) of reports, photos, council decisions.
    public let evidence: [String]
    public let author: String?

    public init(itemCode: String, periodCode: String, status: String? = nil, progress: Double? = nil,
                explanation: String = "", evidence: [String] = [], author: String? = nil) {
        self.itemCode = itemCode
        self.periodCode = periodCode
        self.status = status
        self.progress = progress
        self.explanation = explanation
        self.evidence = evidence
        self.author = author
    }
}

extension PlanItem {
    /// The item with the update's status and progress applied (fields the update leaves empty stay as they were).
    public func applying(_ update: ItemUpdate) -> PlanItem {
        var copy = self
        if let status = update.status { copy.status = status }
        if let progress = update.progress { copy.progress = progress }
        return copy
    }
}
