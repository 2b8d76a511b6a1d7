/// A formula indicator's definition, parsed once and evaluated on read.
///
/// Formula indicators are never stored: whenever a value is asked for, the
/// formula is evaluated against the values of the indicators it references.
///
///     let formula = try Formula("v2506_elek_nietres_cons/v2506_elek_nietres_n")
///     formula.codes          // ["v2506_elek_nietres_cons", "v2506_elek_nietres_n"]
///     formula.evaluate { reference in values[reference.code] }
///
/// Two formulas are equal when their source text is equal: parsing is
/// deterministic, so the text identifies the formula, and comparing text is
/// cheaper than comparing trees.
public struct Formula: Sendable, Hashable, CustomStringConvertible {
    /// The text as given, including any leading '='.
    public let source: String
    /// Every value the formula reads, each once, in order of first
    /// appearance, so an editor can list dependencies in the order typed.
    public let references: [FormulaReference]
    /// How many times evaluating reads a component: every reference, repeats included.
    public let lookupCount: Int
    let expression: FormulaExpression

    /// The deepest nesting of parentheses and function calls accepted.
    public static var maximumNestingDepth: Int { FormulaParser.maximumDepth }

    /// Parses `source`, or throws a `FormulaError` saying what is wrong and where.
    public init(_ source: String) throws(FormulaError) {
        let expression = try FormulaParser.parse(source)
        var all: [FormulaReference] = []
        expression.collectReferences(into: &all)
        var seen = Set<FormulaReference>()
        self.source = source
        self.expression = expression
        self.references = all.filter { seen.insert($0).inserted }
        self.lookupCount = all.count
    }

    /// The indicator codes the formula depends on, whatever the period or
    /// threshold they are read with: what must exist (and be computed first).
    public var codes: Set<String> {
        Set(references.map(\.code))
    }

    /// The formula's value, or nil when it has none: a component is missing
    /// (`lookup` returned nil), a division by zero, the square root of a
    /// negative number, or a result too large to represent. Never infinity
    /// or NaN.
    ///
    /// `lookup` is asked for each reference as it is needed; it may be asked
    /// for the same one more than once, and not at all for ones after a
    /// missing value.
    public func evaluate(_ lookup: (FormulaReference) -> Double?) -> Double? {
        guard let value = expression.evaluate(lookup), value.isFinite else { return nil }
        // Negative zero (from `-0` or `-a*0`) would print as "-0" in tables.
        return value == 0 ? 0 : value
    }

    public var description: String { source }

    public static func == (lhs: Formula, rhs: Formula) -> Bool {
        lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }
}
