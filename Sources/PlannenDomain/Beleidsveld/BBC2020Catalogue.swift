/// The BBC 2020 names this module ships.
///
/// Source: BBC 2020 beleidsrapportering, Agentschap Binnenlands Bestuur (the beleidsdomeinen, beleidssubdomeinen and
/// beleidsvelden of the beleids- en beheerscyclus). Only codes known with confidence are listed; the lookup answers
/// the others with the nearest known level above them.
extension BeleidsveldCatalogue {
    public static let bbc2020 = BeleidsveldCatalogue(entries: facts.compactMap { code, name in
        BeleidsveldCode(code).map { Entry(code: $0, name: name) }
    })

    private static let facts: [(String, String)] = [
        ("00", "Algemene financiering"),

        ("01", "Algemeen bestuur"),
        ("010", "Politieke organen"),
        ("0100", "Politieke organen"),
        ("011", "Algemene diensten"),
        ("0110", "Secretariaat"),
        ("0111", "Fiscale en financiële diensten"),
        ("0112", "Personeelsdienst en vorming"),
        ("0119", "Overige algemene diensten"),
        ("013", "Administratieve dienstverlening"),
        ("015", "Internationale samenwerking"),
        ("016", "Hulp aan het buitenland"),
        ("017", "Binnengemeentelijke decentralisatie"),
        ("019", "Overig algemeen bestuur"),

        ("02", "Zich verplaatsen en mobiliteit"),
        ("0200", "Wegen"),

        ("03", "Natuur en milieubeheer"),
        ("030", "Afval- en materialenbeheer"),
        ("031", "Waterbeheer"),
        ("0310", "Beheer van regen- en afvalwater"),
        ("032", "Vermindering van de milieuverontreiniging"),
        ("034", "Bescherming van biodiversiteit, landschappen en bodem"),
        ("035", "Klimaat en energie"),

        ("04", "Veiligheidszorg"),
        ("040", "Politiediensten"),
        ("0400", "Politiediensten"),
        ("041", "Brandweer"),
        ("0410", "Brandweer"),

        ("05", "Ondernemen en werken"),
        ("050", "Handel en middenstand"),
        ("051", "Nijverheid"),
        ("052", "Toerisme"),
        ("053", "Land-, tuin- en bosbouw"),
        ("054", "Visvangst"),
        ("055", "Werkgelegenheid"),
        ("059", "Overige economische zaken"),

        ("06", "Wonen en ruimtelijke ordening"),
        ("060", "Ruimtelijke planning"),
        ("0600", "Ruimtelijke planning"),
        ("061", "Gebiedsontwikkeling"),
        ("0610", "Gebiedsontwikkeling"),
        ("062", "Woonbeleid"),
        ("063", "Watervoorziening"),
        ("064", "Elektriciteitsvoorziening"),
        ("065", "Gasvoorziening"),
        ("066", "Communicatievoorzieningen"),
        ("067", "Straatverlichting"),
        ("0670", "Straatverlichting"),
        ("068", "Groene ruimte"),
        ("0680", "Groene ruimte"),
        ("069", "Overige nutsvoorzieningen"),

        ("07", "Cultuur en vrije tijd"),
        ("070", "Culturele instellingen"),
        ("071", "Evenementen"),
        ("072", "Erfgoed"),
        ("073", "Overig kunst- en cultuurbeleid"),
        ("074", "Sport"),
        ("0740", "Sportsector- en verenigingsondersteuning"),
        ("0742", "Sportinfrastructuur"),
        ("075", "Jeugd"),
        ("079", "Erediensten en niet-confessionele levensbeschouwelijke gemeenschappen"),

        ("08", "Leren en onderwijs"),
        ("080", "Basisonderwijs"),
        ("0800", "Gewoon basisonderwijs"),
        ("081", "Secundair onderwijs"),
        ("082", "Deeltijds kunstonderwijs"),
        ("083", "Hoger en volwassenenonderwijs"),
        ("086", "Ondersteunende diensten voor het onderwijs"),

        ("09", "Zorg en opvang"),
        ("090", "Sociaal beleid"),
        ("093", "Sociale huisvesting"),
        ("094", "Gezin en kinderen"),
        ("095", "Ouderen"),
        ("0953", "Woon- en zorgcentra"),
        ("098", "Dienstverlening inzake volksgezondheid"),
        ("099", "Begraafplaatsen, crematoria en lijkbezorging"),
    ]
}
