/// Turns formula text into tokens.
///
/// It walks `Character`s (grapheme clusters), not bytes or scalars, so the
/// positions it reports match what a person counts in the editor, and any
/// string at all, however odd its Unicode, is either tokenized or rejected
/// with a `FormulaError`.
struct FormulaLexer {
    private let characters: [Character]
    private var index = 0
    private var tokens: [FormulaToken] = []

    private init(_ source: String) {
        characters = Array(source)
    }

    /// The tokens of `source`, always ending with an `.end` token positioned
    /// one past the last character.
    static func tokenize(_ source: String) throws(FormulaError) -> [FormulaToken] {
        var lexer = FormulaLexer(source)
        try lexer.run()
        return lexer.tokens
    }

    private mutating func run() throws(FormulaError) {
        skipWhitespace()
        // Formulas are often copied from Excel, where they start with '='.
        if index < characters.count, characters[index] == "=" {
            index += 1
        }
        while true {
            skipWhitespace()
            guard index < characters.count else { break }
            let character = characters[index]
            if let kind = Self.punctuation(character) {
                emit(kind, from: index, to: index + 1)
                index += 1
            } else if Self.isDigit(character) || (character == "." && isDigit(at: index + 1)) {
                try lexNumber()
            } else if Self.isIdentifierStart(character) {
                lexIdentifier()
            } else if character == "\"" || character == "'" {
                try lexText(quote: character)
            } else {
                throw FormulaError(position: index + 1, reason: "onverwacht teken \(Self.display(character))")
            }
        }
        tokens.append(FormulaToken(kind: .end, position: characters.count + 1, lexeme: ""))
    }

    // MARK: - Token kinds

    /// `12`, `0.5`, `.5`, `1.`, `1e3`, `2.5E-4`.
    private mutating func lexNumber() throws(FormulaError) {
        let start = index
        skipDigits()
        if index < characters.count, characters[index] == "." {
            index += 1
            skipDigits()
        }
        if index < characters.count, Self.isExponentMarker(characters[index]) {
            var look = index + 1
            if look < characters.count, Self.isSign(characters[look]) {
                look += 1
            }
            if isDigit(at: look) {
                index = look
                skipDigits()
            } else if look > index + 1 || !isIdentifierPart(at: look) {
                // `1e`, `1e+`: an exponent was started but has no digits. When a
                // letter follows instead (`1ex`) the check below explains it.
                throw FormulaError(position: start + 1, reason: "onvolledig getal \(FormulaToken.quote(text(from: start, to: look)))")
            }
        }
        // A number glued to letters or a second '.' is a mistake we can name
        // precisely here; left alone it would surface as a vaguer
        // "operator expected" from the parser.
        if isIdentifierPart(at: index) || (index < characters.count && characters[index] == ".") {
            var end = index
            while isIdentifierPart(at: end) || (end < characters.count && characters[end] == ".") {
                end += 1
            }
            let word = text(from: start, to: end)
            let reason = word.contains(".")
                ? "ongeldig getal \(FormulaToken.quote(word))"
                : "een code moet met een letter of '_' beginnen: \(FormulaToken.quote(word))"
            throw FormulaError(position: start + 1, reason: reason)
        }
        let lexeme = text(from: start, to: index)
        // Double(_:) turns overflow into infinity; a literal must stay finite so
        // evaluation can promise never to produce infinity.
        guard let value = Double(lexeme), value.isFinite else {
            throw FormulaError(position: start + 1, reason: "getal \(FormulaToken.quote(lexeme)) is te groot")
        }
        emit(.number(value), from: start, to: index)
    }

    /// Indicator codes and function names: `[A-Za-z_][A-Za-z0-9_]*`.
    private mutating func lexIdentifier() {
        let start = index
        index += 1
        while isIdentifierPart(at: index) {
            index += 1
        }
        let name = text(from: start, to: index)
        emit(.identifier(name), from: start, to: index)
    }

    /// `"-1"` or `'-1'`. No escapes: the only legitimate content is a period
    /// offset, which never contains a quote.
    private mutating func lexText(quote: Character) throws(FormulaError) {
        let start = index
        var end = index + 1
        while end < characters.count, characters[end] != quote {
            end += 1
        }
        guard end < characters.count else {
            throw FormulaError(position: start + 1, reason: "afsluitend aanhalingsteken ontbreekt")
        }
        let content = text(from: start + 1, to: end)
        index = end + 1
        emit(.text(content), from: start, to: index)
    }

    // MARK: - Helpers

    private mutating func emit(_ kind: FormulaToken.Kind, from start: Int, to end: Int) {
        tokens.append(FormulaToken(kind: kind, position: start + 1, lexeme: text(from: start, to: end)))
    }

    private func text(from start: Int, to end: Int) -> String {
        String(characters[start..<min(end, characters.count)])
    }

    private mutating func skipWhitespace() {
        while index < characters.count, characters[index].isWhitespace {
            index += 1
        }
    }

    private mutating func skipDigits() {
        while isDigit(at: index) {
            index += 1
        }
    }

    private func isDigit(at position: Int) -> Bool {
        position < characters.count && Self.isDigit(characters[position])
    }

    private func isIdentifierPart(at position: Int) -> Bool {
        position < characters.count && Self.isIdentifierPart(characters[position])
    }

    private static func punctuation(_ character: Character) -> FormulaToken.Kind? {
        switch ascii(character) {
        case UInt8(ascii: "+"): .plus
        case UInt8(ascii: "-"): .minus
        case UInt8(ascii: "*"): .star
        case UInt8(ascii: "/"): .slash
        case UInt8(ascii: "("): .leftParenthesis
        case UInt8(ascii: ")"): .rightParenthesis
        case UInt8(ascii: ","): .comma
        default: nil
        }
    }

    /// The ASCII value of a character made of exactly one ASCII scalar.
    /// (`Character.asciiValue` would also map "\r\n" to a newline, and a
    /// digit followed by a combining accent must not count as a digit.)
    private static func ascii(_ character: Character) -> UInt8? {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, scalar.isASCII else { return nil }
        return UInt8(scalar.value)
    }

    private static func isDigit(_ character: Character) -> Bool {
        guard let byte = ascii(character) else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isIdentifierStart(_ character: Character) -> Bool {
        guard let byte = ascii(character) else { return false }
        return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierPart(_ character: Character) -> Bool {
        isIdentifierStart(character) || isDigit(character)
    }

    private static func isExponentMarker(_ character: Character) -> Bool {
        character == "e" || character == "E"
    }

    private static func isSign(_ character: Character) -> Bool {
        character == "+" || character == "-"
    }

    /// Shows an unexpected character in a message. Invisible ones (control
    /// characters, zero-width marks, unassigned code points) are spelled as
    /// code points, otherwise the message would read "onverwacht teken ''".
    static func display(_ character: Character) -> String {
        let invisible = character.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned,
                 .lineSeparator, .paragraphSeparator, .spaceSeparator:
                true
            default:
                false
            }
        }
        guard invisible else { return "'\(character)'" }
        return character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }
}
