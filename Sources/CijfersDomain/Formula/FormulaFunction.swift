/// The functions the formula language knows. Names are matched
/// case-insensitively because Swing exports mix `ROUND` and `round`.
enum FormulaFunction: String, CaseIterable, Sendable {
    case sqrt
    case round
    case threshold
    case dataFromPeriod = "data_from_period"

    init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// Canonical name used in messages, whatever casing the user typed.
    var name: String { rawValue }

    /// The arity part of the "wrong number of arguments" message.
    var expectedArguments: String {
        switch self {
        case .sqrt, .threshold: "1 argument"
        case .round: "1 of 2 argumenten"
        case .dataFromPeriod: "2 argumenten"
        }
    }
}
