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
    /// The parent exists, but not at a level above the asked one (Gent as parent of the gemeenten).
    case parentNotAbove(code: String, name: String, parentLevel: String, parentLevelCode: String, level: String)
    /// An asked area exists, but at another level than the asked one.
    case areaNotInLevel(code: String, name: String, areaLevel: String, level: String)
    /// An asked area of the level lies outside the asked parent.
    case areaOutsideParent(code: String, name: String, parent: String)
    /// A period that cannot be one ("abc"); a well-formed period without data is not an error.
    case malformedPeriod(String)

    public var description: String {
        switch self {
        case .unknownIndicator(let code): "indicator '\(code)' bestaat niet"
        case .unknownLevel(let code): "gebiedsniveau '\(code)' bestaat niet"
        case .unknownArea(let code): "gebied '\(code)' bestaat niet"
        case .invalid(let reason): reason
        case .tooLarge(let cells, let limit):
            "deze selectie vraagt \(cells == Int.max ? "te veel" : String(cells)) waarden (indicatoren × gebieden × perioden); "
                + "hoogstens \(limit) per vraag: kies minder indicatoren, gebieden of perioden, of vraag ze in delen"
        case .parentNotAbove(let code, let name, let parentLevel, let parentLevelCode, let level):
            "\(code) (\(name)) is een gebied van niveau \(parentLevel), geen gebied boven niveau \(level): kies een niveau onder "
                + "\(parentLevel) om binnen \(name) te kijken, of toon \(name) zelf (level=\(parentLevelCode)&areas=\(code))"
        case .areaNotInLevel(let code, let name, let areaLevel, let level):
            "gebied \(code) (\(name)) hoort bij niveau \(areaLevel), niet bij niveau \(level): kies level=\(areaLevel) of een code van niveau \(level)"
        case .areaOutsideParent(let code, let name, let parent):
            "gebied \(code) (\(name)) ligt niet binnen \(parent): laat parent weg of kies een gebied binnen \(parent)"
        case .malformedPeriod(let text):
            "'\(text.prefix(40))' is geen periode: geef een jaar (2021), kwartaal (2021Q3) of maand (2021M05), of all of latest"
        }
    }
}
