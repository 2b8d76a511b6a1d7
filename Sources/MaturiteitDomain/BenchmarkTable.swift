/// The benchmark table of a campaign: organisations × themes, each cell a score (self-score, or the validated one when
/// asked and present) placed on the scale, with the statistics per theme above. Built from the scores alone, so the
/// same table comes out for the pages, the exports and the tests.
public struct BenchmarkTable: Sendable {
    public struct Cell: Sendable, Hashable {
        public let score: ThemeScore?
        /// The Kenniscentrum's score after discussion, shown beside the self-score when it differs.
        public let validated: Double?
    }

    public let model: MaturityModel
    public let organisations: [String]
    public let cells: [String: [String: Cell]]
    public let statistics: [String: ThemeStatistics]

    public enum Basis: Sendable { case selfScores, validatedWherePresent }

    /// - Parameter scores: per organisation, per theme code: the self-score and the validated score (if any).
    public init(model: MaturityModel, organisations: [String], scores: [String: [String: (ThemeScore, Double?)]],
                basis: Basis = .selfScores) {
        self.model = model
        self.organisations = organisations
        var cells: [String: [String: Cell]] = [:]
        var perTheme: [String: [ThemeScore]] = [:]
        for organisation in organisations {
            for theme in model.themes {
                guard let (score, validated) = scores[organisation]?[theme.code] else { continue }
                cells[organisation, default: [:]][theme.code] = Cell(score: score, validated: validated)
                let counted: ThemeScore = basis == .validatedWherePresent ? (validated.map(ThemeScore.scored) ?? score) : score
                perTheme[theme.code, default: []].append(counted)
            }
        }
        self.cells = cells
        statistics = perTheme.mapValues(ThemeStatistics.init)
    }

    public func cell(_ organisation: String, _ theme: String) -> Cell? { cells[organisation]?[theme] }

    /// An organisation's profile: its score per theme next to the median of all, for the profile chart and its table.
    public func profile(of organisation: String) -> [(theme: MaturityModel.Theme, score: Double?, median: Double?)] {
        model.themes.map { theme in
            (theme, cell(organisation, theme.code)?.score?.value, statistics[theme.code]?.median)
        }
    }
}
