import Platform

/// One row of the observations table as written in bulk.
struct ObservationRow: Sendable {
    enum Origin: Int, Sendable {
        case loaded = 0
        case aggregated = 1
    }

    let indicator: Int
    let level: Int
    let area: Int
    let period: String
    let value: Double
    let origin: Origin
}
