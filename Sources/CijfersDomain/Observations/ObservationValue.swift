/// What is stored for one indicator × area × period: a number or one of Swing's missing codes.
public enum ObservationValue: Sendable, Hashable {
    case number(Double)
    case missing(MissingCode)

    /// Reads the stored form, in which missing codes stand in the value column as in Swing's files.
    public init(raw: Double) {
        if raw < -99995, raw > -100000, raw.rounded() == raw, let code = MissingCode(rawValue: Int(raw)) {
            self = .missing(code)
        } else {
            self = .number(raw)
        }
    }

    public var raw: Double {
        switch self {
        case .number(let value): value
        case .missing(let code): Double(code.rawValue)
        }
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }
}
