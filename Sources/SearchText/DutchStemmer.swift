/// A light stemmer for Dutch that leans towards finding too much rather than too little: singular and plural, the
/// forms of an adjective and the common diminutives get the same stem, so "straten" finds "straat" and "grote" finds
/// "groot". English plurals in the same text mostly work too ("contracts", "cities", "practices").
///
/// It removes inflection only (no derivation: "renoveren" and "renovatie" stay apart), in up to three passes of:
/// 1. a plural -s ("tafels", "gemeentes", "contracts"; not after another vowel than e, nor after s, j or ee: "huis",
///    "prijs", "vlees"; nor after a vowel and t: "fiets", "plaats", so "budgets" keeps its s);
/// 2. a diminutive -je, -etje or -pje ("huisje", "mannetje", "boompje"), else -en ("woningen", "categorieën"),
///    else -e ("grote", "renovatie");
/// 3. tidying the end: a double consonant made single ("katt" → "kat"), z → s ("huiz" → "huis"), v → f
///    ("bedrijv" → "bedrijf"), y → i after a consonant ("city" → "citi"), and a double vowel made single before a
///    final consonant ("straat" → "strat", so it meets "straten" → "strat"; "sociaal" → "social").
///
/// Before that: "'s" is removed ("auto's" → "auto"), "-heden" becomes "-heid" ("mogelijkheden"), and a short list of
/// irregular plurals is applied, also at the end of a compound ("centrumsteden" → "centrumstad", "raadsleden" →
/// "raadslid", "werkuren" → "werkuur"). Every step leaves at least three letters. Words of three letters or fewer,
/// words with digits ("lekp1", "2025") and words with letters outside a–z are returned unchanged (after removing "'s").
///
/// Known trade-offs: a few unrelated words meet ("maan"/"man", "plaat"/"plat", "kansen"/"kan"); a verb on -enen
/// loses two syllables ("tekenen" → "tek"); diminutives on -tje are left alone ("stoeltje").
public enum DutchStemmer {
    /// The stem of a folded word (`SearchText.fold`), as stored in the index.
    public static func stem(_ foldedWord: String) -> String {
        var word = Array(foldedWord.utf8)
        stem(&word)
        return String(decoding: word, as: UTF8.self)
    }

    /// Stems `word` (folded UTF-8 bytes) in place.
    static func stem(_ word: inout [UInt8]) {
        if word.count > 2, word[word.count - 1] == Letter.s, word[word.count - 2] == Letter.apostrophe {
            word.removeLast(2)
        }
        if word.contains(Letter.apostrophe) { word.removeAll { $0 == Letter.apostrophe } }
        guard word.count > 3, word.allSatisfy(Letter.isLetter) else { return }
        IrregularPlurals.replace(&word)
        for _ in 0..<3 {
            guard pass(&word) else { return }
        }
    }

    /// One pass of the three steps; false when nothing changed.
    private static func pass(_ word: inout [UInt8]) -> Bool {
        if replaceSuffix(&word, Suffix.heden, with: Suffix.heid) { return true }
        let removedS = removePluralS(&word)
        let removedEnding = removeDiminutive(&word) || removeEn(&word) || removeE(&word)
        let tidied = tidyEnd(&word)
        return removedS || removedEnding || tidied
    }

    private static func removePluralS(_ word: inout [UInt8]) -> Bool {
        let count = word.count
        guard count > 3, word[count - 1] == Letter.s else { return false }
        let previous = word[count - 2]
        switch previous {
        case Letter.e:
            // "-ees" is a word's own ending ("vlees", "Chinees"), not a plural.
            guard word[count - 3] != Letter.e else { return false }
        case Letter.t:
            // "contracts", "experts"; but "fiets", "plaats", "iets" are singular.
            guard !Letter.isVowel(word[count - 3]) else { return false }
        case Letter.s, Letter.j:
            return false
        default:
            guard !Letter.isVowel(previous) else { return false }
        }
        word.removeLast()
        return true
    }

