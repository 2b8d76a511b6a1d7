/// A small list of words that mean the same in a Flemish city's knowledge base, so a search for one also finds the
/// other: "stroom" finds "elektriciteit", "AVG" finds "GDPR". Only words that can stand in for each other are listed,
/// not merely related ones ("klimaat" has none).
public enum SearchSynonyms {
    /// Groups of folded words with the same meaning.
    public static let groups: [[String]] = [
        ["stroom", "elektriciteit"],
        ["auto", "wagen"],
        ["fiets", "rijwiel"],
        ["avg", "gdpr"],
        ["privacy", "gegevensbescherming"],
        ["data", "gegevens"],
        ["inwoner", "burger"],
        ["wijk", "buurt"],
        ["woning", "woonst"],
        ["vervoer", "transport"],
        ["afval", "huisvuil"],
        ["laadpaal", "laadpunt"],
        ["zonnepaneel", "pv"],
        ["renovatie", "verbouwing"],
        ["subsidie", "premie", "toelage"],
        ["vergunning", "toelating"],
        ["email", "mail"],
        ["bibliotheek", "bib"],
        ["kinderopvang", "creche"],
        ["jongere", "jeugd"],
        ["dakloos", "thuisloos"],
        ["ondernemer", "zelfstandige"],
        ["winkelier", "handelaar"],
        ["begroting", "budget"],
        ["meerjarenplan", "mjp"],
        ["participatie", "inspraak"],
        ["overstroming", "wateroverlast"],
        ["kmo", "mkb", "sme"],
        ["rusthuis", "woonzorgcentrum"],
    ]

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
