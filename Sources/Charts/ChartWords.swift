/// The words the charts write into their SVG (legends, tooltips, marks explained). Dutch unless the page passes the
/// words of its own language, built from its catalogue; the charts themselves hold no other language.
public struct ChartWords: Sendable, Equatable {
    /// Before a map legend's title: "Legende: …".
    public var legend: String
    public var noData: String
    /// Hidden for privacy; tables show "x".
    public var suppressed: String
    public var notApplicable: String
    /// Counts in a legend's description: "1 gebied", "12 gebieden".
    public var area: String
    public var areas: String
    public var median: String
    public var noScore: String
    /// "niveau 3".
    public var level: String
    /// "tussen 2 en 3": `{0}` and `{1}` are the levels.
    public var between: String

    public init(legend: String, noData: String, suppressed: String, notApplicable: String, area: String, areas: String,
                median: String, noScore: String, level: String, between: String) {
        self.legend = legend
        self.noData = noData
        self.suppressed = suppressed
        self.notApplicable = notApplicable
        self.area = area
        self.areas = areas
        self.median = median
        self.noScore = noScore
        self.level = level
        self.between = between
    }

    public static let dutch = ChartWords(
        legend: "Legende", noData: "geen gegevens", suppressed: "geheim", notApplicable: "niet van toepassing",
        area: "gebied", areas: "gebieden", median: "mediaan", noScore: "geen score", level: "niveau",
        between: "tussen {0} en {1}")

    func count(_ count: Int) -> String { "\(count) \(count == 1 ? area : areas)" }

    func between(_ low: Int, _ high: Int) -> String {
        between.replacingOccurrences(of: "{0}", with: String(low)).replacingOccurrences(of: "{1}", with: String(high))
    }

    /// The legend text of a kind of missing value.
    public func label(_ style: NoDataStyle) -> String {
        switch style {
        case .noData: noData
        case .suppressed: "\(suppressed) (x)"
        case .notApplicable: notApplicable
        }
    }

    /// The tooltip for a table mark.
    func meaning(ofMark mark: String) -> String {
        switch mark {
        case "x": "x (\(suppressed))"
        case "-": noData
        case ".": notApplicable
        default: mark
        }
    }
}
