/// A lexical unit of a formula, with where it starts so errors can point at it.
struct FormulaToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(Double)
        case identifier(String)
        /// Quoted text; only meaningful as the period of `data_from_period`.
        case text(String)
        case plus
        case minus
        case star
        case slash
        case leftParenthesis
        case rightParenthesis
        case comma
        /// Always the last token, so the parser never has to check bounds.
        case end
    }

    let kind: Kind
    /// 1-based character offset of the first character.
    let position: Int
    /// The source text of the token, used to quote it back in messages.
    let lexeme: String

    /// How the token is named in an error message.
    var quoted: String {
        kind == .end ? "het einde van de formule" : Self.quote(lexeme)
    }

    /// Quotes text for a message, shortened so a runaway token (say a
    /// ten-thousand digit number) cannot flood the editor.
    static func quote(_ text: String) -> String {
        let limit = 30
        guard text.count > limit else { return "'\(text)'" }
        return "'\(text.prefix(limit))…'"
    }
}
