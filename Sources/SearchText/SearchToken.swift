/// One word of a text, as the search sees it.
public struct SearchToken: Sendable, Hashable {
    /// What the word is within the text.
    public enum Kind: Sendable, Hashable {
        /// A word on its own: "fietsen", "lekp1", "auto's".
        case word
        /// A part of a hyphenated compound: "sint" and "niklaas" in "Sint-Niklaas".
        case compoundPart
        /// A hyphenated compound, joined: "sintniklaas" for "Sint-Niklaas", "einclusie" for "e-inclusie". It comes
        /// right after its parts and its range covers them all.
        case compound
    }

    /// The folded word (`SearchText.fold`): "financiele" for "financiële", "auto's" for "Auto’s".
    public let folded: String
    /// Where the word stands in the original text, as written (accents, capitals, curly apostrophe).
    public let range: Range<String.Index>
    public let kind: Kind

    public init(folded: String, range: Range<String.Index>, kind: Kind) {
        self.folded = folded
        self.range = range
        self.kind = kind
    }
}

extension SearchText {
    /// The words of `text`, in order, with their ranges in `text`.
    ///
    /// A word is a run of letters and digits ("lekp1", "2025", "financiële"); everything else separates words. Two
    /// exceptions: an apostrophe followed by a final "s" belongs to the word ("auto's", "foto’s"), and a hyphen
    /// between two words makes a compound, given as its parts and then joined ("e-inclusie" → "e", "inclusie",
    /// "einclusie"). A hyphen between two digits only separates ("2020-2025" → "2020", "2025"). A leading apostrophe
    /// is not part of a word ("'s avonds" → "s", "avonds").
    public static func tokens(_ text: String) -> [SearchToken] {
        var result: [SearchToken] = []
        let utf8 = text.utf8
        var copy = text
        copy.withUTF8 { bytes in
            WordScanner.scan(bytes) { piece, folded in
                let lower = utf8.index(utf8.startIndex, offsetBy: piece.start)
                let upper = utf8.index(lower, offsetBy: piece.end - piece.start)
                result.append(SearchToken(folded: String(decoding: folded, as: UTF8.self), range: lower..<upper, kind: piece.kind))
            }
        }
        return result
    }
}
