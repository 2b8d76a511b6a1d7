/// Plurals the stemmer's rules cannot reach: "steden" is the plural of "stad", not of "steed".
enum IrregularPlurals {
    private struct Entry {
        let plural: [UInt8]
        let singular: [UInt8]

        init(_ plural: String, _ singular: String) {
            self.plural = Array(plural.utf8)
            self.singular = Array(singular.utf8)
        }
    }

    /// Also applied at the end of a compound when at least three letters stand before the plural
    /// ("centrumsteden", "raadsleden", "dienstencentra"), so "besteden" and "geleden" are left alone.
    private static let entries: [Entry] = [
        Entry("steden", "stad"), Entry("kinderen", "kind"), Entry("leden", "lid"), Entry("uren", "uur"),
        Entry("eieren", "ei"), Entry("liederen", "lied"), Entry("volkeren", "volk"), Entry("bladeren", "blad"),
        Entry("goederen", "goed"), Entry("runderen", "rund"), Entry("kalveren", "kalf"), Entry("lammeren", "lam"),
        Entry("musea", "museum"), Entry("centra", "centrum"), Entry("criteria", "criterium"),
        Entry("children", "child"),
    ]

    /// Words that end like an irregular plural but are not one.
    private static let exceptions: Set<[UInt8]> = Set(["verleden", "overleden"].map { Array($0.utf8) })

    /// Replaces an irregular plural by its singular; true when it did.
    @discardableResult
    static func replace(_ word: inout [UInt8]) -> Bool {
        guard let last = word.last, last == UInt8(ascii: "n") || last == UInt8(ascii: "a") else { return false }
        for entry in entries where DutchStemmer.hasSuffix(word, entry.plural) {
            let before = word.count - entry.plural.count
            guard before == 0 || allowsCompound(word, before: before, entry: entry) else { continue }
            word.removeLast(entry.plural.count)
            word.append(contentsOf: entry.singular)
            return true
        }
        return false
    }

    private static func allowsCompound(_ word: [UInt8], before: Int, entry: Entry) -> Bool {
        guard before >= 3, !exceptions.contains(word) else { return false }
        // "-uren" after a vowel is a word of its own: "kleuren", "gebeuren".
        if entry.plural.first == UInt8(ascii: "u") { return !Letter.isVowel(word[before - 1]) }
        return true
    }
}
