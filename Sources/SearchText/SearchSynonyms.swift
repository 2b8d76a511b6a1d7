import Foundation

/// Words that mean the same in a Flemish city's knowledge base, so a search for one also finds the other: "stroom"
/// finds "elektriciteit", "AVG" finds "GDPR". The list is data, kept in `Resources/synonyms.nl.csv` so a content
/// editor can add a line without touching code (the format is in that file's head and in docs/kennis.md).
public enum SearchSynonyms {
    /// A line of the synonyms file that cannot be used, with its line number (1-based).
    public struct FileError: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "synonyms.nl.csv, regel \(line): \(reason)" }
    }

    /// Groups of folded words with the same meaning, read once from the shipped file. A shipped file that does not
    /// parse stops the program at its first search, with the line and reason (a test reads the same file).
    public static let groups: [[String]] = {
        do {
            return try parse(String(contentsOf: fileURL, encoding: .utf8))
        } catch {
            preconditionFailure("de synoniemen (\(fileURL.path)) zijn niet bruikbaar: \(error)")
        }
    }()

    /// Where the shipped file lies.
    public static var fileURL: URL {
        Bundle.module.url(forResource: "synonyms.nl", withExtension: "csv", subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/synonyms.nl.csv")
    }

    /// Reads the synonyms format: one group a line, words separated by ';', folded (case and accents do not matter);
    /// empty lines and lines starting with '#' are skipped. A group needs two words at least, and a word must be one
    /// word (the search matches synonyms word by word).
    public static func parse(_ text: String) throws -> [[String]] {
        var groups: [[String]] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            var words: [String] = []
            for cell in line.split(separator: ";", omittingEmptySubsequences: false) {
                let word = SearchText.fold(cell.trimmingCharacters(in: .whitespaces))
                if word.isEmpty { continue }
                guard !word.contains(where: { $0.isWhitespace || $0 == "," }) else {
                    throw FileError(line: index + 1, reason: "'\(word)' is meer dan één woord (scheid woorden met ';')")
                }
                if !words.contains(word) { words.append(word) }
            }
            guard words.count >= 2 else {
                throw FileError(line: index + 1, reason: "'\(line)' noemt geen synoniem (minstens twee woorden, gescheiden door ';')")
            }
            groups.append(words)
        }
        return groups
    }

    /// The stems of the words that mean the same as the word with this stem ("wag" for "auto"); empty when it has
    /// no synonyms.
    public static func synonymStems(ofStem stem: String) -> [String] {
        byStem[stem] ?? []
    }

    private static let byStem: [String: [String]] = {
        var result: [String: [String]] = [:]
        for group in groups {
            let stems = group.map(DutchStemmer.stem)
            for stem in stems {
                for other in stems where other != stem && !(result[stem] ?? []).contains(other) {
                    result[stem, default: []].append(other)
                }
            }
        }
        return result
    }()
}
