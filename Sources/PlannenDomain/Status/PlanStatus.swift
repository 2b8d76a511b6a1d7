/// A status an item can have, as data: a city may add its own statuses to the catalogue.
public struct PlanStatus: Sendable, Hashable, Codable {
    /// Stable code stored on items and in the CSV export, e.g. op-schema.
    public let code: String
    public let dutchLabel: String
    public let englishLabel: String
    /// The progress a leaf with this status counts with when none was reported (niet gestart 0, gerealiseerd 100);
    /// nil when the status says nothing about progress.
    public let defaultProgress: Double?
    /// False for a stopped item: it is left out of its parent's progress instead of dragging it down.
    public let countsInProgress: Bool

    public init(code: String, dutchLabel: String, englishLabel: String, defaultProgress: Double? = nil,
                countsInProgress: Bool = true) {
        self.code = code
        self.dutchLabel = dutchLabel
        self.englishLabel = englishLabel
        self.defaultProgress = defaultProgress
        self.countsInProgress = countsInProgress
    }
}