    private static func removeDiminutive(_ word: inout [UInt8]) -> Bool {
        let count = word.count
        guard count > 4, word[count - 2] == Letter.j, word[count - 1] == Letter.e else { return false }
        // "mannetje" → "mann" (tidied to "man"), "bolletje" → "boll".
        if count > 7, hasSuffix(word, Suffix.etje), word[count - 5] == word[count - 6], !Letter.isVowel(word[count - 5]) {
            word.removeLast(4)
            return true
        }
        // "boompje" → "boom".
        if count > 5, word[count - 3] == Letter.p, word[count - 4] == Letter.m {
            word.removeLast(3)
            return true
        }
        word.removeLast(2)
        return true
    }

    private static func removeEn(_ word: inout [UInt8]) -> Bool {
        let count = word.count
        guard count > 4, word[count - 2] == Letter.e, word[count - 1] == Letter.n else { return false }
        let previous = word[count - 3]
        // "categorieën" and "ideeën", folded to "categorieen" and "ideeen"; otherwise only after a consonant
        // ("steen" and "groen" are not plurals).
        let afterVowelPlural = previous == Letter.e && (word[count - 4] == Letter.i || word[count - 4] == Letter.e)
        guard !Letter.isVowel(previous) || afterVowelPlural else { return false }
        word.removeLast(2)
        return true
    }

    private static func removeE(_ word: inout [UInt8]) -> Bool {
        let count = word.count
        guard count > 3, word[count - 1] == Letter.e else { return false }
        let previous = word[count - 2]
        guard !Letter.isVowel(previous) || previous == Letter.i else { return false }
        word.removeLast()
        return true
    }

    private static func tidyEnd(_ word: inout [UInt8]) -> Bool {
        var count = word.count
        guard count > 3 else { return false }
        var changed = false
        if word[count - 1] == word[count - 2], !Letter.isVowel(word[count - 1]) {
            word.removeLast()
            count -= 1
            changed = true
        }
        switch word[count - 1] {
        case Letter.z:
            word[count - 1] = Letter.s
            changed = true
        case Letter.v:
            word[count - 1] = Letter.f
            changed = true
        case Letter.y where !Letter.isVowel(word[count - 2]):
            word[count - 1] = Letter.i
            changed = true
        default: break
        }
        // "straat" → "strat", "sociaal" → "social": a double a/e/o/u before a final consonant (not a triple vowel).
        if count > 3, !Letter.isVowel(word[count - 1]), word[count - 2] == word[count - 3],
            Letter.isDoubledVowel(word[count - 2]), word[count - 4] != word[count - 3]
        {
            word.remove(at: count - 2)
            changed = true
        }
        return changed
    }

    static func hasSuffix(_ word: [UInt8], _ suffix: [UInt8]) -> Bool {
        word.count >= suffix.count && word[(word.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Replaces `suffix` when at least three letters stay before it.
    private static func replaceSuffix(_ word: inout [UInt8], _ suffix: [UInt8], with replacement: [UInt8]) -> Bool {
        guard word.count >= suffix.count + 3, hasSuffix(word, suffix) else { return false }
        word.removeLast(suffix.count)
        word.append(contentsOf: replacement)
        return true
    }

    private enum Suffix {
        static let heden = Array("heden".utf8)
        static let heid = Array("heid".utf8)
        static let etje = Array("etje".utf8)
    }
}

/// ASCII letters the stemmer looks at.
enum Letter {
    static let apostrophe = UInt8(ascii: "'")
    static let e = UInt8(ascii: "e")
    static let f = UInt8(ascii: "f")
    static let i = UInt8(ascii: "i")
    static let j = UInt8(ascii: "j")
    static let m = UInt8(ascii: "m")
    static let n = UInt8(ascii: "n")
    static let p = UInt8(ascii: "p")
    static let s = UInt8(ascii: "s")
    static let t = UInt8(ascii: "t")
    static let v = UInt8(ascii: "v")
    static let y = UInt8(ascii: "y")
    static let z = UInt8(ascii: "z")

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// a, e, i, o, u and y.
    @inline(__always) static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: true
        default: false
        }
    }

    /// a, e, o and u: the vowels Dutch writes double in a closed syllable ("straat", "groot").
    @inline(__always) static func isDoubledVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x61, 0x65, 0x6F, 0x75: true
        default: false
        }
    }
}
