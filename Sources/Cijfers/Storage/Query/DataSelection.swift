import Platform

/// Which values a request asks for: indicators × an area selection × periods.
public struct DataSelection: Sendable, Equatable {
    public enum Periods: Sendable, Equatable {
        case all
        /// The most recent period with data, per indicator.
        case latest
        case list([String])
    }

    public var indicators: [String]
    public var level: String
    /// Restricts the areas to those within this area (any level above), e.g. the wijken of Gent.
    /// Written as a code, or as `level:code` when a code exists at several levels.
    public var parent: String?
    /// Restricts the areas to these codes of the level.
    public var areas: [String]?
    public var periods: Periods

    public init(indicators: [String], level: String, parent: String? = nil, areas: [String]? = nil, periods: Periods = .all) {
        self.indicators = indicators
        self.level = level
        self.parent = parent
        self.areas = areas
        self.periods = periods
    }
}

/// Why a selection cannot be answered; the API turns these into 400 and 404.
public enum QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownIndicator(String)
    case unknownLevel(String)
    case unknownArea(String)
    case invalid(String)
    /// The answer would hold more values than one request may ask for.
    case tooLarge(cells: Int, limit: Int)

    public var description: String {
        switch self {
        case .unknownIndicator(let code): "indicator '\(code)' bestaat niet"
        case .unknownLevel(let code): "gebiedsniveau '\(code)' bestaat niet"
        case .unknownArea(let code): "gebied '\(code)' bestaat niet"
        case .invalid(let reason): reason
        case .tooLarge(let cells, let limit):
            "deze selectie vraagt \(cells == Int.max ? "te veel" : String(cells)) waarden (indicatoren × gebieden × perioden); "
                + "hoogstens \(limit) per vraag: kies minder indicatoren, gebieden of perioden, of vraag ze in delen"
        }
    }
}
