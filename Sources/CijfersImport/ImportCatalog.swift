/// What a data import needs to know about what exists, answered from memory so that reading a file of
/// ten million values asks the database nothing per row.
public protocol ImportCatalog: Sendable {
    func levelExists(_ code: String) -> Bool
    /// The storage key of an area of a level, or nil when it does not exist there.
    func areaKey(level: String, code: String) -> Int?
    /// The storage key of a stored indicator and whether it is a formula (formulas take no data).
    func indicator(_ code: String) -> (key: Int, isFormula: Bool)?
}

public struct ImportOptions: Sendable {
    public enum Mode: String, Sendable { case replace, append }

    /// Replace: the data per indicator × period × level present in the file replaces what is there (Swing's default).
    public var mode: Mode
    /// Skip and report unknown codes instead of failing the import.
    public var skipUnknown: Bool
    public var problemsPerKind: Int

    public init(mode: Mode = .replace, skipUnknown: Bool = false, problemsPerKind: Int = 10) {
        self.mode = mode
        self.skipUnknown = skipUnknown
        self.problemsPerKind = problemsPerKind
    }
}

/// One value to store: keys resolved, value in Swing's raw form (missing codes included).
public struct DataValue: Sendable, Hashable {
    public let indicator: Int
    public let area: Int
    public let level: String
    public let period: String
    public let value: Double

    public init(indicator: Int, area: Int, level: String, period: String, value: Double) {
        self.indicator = indicator
        self.area = area
        self.level = level
        self.period = period
        self.value = value
    }
}
