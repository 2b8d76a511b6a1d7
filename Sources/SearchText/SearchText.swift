/// Dutch-aware text analysis for the site-wide search.
///
/// Every searchable document is stored as a string of terms (`termString(_:)`): folded, stop words left out,
/// stemmed. The databases' own full-text engines (SQLite FTS5 with the unicode61 tokenizer, PostgreSQL
/// `to_tsvector('simple', …)`) only split that string on spaces, so SQLite and PostgreSQL find the same documents.
/// A visitor's search box goes through `query(_:maximumWords:)`, and `Snippet.make` shows where the words were found.
public enum SearchText {
    /// Words longer than this many bytes (after folding) are not indexed and not searched: they are codes, hashes or
    /// pasted garbage rather than words.
    public static let maximumTermLength = 64

    /// The terms to index for a text: folded words, stop words left out, stemmed, in the order of the text
    /// (repeats kept, so a word that occurs often weighs more). A hyphenated compound gives its parts and the joined
    /// form: "Sint-Niklaas" → "sint", "niklas", "sintniklas".
    public static func terms(_ text: String) -> [String] {
        var result: [String] = []
        forEachTerm(in: text) { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// `terms(_:)` joined by single spaces: the value stored in the full-text index.
    public static func termString(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        forEachTerm(in: text) { term in
            if !bytes.isEmpty { bytes.append(0x20) }
            bytes.append(contentsOf: term)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `term` (an index term: the stem of a word of the text) matches a word of the query: it equals the
    /// word's stem, starts with one of its prefixes (`QueryWord.prefixes`), or equals one of its synonyms' stems.
    public static func matches(term: String, query: SearchQueryTerms) -> Bool {
        query.words.contains { $0.matches(term: term) }
    }

    /// Calls `body` with the bytes of every index term of `text`. The buffer is reused: copy what you keep.
    static func forEachTerm(in text: String, _ body: ([UInt8]) -> Void) {
        var copy = text
        copy.withUTF8 { bytes in
            WordScanner.scan(bytes) { _, word in
                guard word.count <= maximumTermLength, !StopWords.contains(word) else { return }
                DutchStemmer.stem(&word)
                if !word.isEmpty { body(word) }
            }
        }
    }
}
