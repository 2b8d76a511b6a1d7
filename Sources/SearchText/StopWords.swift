extension SearchText {
    /// Common Dutch and English words that are not indexed: articles, pronouns, prepositions, conjunctions and the
    /// most frequent verbs. Folded, without "'s". "it" is not among them, so "IT" stays searchable.
    ///
    /// Because the index holds none of them, a query made only of stop words ("de", "over het") keeps its words
    /// (`SearchQueryTerms.consistsOfStopWords`) rather than becoming an error; it then finds only what the words
    /// start (a stem of four letters or more is matched as a prefix: "over" finds "overheid").
    public static let stopWords: Set<String> = [
        // Dutch
        "aan", "al", "alle", "als", "bij", "dan", "dat", "de", "deze", "die", "dit", "door", "dus", "een", "en",
        "er", "geen", "had", "heeft", "hebben", "het", "hier", "hij", "hoe", "hun", "ik", "in", "is", "je", "kan",
        "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "nog", "nu",
        "of", "om", "onder", "ons", "onze", "ook", "op", "over", "per", "s", "t", "te", "tegen", "toe", "tot",
        "tussen", "u", "uit", "uw", "van", "voor", "waar", "wat", "was", "we", "wel", "werd", "wie", "wij", "wil",
        "worden", "wordt", "zal", "ze", "zich", "zij", "zijn", "zo", "zonder", "zou",
        // English
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "he", "her",
        "his", "if", "into", "not", "on", "or", "our", "she", "so", "than", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "those", "to", "were", "which", "will", "with", "you", "your",
    ]

    /// True for a stop word (`stopWords`); the word is expected folded, and a final "'s" is ignored.
    public static func isStopWord(_ foldedWord: String) -> Bool {
        StopWords.contains(Array(foldedWord.utf8))
    }
}

enum StopWords {
    private static let longest = SearchText.stopWords.map(\.utf8.count).max() ?? 0

    /// Whether the folded word, without a final "'s", is a stop word.
    static func contains(_ folded: [UInt8]) -> Bool {
        var count = folded.count
        if count > 2, folded[count - 1] == Letter.s, folded[count - 2] == Letter.apostrophe { count -= 2 }
        guard count > 0, count <= longest else { return false }
        return SearchText.stopWords.contains(String(decoding: folded[..<count], as: UTF8.self))
    }
}
