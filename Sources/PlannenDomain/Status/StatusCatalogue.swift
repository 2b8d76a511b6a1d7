/// The statuses a plan may use, looked up by code, Dutch label or English label.
public struct StatusCatalogue: Sendable, Equatable {
    public let statuses: [PlanStatus]

    public init(statuses: [PlanStatus]) {
        self.statuses = statuses
    }

    /// The default statuses. A started item has no default progress: how far it is must be reported, not guessed.
    public static let standard = StatusCatalogue(statuses: [
        PlanStatus(code: "niet-gestart", dutchLabel: "Niet gestart", englishLabel: "Not started", defaultProgress: 0),
        PlanStatus(code: "gestart", dutchLabel: "Gestart", englishLabel: "Started"),
        PlanStatus(code: "op-schema", dutchLabel: "Op schema", englishLabel: "On schedule"),
        PlanStatus(code: "vertraagd", dutchLabel: "Vertraagd", englishLabel: "Delayed"),
        PlanStatus(code: "uitgesteld", dutchLabel: "Uitgesteld", englishLabel: "Postponed"),
        PlanStatus(code: "stopgezet", dutchLabel: "Stopgezet", englishLabel: "Stopped", countsInProgress: false),
        PlanStatus(code: "gerealiseerd", dutchLabel: "Gerealiseerd", englishLabel: "Completed", defaultProgress: 100),
    ])

    /// The status with this code or label, case-insensitive and trimmed ("Op schema", "op-schema", "on schedule").
    public func status(_ text: String) -> PlanStatus? {
        let key = TextNormalising.key(text)
        guard !key.isEmpty else { return nil }
        return statuses.first { $0.code.lowercased() == key }
            ?? statuses.first { TextNormalising.key($0.dutchLabel) == key }
            ?? statuses.first { TextNormalising.key($0.englishLabel) == key }
    }

    /// The codes, for messages that list the choices.
    public var codes: [String] { statuses.map(\.code) }
}
