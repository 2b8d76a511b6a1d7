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

    public enum Basis: String, Sendable, CaseIterable { case selfScores = "zelf", validatedWherePresent = "gevalideerd" }
    public let basis: Basis

    /// - Parameter scores: per organisation, per theme code: the self-score and the validated score (if any).
    public init(model: MaturityModel, organisations: [String], scores: [String: [String: (ThemeScore, Double?)]],
                basis: Basis = .selfScores) {
        self.model = model
        self.organisations = organisations
        self.basis = basis
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

    /// The score a cell counts with on this table's basis.
    public func counted(_ organisation: String, _ theme: String) -> ThemeScore? {
        guard let cell = cell(organisation, theme) else { return nil }
        if basis == .validatedWherePresent, let validated = cell.validated { return .scored(validated) }
        return cell.score
    }

    /// The statistics per theme over a group of look-alike organisations only (those of the group in this table).
    public func statistics(among members: [String]) -> [String: ThemeStatistics] {
        var result: [String: ThemeStatistics] = [:]
        for theme in model.themes {
            let scores = members.filter(organisations.contains).compactMap { counted($0, theme.code) }
            if !scores.isEmpty { result[theme.code] = ThemeStatistics(scores) }
        }
        return result
    }

    /// An organisation's profile: its score per theme next to the median of all, for the profile chart and its table.
    public func profile(of organisation: String) -> [(theme: MaturityModel.Theme, score: Double?, median: Double?)] {
        model.themes.map { theme in
            (theme, counted(organisation, theme.code)?.value, statistics[theme.code]?.median)
        }
    }
}
