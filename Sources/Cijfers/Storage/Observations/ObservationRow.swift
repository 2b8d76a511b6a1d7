import Platform

/// Where a stored value comes from: loaded by an import, or computed by aggregation from the levels below.
enum ObservationRow {
    enum Origin: Int, Sendable {
        case loaded = 0
        case aggregated = 1
    }
}
