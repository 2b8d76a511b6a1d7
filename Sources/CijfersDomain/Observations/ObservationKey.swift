/// Where a value sits within one indicator: an area (by storage key) and a period label.
public struct ObservationKey: Sendable, Hashable {
    public let area: Int
    public let period: String

    public init(area: Int, period: String) {
        self.area = area
        self.period = period
    }
}
