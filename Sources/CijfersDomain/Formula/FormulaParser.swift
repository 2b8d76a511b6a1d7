/// Recursive-descent parser over the lexer's tokens.
///
/// Grammar, loosest binding first:
///
///     formula  = ["="] sum                      (the '=' is dropped by the lexer)
///     sum      = product { ("+" | "-") product }
///     product  = unary { ("*" | "/") unary }
///     unary    = { "+" | "-" } primary
///     primary  = number | code | call | "(" sum ")"
///     call     = name "(" arguments ")"
///
/// Recursion only happens through parentheses and function calls, and those
/// are limited to `maximumDepth` levels, so no input can overflow the stack,
/// neither here nor later when the tree is evaluated.
struct FormulaParser {
    /// Far beyond any real formula (those nest a handful of levels), yet
    /// safe on small thread stacks: a level costs at most about 4 KB of stack
    /// in a debug build (well under 1 KB optimized), so even at this depth
    /// parsing fits in the 512 KB that macOS gives secondary threads.
    static let maximumDepth = 100

    private let tokens: [FormulaToken]
    private var index = 0
    private var depth = 0

    private init(tokens: [FormulaToken]) {
        self.tokens = tokens
    }

    static func parse(_ source: String) throws(FormulaError) -> FormulaExpression {
        var parser = FormulaParser(tokens: try FormulaLexer.tokenize(source))
        return try parser.parseFormula()
    }

    // MARK: - Grammar

    private mutating func parseFormula() throws(FormulaError) -> FormulaExpression {
        if current.kind == .end {
            throw FormulaError(position: 1, reason: "lege formule")
        }
        let expression = try parseSum()
        switch current.kind {
        case .end:
            return expression
        case .rightParenthesis:
            throw failure(at: current, "onverwacht sluitend haakje")
        case .comma:
            throw failure(at: current, "komma buiten een functie")
        default:
            throw failure(at: current, "verwacht een operator (+, -, * of /) vóór \(current.quoted)")
        }
    }

