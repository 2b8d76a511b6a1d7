/// The parsed form of a formula.
///
/// Runs of operators of equal precedence (`a+b-c+…`) are stored as one flat
/// `chain` rather than a left-leaning tree. A formula of a hundred thousand
/// terms therefore stays one level deep, so evaluating, comparing or freeing
/// it cannot exhaust the stack; only parentheses and function calls add
/// depth, and the parser caps those.
indirect enum FormulaExpression: Equatable, Sendable {
    case number(Double)
    case reference(FormulaReference)
    case negate(FormulaExpression)
    /// `first op₁ operand₁ op₂ operand₂ …`, applied left to right. The parser
    /// only chains operators of one precedence level, so left-to-right is
    /// exactly left associativity.
    case chain(FormulaExpression, [FormulaStep])
    case squareRoot(FormulaExpression)
    /// `round(value)` or `round(value, digits)`.
    case round(FormulaExpression, digits: FormulaExpression?)

    /// Every reference in order of appearance, duplicates included.
    func collectReferences(into references: inout [FormulaReference]) {
        switch self {
        case .number:
            break
        case .reference(let reference):
            references.append(reference)
        case .negate(let operand), .squareRoot(let operand):
            operand.collectReferences(into: &references)
        case .chain(let first, let steps):
            first.collectReferences(into: &references)
            for step in steps {
                step.operand.collectReferences(into: &references)
            }
        case .round(let value, let digits):
            value.collectReferences(into: &references)
            digits?.collectReferences(into: &references)
        }
    }
}

/// One `operator operand` link of a chain.
struct FormulaStep: Equatable, Sendable {
    let op: FormulaOperator
    let operand: FormulaExpression
}

enum FormulaOperator: Equatable, Sendable {
    case add
    case subtract
    case multiply
    case divide
}
