/// One word of a visitor's query, ready to be matched against index terms.
public struct QueryWord: Sendable, Hashable {
    /// The word as typed, folded: "fietsen", "sintniklaas" for "Sint-Niklaas".
    public let folded: String
    /// Its stem, as the index holds it: "fiets".
    public let stem: String
    /// True when terms that start with one of `prefixes` match too. Stems of four characters or more are matched
    /// as a prefix, so "klimaat" finds "klimaatplan" (Dutch writes compounds as one word); numbers never are.
    public let isPrefix: Bool
    /// What a term may start with to match (empty unless `isPrefix`): the stem, and also the folded word when the
    /// stem is not its beginning ("klimaat" has the stem "klimat", yet must find "klimaatplan").
    public let prefixes: [String]
    /// The stems of its synonyms (`SearchSynonyms`), matched exactly.
    public let synonymStems: [String]

    public init(folded: String, stem: String, synonymStems: [String]) {
        self.folded = folded
        self.stem = stem
        self.synonymStems = synonymStems
        let isNumber = stem.utf8.allSatisfy { $0 &- 0x30 < 10 }
        self.isPrefix = stem.count >= 4 && !isNumber
        var prefixes: [String] = []
        if isPrefix {
            prefixes.append(stem)
            var word = folded
            if word.hasSuffix("'s") { word.removeLast(2) }
            if word.count >= 4, !word.hasPrefix(stem), !word.contains("'") { prefixes.append(word) }
        }
        self.prefixes = prefixes
    }

    /// True when the index term matches this word: it equals the stem or a synonym's stem, or starts with one of
    /// `prefixes`.
    public func matches(term: String) -> Bool {
        term == stem || prefixes.contains { term.hasPrefix($0) } || synonymStems.contains(term)
    }
}

/// A visitor's query after analysis: the words to search for and what was left out, so the page can say so.
public struct SearchQueryTerms: Sendable, Hashable {
    /// The words to search for, in the order typed, each stem once.
    public let words: [QueryWord]
    /// Stop words left out of the query ("de", "the"), folded, each once.
    public let droppedStopWords: [String]
    /// Words beyond the maximum, folded, in the order typed.
    public let droppedExtraWords: [String]
    /// True when the query had only stop words: they are searched anyway (see `SearchText.stopWords`).
    public let consistsOfStopWords: Bool

    public init(words: [QueryWord], droppedStopWords: [String], droppedExtraWords: [String], consistsOfStopWords: Bool) {
        self.words = words
        self.droppedStopWords = droppedStopWords
        self.droppedExtraWords = droppedExtraWords
        self.consistsOfStopWords = consistsOfStopWords
    }

    /// True when there is nothing to search for.
    public var isEmpty: Bool { words.isEmpty }

    /// The stems of the words, in order.
    public var stems: [String] { words.map(\.stem) }

    /// The index of the first word that `term` matches.
    func firstMatch(term: String) -> Int? {
        words.firstIndex { $0.matches(term: term) }
    }
}

extension SearchText {
    /// Analyses what a visitor typed.
    ///
    /// The words are folded and stemmed as the index is (`terms(_:)`); a hyphenated compound counts as one word in
    /// its joined form ("e-inclusie" → "einclusie", found in texts that write "e-inclusie" or "einclusie"). Stop words
    /// are left out unless the query has nothing else; a word whose stem is already in the query is left out
    /// silently; after `maximumWords` words the rest is left out. Words longer than `maximumTermLength` are ignored.
    public static func query(_ raw: String, maximumWords: Int = 8) -> SearchQueryTerms {
        var candidates: [(folded: String, isStopWord: Bool)] = []
        for token in tokens(raw) where token.kind != .compoundPart && token.folded.utf8.count <= maximumTermLength {
            candidates.append((token.folded, isStopWord(token.folded)))
        }
        let consistsOfStopWords = !candidates.isEmpty && candidates.allSatisfy(\.isStopWord)
        let limit = max(0, maximumWords)
        var words: [QueryWord] = []
        var seenStems: Set<String> = []
        var droppedStopWords: [String] = []
        var droppedExtraWords: [String] = []
        for candidate in candidates {
            if candidate.isStopWord && !consistsOfStopWords {
                if !droppedStopWords.contains(candidate.folded) { droppedStopWords.append(candidate.folded) }
                continue
            }
            let stem = DutchStemmer.stem(candidate.folded)
            guard !stem.isEmpty, seenStems.insert(stem).inserted else { continue }
            guard words.count < limit else {
                droppedExtraWords.append(candidate.folded)
                continue
            }
            words.append(QueryWord(folded: candidate.folded, stem: stem, synonymStems: SearchSynonyms.synonymStems(ofStem: stem)))
        }
        return SearchQueryTerms(
            words: words, droppedStopWords: droppedStopWords, droppedExtraWords: droppedExtraWords,
            consistsOfStopWords: consistsOfStopWords)
    }
}
