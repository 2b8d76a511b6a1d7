/// The evolution between two campaigns of the same model family: per organisation and theme the earlier and later
/// score, and per theme the medians. Themes are matched on their code, so a later model version with a renamed or
/// added theme compares what the two have in common and says what it could not compare.
public struct CampaignComparison: Sendable {
    public struct Change: Sendable, Hashable {
        public let organisation: String
        public let theme: String
        public let before: Double?
        public let after: Double?

        public var difference: Double? {
            guard let before, let after else { return nil }
            return after - before
        }
    }

    public let themes: [MaturityModel.Theme]
    public let onlyEarlier: [String]
    public let onlyLater: [String]
    public let changes: [Change]
    public let earlier: BenchmarkTable
    public let later: BenchmarkTable

    public init(earlier: BenchmarkTable, later: BenchmarkTable) {
        self.earlier = earlier
        self.later = later
        let earlierCodes = Set(earlier.model.themes.map(\.code))
        let laterCodes = Set(later.model.themes.map(\.code))
        themes = later.model.themes.filter { earlierCodes.contains($0.code) }
        onlyEarlier = earlier.model.themes.map(\.code).filter { !laterCodes.contains($0) }
        onlyLater = later.model.themes.map(\.code).filter { !earlierCodes.contains($0) }
        let organisations = later.organisations + earlier.organisations.filter { !later.organisations.contains($0) }
        var changes: [Change] = []
        for organisation in organisations {
            for theme in themes {
                let before = earlier.cell(organisation, theme.code)?.score?.value
                let after = later.cell(organisation, theme.code)?.score?.value
                if before != nil || after != nil {
                    changes.append(Change(organisation: organisation, theme: theme.code, before: before, after: after))
                }
            }
        }
        self.changes = changes
    }

    public func change(_ organisation: String, _ theme: String) -> Change? {
        changes.first { $0.organisation == organisation && $0.theme == theme }
    }

    /// The median of a theme in both campaigns, and how far it moved.
    public func medians(_ theme: String) -> (before: Double?, after: Double?) {
        (earlier.statistics[theme]?.median, later.statistics[theme]?.median)
    }
}
