import SearchText
import Testing

/// The stemmer gives singular and plural, adjective forms and diminutives one stem, and keeps different words apart.
@Suite("Dutch stemmer")
struct DutchStemmerTests {
    func stem(_ word: String) -> String { DutchStemmer.stem(SearchText.fold(word)) }

    @Test(arguments: [
        // plurals on -en
        ("fietsen", "fiets"), ("woningen", "woning"), ("straten", "straat"), ("katten", "kat"), ("bussen", "bus"),
        ("huizen", "huis"), ("klimaatplannen", "klimaatplan"), ("gemeenten", "gemeente"), ("kinderen", "kind"),
        ("bedrijven", "bedrijf"), ("werkpakketten", "werkpakket"), ("energiedelen", "energiedeel"),
        ("contracten", "contract"), ("daken", "dak"), ("wijken", "wijk"), ("raden", "raad"), ("bomen", "boom"),
        ("jaren", "jaar"), ("scholen", "school"), ("gebieden", "gebied"), ("projecten", "project"),
        ("sectoren", "sector"), ("indicatoren", "indicator"), ("zonnepanelen", "zonnepaneel"),
        ("laadpalen", "laadpaal"), ("fietspaden", "fietspad"), ("brieven", "brief"), ("prijzen", "prijs"),
        ("reizen", "reis"), ("grenzen", "grens"), ("processen", "proces"), ("lessen", "les"), ("klassen", "klas"),
        ("vergunningen", "vergunning"), ("diensten", "dienst"), ("evenementen", "evenement"),
        ("gemeenschappen", "gemeenschap"), ("gebeurtenissen", "gebeurtenis"), ("universiteiten", "universiteit"),
        ("studenten", "student"), ("wegen", "weg"), ("dagen", "dag"), ("muren", "muur"), ("kleuren", "kleur"),
        // irregular
        ("steden", "stad"), ("centrumsteden", "centrumstad"), ("raadsleden", "raadslid"), ("uren", "uur"),
        ("werkuren", "werkuur"), ("structuren", "structuur"), ("dienstencentra", "dienstencentrum"),
        ("mogelijkheden", "mogelijkheid"), ("eenheden", "eenheid"),
        // plurals on -s, -'s and -ën
        ("renovaties", "renovatie"), ("analyses", "analyse"), ("subsidies", "subsidie"), ("gemeentes", "gemeente"),
        ("tafels", "tafel"), ("burgers", "burger"), ("cijfers", "cijfer"), ("inwoners", "inwoner"),
        ("leraars", "leraar"), ("leraren", "leraar"), ("auto's", "auto"), ("foto's", "foto"), ("thema’s", "thema"),
        ("collega's", "collega"), ("categorieën", "categorie"), ("ideeën", "idee"), ("knieën", "knie"),
        ("levens", "leven"), ("gegevens", "gegeven"),
        // adjectives
        ("grote", "groot"), ("duurzame", "duurzaam"), ("klimaatneutrale", "klimaatneutraal"), ("nieuwe", "nieuw"),
        ("lokale", "lokaal"), ("sociale", "sociaal"), ("digitale", "digitaal"), ("openbare", "openbaar"),
        ("groene", "groen"), ("kleine", "klein"), ("goede", "goed"), ("publieke", "publiek"),
        ("stedelijke", "stedelijk"), ("betaalbare", "betaalbaar"), ("Vlaamse", "Vlaams"), ("brede", "breed"),
        ("financiële", "financieel"), ("dure", "duur"),
        // diminutives
        ("huisje", "huis"), ("fietsje", "fiets"), ("katje", "kat"), ("boompje", "boom"), ("mannetje", "man"),
        ("straatje", "straat"), ("boekje", "boek"), ("huisjes", "huis"), ("plannetje", "plan"),
        // English
        ("contracts", "contract"), ("cities", "city"), ("practices", "practice"), ("projects", "project"),
        ("services", "service"), ("policies", "policy"), ("strategies", "strategy"), ("buildings", "building"),
        ("events", "event"), ("houses", "house"), ("approaches", "approach"), ("processes", "process"),
        ("indicators", "indicator"),
        // across the languages
        ("energy", "energie"), ("strategy", "strategie"), ("project", "projecten"),
    ])
    func givesOneStem(_ first: String, _ second: String) {
        #expect(stem(first) == stem(second), "\(first) → \(stem(first)), \(second) → \(stem(second))")
    }

    @Test(arguments: [
        ("data", "dat"), ("straat", "stad"), ("wijk", "wijze"), ("wijken", "wijzen"), ("gemeente", "gemeen"),
        ("schepen", "schip"), ("besteden", "steden"), ("geleden", "leden"), ("verleden", "leden"),
        ("plaats", "plaat"), ("kaart", "kat"), ("huis", "huid"), ("contract", "contact"), ("woning", "wonen"),
        ("renovatie", "renoveren"), ("data", "datum"), ("klimaat", "klimmen"), ("energie", "energiek"),
        ("beurs", "beurt"), ("centrum", "centraal"), ("fiets", "fiet"), ("budget", "budgets"),
    ])
    func keepsWordsApart(_ first: String, _ second: String) {
        #expect(stem(first) != stem(second), "\(first) and \(second) both → \(stem(first))")
    }

    @Test func shortWordsAndNumbersAreUnchanged() {
        #expect(DutchStemmer.stem("kat") == "kat")
        #expect(DutchStemmer.stem("bus") == "bus")
        #expect(DutchStemmer.stem("les") == "les")
        #expect(DutchStemmer.stem("2025") == "2025")
        #expect(DutchStemmer.stem("lekp1") == "lekp1")
        #expect(DutchStemmer.stem("90's") == "90")
        #expect(DutchStemmer.stem("covid19") == "covid19")
    }

    @Test func givesTheseStems() {
        #expect(DutchStemmer.stem("fietsen") == "fiets")
        #expect(DutchStemmer.stem("straat") == "strat")
        #expect(DutchStemmer.stem("renovaties") == "renovati")
        #expect(DutchStemmer.stem("mogelijkheden") == "mogelijkheid")
        #expect(DutchStemmer.stem("bedrijven") == "bedrijf")
        #expect(DutchStemmer.stem("auto's") == "auto")
        #expect(DutchStemmer.stem("kinderen") == "kind")
        #expect(DutchStemmer.stem("klimaatplannen") == "klimaatplan")
    }

    @Test func neverLeavesFewerThanThreeLetters() {
        for word in ["uien", "eens", "oven", "aas", "ee", "e", "deze", "elke", "alle", "eren"] {
            let stemmed = DutchStemmer.stem(word)
            #expect(stemmed.count >= min(3, word.count), "\(word) → \(stemmed)")
        }
    }

    @Test func wordsInOtherScriptsAreUnchanged() {
        #expect(DutchStemmer.stem("привет") == "привет")
        #expect(DutchStemmer.stem("σπίτια") == "σπίτια")
    }
}
