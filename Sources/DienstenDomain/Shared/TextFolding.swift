import Foundation

/// Text made comparable in every Diensten service (the Rechtenverkenner's search and place finder, the parking
/// register's street names): lower case, accents removed, every run of
/// other characters than letters and digits one space. `Sint-Niklaas`, `sint niklaas` and `SINT-NIKLAAS` fold alike.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "nl_BE"))
            .lowercased()
        var result = ""
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// The folded words of `text`, without duplicates, in order.
    public static func words(_ text: String) -> [String] {
        var seen: Set<String> = []
        return fold(text).split(separator: " ").map(String.init).filter { seen.insert($0).inserted }
    }

    /// Whether every word of `query` starts a word of `text` (both folded): "huur prem" finds "Vlaamse huurpremie".
    public static func matches(_ query: [String], in text: String) -> Bool {
        guard !query.isEmpty else { return true }
        let words = fold(text).split(separator: " ")
        return query.allSatisfy { word in words.contains { $0.hasPrefix(word) } || (word.count >= 4 && words.contains { $0.contains(word) }) }
    }

    /// The edit distance between two folded texts (insertions, deletions, substitutions), for suggestions.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