    private mutating func parseSum() throws(FormulaError) -> FormulaExpression {
        let first = try parseProduct()
        var steps: [FormulaStep] = []
        while true {
            let op: FormulaOperator
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return Self.chain(first, steps)
            }
            advance()
            steps.append(FormulaStep(op: op, operand: try parseProduct()))
        }
    }

    private mutating func parseProduct() throws(FormulaError) -> FormulaExpression {
        let first = try parseUnary()
        var steps: [FormulaStep] = []
        while true {
            let op: FormulaOperator
            switch current.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            default: return Self.chain(first, steps)
            }
            advance()
            steps.append(FormulaStep(op: op, operand: try parseUnary()))
        }
    }

    /// Signs are read in a loop and folded into at most one negation:
    /// `--2` is `2`, and a run of a hundred thousand minus signs costs no
    /// stack. Negation is exact in floating point, so folding changes nothing.
    private mutating func parseUnary() throws(FormulaError) -> FormulaExpression {
        var negative = false
        while true {
            switch current.kind {
            case .minus: negative.toggle()
            case .plus: break
            default:
                let operand = try parsePrimary()
                return negative ? .negate(operand) : operand
            }
            advance()
        }
    }

    // Debug builds give every local its own stack slot, so the functions on
    // the recursive path stay small and leave messages and rare cases to
    // helpers; that keeps a level of nesting at a few kilobytes of stack.

    private mutating func parsePrimary() throws(FormulaError) -> FormulaExpression {
        switch current.kind {
        case .number(let value):
            advance()
            return .number(value)
        case .identifier(let name):
            if next.kind == .leftParenthesis {
                return try parseCall(name: name)
            }
            advance()
            return .reference(FormulaReference(code: name))
        case .leftParenthesis:
            return try parseGroup()
        default:
            throw unexpectedOperand()
        }
    }

    /// `( sum )`
    private mutating func parseGroup() throws(FormulaError) -> FormulaExpression {
        try enterNesting()
        advance()
        let inner = try parseSum()
        guard current.kind == .rightParenthesis else {
            throw unclosed(alternatives: "een operator of ')'")
        }
        advance()
        depth -= 1
        return inner
    }

    // MARK: - Function calls

    /// `current` is the function name and `next` its opening parenthesis.
    private mutating func parseCall(name: String) throws(FormulaError) -> FormulaExpression {
        let nameToken = current
        guard let function = FormulaFunction(name: name) else {
            throw unknownFunction(name)
        }
        try enterNesting()
        advance()  // name
        advance()  // "("
        let call = switch function {
        case .sqrt, .round: try parseArithmeticCall(function, at: nameToken)
        case .threshold, .dataFromPeriod: try parseReferenceCall(function, at: nameToken)
        }
        depth -= 1
        return call
    }

    /// `sqrt(x)`, `round(x)`, `round(x, digits)`: comma-separated expressions
    /// up to and including the closing parenthesis.
    private mutating func parseArithmeticCall(_ function: FormulaFunction, at nameToken: FormulaToken) throws(FormulaError) -> FormulaExpression {
        var arguments: [FormulaExpression] = []
        if current.kind == .rightParenthesis {
            advance()
        } else {
            while true {
                arguments.append(try parseSum())
                if current.kind == .comma {
                    advance()
                } else if current.kind == .rightParenthesis {
                    advance()
                    break
                } else {
                    throw unclosed(alternatives: "een operator, ',' of ')'")
                }
            }
        }
        switch (function, arguments.count) {
        case (.sqrt, 1): return .squareRoot(arguments[0])
        case (.round, 1): return .round(arguments[0], digits: nil)
        case (.round, 2): return .round(arguments[0], digits: arguments[1])
        default: throw wrongArity(function, at: nameToken)
        }
    }

    /// `threshold(code)` and `data_from_period(code, offset)`: these select a
    /// stored value, so they become a single reference.
    private mutating func parseReferenceCall(_ function: FormulaFunction, at nameToken: FormulaToken) throws(FormulaError) -> FormulaExpression {
        let code = try parseCodeArgument(of: function, at: nameToken)
        if function == .threshold {
            return .reference(FormulaReference(code: code, thresholded: true))
        }
        let offset = try parsePeriodOffset(at: nameToken)
        return .reference(FormulaReference(code: code, periodOffset: offset))
    }

    /// The first argument of `threshold` and `data_from_period`: these select
    /// a stored value, so only a bare indicator code makes sense there.
    /// Leaves `current` on the token after the code, which is checked to be
    /// `)` (threshold) or `,` (data_from_period).
    private mutating func parseCodeArgument(of function: FormulaFunction, at nameToken: FormulaToken) throws(FormulaError) -> String {
        let argument = current
        if argument.kind == .rightParenthesis {
            throw wrongArity(function, at: nameToken)
        }
        guard case .identifier(let code) = argument.kind, next.kind != .leftParenthesis else {
            throw notACode(function, at: argument)
        }
        advance()
        let wanted: FormulaToken.Kind = function == .threshold ? .rightParenthesis : .comma
        switch current.kind {
        case wanted:
            advance()
            return code
        case .comma, .rightParenthesis:
            throw wrongArity(function, at: nameToken)
        case .end:
            throw failure(at: current, "sluitend haakje ontbreekt")
        default:
            throw notACode(function, at: argument)
        }
    }

    /// The second argument of `data_from_period`: a whole number of periods,
    /// quoted as in Swing (`"-1"`, `"+1"`, `"1"`) or bare (`-1`, `1`),
    /// followed by the closing parenthesis.
    private mutating func parsePeriodOffset(at nameToken: FormulaToken) throws(FormulaError) -> Int {
        let argument = current
        var offset: Int?
        if case .text(let content) = argument.kind {
            offset = Self.periodOffset(parsing: content)
            advance()
        } else {
            var negative = false
            while current.kind == .minus || current.kind == .plus {
                if current.kind == .minus { negative.toggle() }
                advance()
            }
            if case .number(let value) = current.kind {
                offset = Self.periodOffset(value: negative ? -value : value)
                advance()
            }
        }
        guard let offset else { throw invalidPeriodOffset(at: argument) }
        switch current.kind {
        case .rightParenthesis:
            advance()
            return offset
        case .comma:
            throw wrongArity(.dataFromPeriod, at: nameToken)
        case .end:
            throw failure(at: current, "sluitend haakje ontbreekt")
        default:
            throw invalidPeriodOffset(at: argument)
        }
    }

    /// Bounds the offset so callers can do period arithmetic without
    /// overflow; no statistic looks ten thousand periods away.
    private static let maximumPeriodOffset = 9_999

    private static func periodOffset(parsing text: String) -> Int? {
        // Int(_:) accepts an optional sign and ASCII digits only, which is
        // exactly the quoted form; surrounding whitespace is forgiven.
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        guard let offset = Int(trimmed), abs(offset) <= maximumPeriodOffset else { return nil }
        return offset
    }

    private static func periodOffset(value: Double) -> Int? {
        guard value.rounded(.towardZero) == value, abs(value) <= Double(maximumPeriodOffset) else { return nil }
        return Int(value)
    }

    // MARK: - Helpers

    private var current: FormulaToken { tokens[index] }

    /// The token after `current`; the final `.end` token repeats forever.
    private var next: FormulaToken { tokens[min(index + 1, tokens.count - 1)] }

    private mutating func advance() {
        if index < tokens.count - 1 {
            index += 1
        }
    }

    /// Called with `current` on the '(' or function name that opens a level.
    private mutating func enterNesting() throws(FormulaError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw failure(at: current, "formule is te diep genest (meer dan \(Self.maximumDepth) niveaus haakjes of functies)")
        }
    }

    private static func chain(_ first: FormulaExpression, _ steps: [FormulaStep]) -> FormulaExpression {
        steps.isEmpty ? first : .chain(first, steps)
    }

    private func failure(at token: FormulaToken, _ reason: String) -> FormulaError {
        FormulaError(position: token.position, reason: reason)
    }

    /// A group or call did not end where it should: at the end of the input
    /// that simply means the ')' is missing; elsewhere something unexpected
    /// stands where an operator or ')' belongs.
    private func unclosed(alternatives: String) -> FormulaError {
        if current.kind == .end {
            return failure(at: current, "sluitend haakje ontbreekt")
        }
        return failure(at: current, "verwacht \(alternatives) vóór \(current.quoted)")
    }

    /// Where an operand should start, something else stands.
    private func unexpectedOperand() -> FormulaError {
        if case .text = current.kind {
            return failure(at: current, "tekst tussen aanhalingstekens mag alleen als periode in data_from_period staan")
        }
        return failure(at: current, "verwacht een getal, code of '('")
    }

    private func unknownFunction(_ name: String) -> FormulaError {
        failure(at: current, "onbekende functie '\(name)'")
    }

    private func notACode(_ function: FormulaFunction, at argument: FormulaToken) -> FormulaError {
        failure(at: argument, "het eerste argument van '\(function.name)' moet een indicatorcode zijn")
    }

    private func invalidPeriodOffset(at argument: FormulaToken) -> FormulaError {
        failure(at: argument, "het tweede argument van 'data_from_period' moet een geheel aantal perioden zijn, bijvoorbeeld \"-1\"")
    }

    private func wrongArity(_ function: FormulaFunction, at nameToken: FormulaToken) -> FormulaError {
        failure(at: nameToken, "functie '\(function.name)' verwacht \(function.expectedArguments)")
    }
}
