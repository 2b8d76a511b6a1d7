/// A piece of a search result's snippet: plain text, highlighted when it is a word the visitor searched for. The page
/// escapes the text.
public struct SnippetPart: Sendable, Hashable {
    public let text: String
    public let highlighted: Bool

    public init(text: String, highlighted: Bool) {
        self.text = text
        self.highlighted = highlighted
    }
}

/// The short extract of a document shown under a search result.
public enum Snippet {
    /// The window of about `length` characters of `text` with the most matching words (first the most different
    /// query words, then the most matches), cut between words, with "…" where the text goes on, and the matching
    /// words highlighted as written in `text`. Runs of white space, line breaks included, become one space. Without a
    /// match: the first `length` characters. `text` is plain text: clean Markdown first with
    /// `SearchText.plainText(fromMarkdown:)`.
    public static func make(text: String, query: SearchQueryTerms, length: Int = 220) -> [SnippetPart] {
        let length = max(1, length)
        let matches = matchingRanges(in: text, query: query)
        guard let window = window(in: text, around: matches, length: length) else { return [] }
        var parts: [SnippetPart] = []
        func add(_ piece: Substring, highlighted: Bool) {
            let value = highlighted ? String(piece) : collapsingWhitespace(piece)
            guard !value.isEmpty else { return }
            if !highlighted, let last = parts.last, !last.highlighted {
                parts[parts.count - 1] = SnippetPart(text: last.text + value, highlighted: false)
            } else {
                parts.append(SnippetPart(text: value, highlighted: highlighted))
            }
        }
        if window.lowerBound > text.startIndex, text[..<window.lowerBound].contains(where: { !$0.isWhitespace }) {
            parts.append(SnippetPart(text: "…", highlighted: false))
        }
        var position = window.lowerBound
        for match in matches.lazy.map(\.range) where match.lowerBound >= window.lowerBound && match.upperBound <= window.upperBound {
            add(text[position..<match.lowerBound], highlighted: false)
            add(text[match], highlighted: true)
            position = match.upperBound
        }
        add(text[position..<window.upperBound], highlighted: false)
        if window.upperBound < text.endIndex, text[window.upperBound...].contains(where: { !$0.isWhitespace }) {
            add("…", highlighted: false)
        }
        return parts
    }

    /// A run of matching words in the text (a compound and its parts are one run) and which query words it matches.
    private struct Match {
        var range: Range<String.Index>
        var words: Set<Int>
    }

    /// The matching words of `text`, in order, overlapping ranges merged.
    private static func matchingRanges(in text: String, query: SearchQueryTerms) -> [Match] {
        guard !query.isEmpty else { return [] }
        var found: [Match] = []
        for token in SearchText.tokens(text) where token.folded.utf8.count <= SearchText.maximumTermLength {
            let term = DutchStemmer.stem(token.folded)
            if let word = query.firstMatch(term: term) { found.append(Match(range: token.range, words: [word])) }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        var merged: [Match] = []
        for match in found {
            if let last = merged.last, match.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1] = Match(
                    range: last.range.lowerBound..<max(last.range.upperBound, match.range.upperBound),
                    words: last.words.union(match.words))
            } else {
                merged.append(match)
            }
        }
        return merged
    }

    /// The part of `text` to show: the best run of matches padded with context to `length` characters, moved to
    /// word boundaries and trimmed; nil when the text is blank.
    private static func window(in text: String, around matches: [Match], length: Int) -> Range<String.Index>? {
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        let total = text.count
        var start = 0
        var end = min(total, length)
        var mustKeep: Range<String.Index>?
        if let best = bestRun(in: text, matches: matches, length: length) {
            let spare = max(0, length - (best.end - best.start))
            start = max(0, best.start - spare / 2)
            end = min(total, start + length)
            start = max(0, min(start, end - length))
            end = max(end, best.end)
            mustKeep = best.range
        }
        var lower = text.index(text.startIndex, offsetBy: start)
        var upper = text.index(lower, offsetBy: end - start)
        lower = boundary(before: lower, in: text, limit: mustKeep?.lowerBound)
        upper = boundary(after: upper, in: text, limit: mustKeep?.upperBound)
        while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
        while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
        return lower..<upper
    }

    /// The run of consecutive matches that fits in `length` characters with the most different query words, then
    /// the most matches; the earliest wins a tie. Offsets are in characters.
    private static func bestRun(in text: String, matches: [Match], length: Int) -> (start: Int, end: Int, range: Range<String.Index>)? {
        guard !matches.isEmpty else { return nil }
        var offsets: [(start: Int, end: Int)] = []
        var position = text.startIndex
        var offset = 0
        for match in matches {
            offset += text.distance(from: position, to: match.range.lowerBound)
            let start = offset
            offset += text.distance(from: match.range.lowerBound, to: match.range.upperBound)
            position = match.range.upperBound
            offsets.append((start, offset))
        }
        var best = (first: 0, last: 0, distinct: 0, count: 0)
        var last = 0
        for first in matches.indices {
            last = max(last, first)
            while last + 1 < matches.count, offsets[last + 1].end - offsets[first].start <= length { last += 1 }
            let distinct = matches[first...last].reduce(into: Set<Int>()) { $0.formUnion($1.words) }.count
            let count = last - first + 1
            if distinct > best.distinct || (distinct == best.distinct && count > best.count) {
                best = (first, last, distinct, count)
            }
        }
        return (
            offsets[best.first].start, offsets[best.last].end,
            matches[best.first].range.lowerBound..<matches[best.last].range.upperBound
        )
    }

    /// Moves a window's start forward to the next word (never past `limit`), or back to the start of its word when
    /// no space comes before `limit`.
    private static func boundary(before index: String.Index, in text: String, limit: String.Index?) -> String.Index {
        guard index > text.startIndex, index < text.endIndex,
            !text[text.index(before: index)].isWhitespace, !text[index].isWhitespace
        else { return index }
        let stop = limit ?? text.endIndex
        if let space = text[index..<stop].firstIndex(where: \.isWhitespace) { return text.index(after: space) }
        if let space = text[..<index].lastIndex(where: \.isWhitespace) { return text.index(after: space) }
        return text.startIndex
    }

    /// Moves a window's end back to the end of the previous word (never before `limit`), or on to the end of its
    /// word when no space comes after `limit`. Without a `limit` (no match), one long word is cut where it is.
    private static func boundary(after index: String.Index, in text: String, limit: String.Index?) -> String.Index {
        guard index > text.startIndex, index < text.endIndex,
            !text[text.index(before: index)].isWhitespace, !text[index].isWhitespace
        else { return index }
        if let space = text[(limit ?? text.startIndex)..<index].lastIndex(where: \.isWhitespace) { return space }
        guard limit != nil else { return index }
        return text[index...].firstIndex(where: \.isWhitespace) ?? text.endIndex
    }

    private static func collapsingWhitespace(_ text: Substring) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        if pendingSpace { result.append(" ") }
        return result
    }
}
