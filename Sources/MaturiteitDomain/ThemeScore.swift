/// One organisation's score on one theme: a number on the scale, or honestly none, with the reason given.
public enum ThemeScore: Sendable, Hashable, Codable {
    case scored(Double)
    case none(reason: String)

    public var value: Double? {
        if case .scored(let value) = self { return value }
        return nil
    }
}
