/// Computes a parsed formula.
///
/// Every intermediate value is finite: literals are checked by the lexer,
/// looked-up values are checked here, and each operation that could leave
/// the finite range gives "missing" instead. So the result is a real number
/// or nil, never infinity or NaN, and nothing can trap.
extension FormulaExpression {
    func evaluate(_ lookup: (FormulaReference) -> Double?) -> Double? {
        switch self {
        case .number(let value):
            return value
        case .reference(let reference):
            // A store that hands back infinity or NaN has no usable value;
            // treat it like any other missing component.
            guard let value = lookup(reference), value.isFinite else { return nil }
            return value
        case .negate(let operand):
            return operand.evaluate(lookup).map { -$0 }
        case .chain(let first, let steps):
            guard var accumulated = first.evaluate(lookup) else { return nil }
            for step in steps {
                guard let operand = step.operand.evaluate(lookup),
                      let result = step.op.apply(accumulated, operand)
                else { return nil }
                accumulated = result
            }
            return accumulated
        case .squareRoot(let operand):
            guard let value = operand.evaluate(lookup), value >= 0 else { return nil }
            return value.squareRoot()
        case .round(let operand, let digitsExpression):
            guard let value = operand.evaluate(lookup) else { return nil }
            guard let digitsExpression else {
                return FormulaRounding.round(value, digits: 0)
            }
            guard let digits = digitsExpression.evaluate(lookup) else { return nil }
            // Like Excel, a fractional digit count is truncated. Clamping
            // first keeps the conversion to Int from trapping; beyond ±400
            // decimals every finite double rounds the same anyway.
            let clamped = min(400, max(-400, digits.rounded(.towardZero)))
            return FormulaRounding.round(value, digits: Int(clamped))
        }
    }
}

extension FormulaOperator {
    /// The result, or nil for division by zero and for overflow.
    func apply(_ left: Double, _ right: Double) -> Double? {
        let result: Double
        switch self {
        case .add: result = left + right
        case .subtract: result = left - right
        case .multiply: result = left * right
        case .divide:
            guard right != 0 else { return nil }
            result = left / right
        }
        return result.isFinite ? result : nil
    }
}
