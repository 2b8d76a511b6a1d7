/// The hand-written content of the Voorbeeldstad demo plan: ten beleidsdoelstellingen, each with its schepen, dienst
/// and actieplannen. An actie is written "size|beleidsveld|title": size I1…I4 marks an investment project (about
/// €0,5 million, €3 million, €12 million, €40 million), empty for running costs only; an empty beleidsveld takes the
/// actieplan's. Voorbeeldstad, its people and its projects are fictitious.
enum VoorbeeldstadContent {
    struct Goal {
        let title: String
        let description: String
        let domein: String
        let schepen: String
        let dienst: String
        let plans: [ActionPlan]
    }

    struct ActionPlan {
        let title: String
        let beleidsveld: String
        let actions: [String]
    }

    static let goals: [Goal] = [
        Goal(title: "Voorbeeldstad is vlot, veilig en duurzaam bereikbaar",
             description: "We maken stappen, trappen en het openbaar vervoer de eerste keuze voor korte verplaatsingen.",
             domein: "02", schepen: "Schepen Pieter De Smet", dienst: "Dienst Mobiliteit", plans: [
                ActionPlan(title: "Het fietsnetwerk uitbouwen", beleidsveld: "0200", actions: [
                    "I3||Fietssnelweg tussen station en bedrijvenzone Noord afwerken",
                    "I2||Tien schoolroutes herinrichten als fietsstraat",
                    "I2||Overdekte fietsenstallingen op de drie deelgemeentelijke pleinen",
                    "I3||Ontbrekende schakels in het bovenlokaal fietsroutenetwerk wegwerken",
                ]),
                ActionPlan(title: "Verkeersveiligheid rond scholen en in de wijken", beleidsveld: "0200", actions: [
                    "I1||Schoolstraten invoeren bij elke basisschool die erom vraagt",
                    "I2||Zone 30 uitbreiden naar alle woonwijken",
                    "I3||Gevaarlijke kruispunten herinrichten volgens de zwartepuntenlijst",
                    "I1||Trajectcontrole op de invalswegen",
                ]),
                ActionPlan(title: "Openbaar vervoer en deelmobiliteit versterken", beleidsveld: "02", actions: [
                    "I2||Mobipunten aan het station en in vier wijken",
                    "||Deelfietsen en deelauto's uitbreiden naar de deelgemeenten",
                    "I2||Busbaan op de ring in overleg met De Lijn",
                    "||Nachtbus naar de deelgemeenten tijdens het weekend",
                ]),
                ActionPlan(title: "Slim en klantvriendelijk parkeren", beleidsveld: "0200", actions: [
                    "I3||Randparking met pendelbus aan de noordkant",
                    "||Parkeerbeleidsplan herzien",
                    "I1||Digitale parkeerroutegeleiding in de binnenstad",
                    "||Bewonersparkeren in de schil rond de kern",
                ]),
             ]),
        Goal(title: "Iedereen woont betaalbaar en kwaliteitsvol",
             description: "Meer betaalbare woningen, betere huurwoningen en een stationsbuurt die opnieuw leeft.",
             domein: "06", schepen: "Schepen Nadia El Amrani", dienst: "Dienst Wonen", plans: [
                ActionPlan(title: "Meer betaalbare woningen", beleidsveld: "062", actions: [
                    "I4|093|Driehonderd sociale huurwoningen bijbouwen met de woonmaatschappij",
                    "I2||Een community land trust opstarten voor betaalbare koopwoningen",
                    "||Het sociaal verhuurkantoor versterken met extra woningen",
                    "I2||Stedelijke gronden inzetten voor betaalbare woonprojecten",
                ]),
                ActionPlan(title: "Goede woningkwaliteit voor huurders", beleidsveld: "062", actions: [
                    "||Conformiteitsonderzoek van alle huurwoningen ouder dan dertig jaar",
                    "||Leegstand actief opsporen en de heffing verhogen",
                    "||Het woonloket uitbouwen tot één aanspreekpunt voor renovatie",
                    "||Premie voor dakisolatie bij verhuurde woningen",
                ]),
                ActionPlan(title: "Stadsvernieuwing in de stationsbuurt", beleidsveld: "0610", actions: [
                    "||Het masterplan voor de stationsbuurt afwerken",
                    "I3|0680|Nieuw buurtpark op de voormalige spoorwegsite",
                    "I3||Herbestemming van het oude postgebouw",
                    "I4||De Stationsstraat verkeersluw herinrichten",
                ]),
                ActionPlan(title: "Een ruimtelijke visie voor morgen", beleidsveld: "0600", actions: [
                    "||Het beleidsplan ruimte Voorbeeldstad vaststellen",
                    "||Bouwshift: verdichten in de kern en open ruimte vrijwaren",
                    "||Rooilijnplannen voor de kernversterking van de deelgemeenten",
                    "||Woonuitbreidingsgebieden herbestemmen tot open ruimte",
                ]),
             ]),
        Goal(title: "Voorbeeldstad is klimaatneutraal en klimaatbestendig",
             description: "We halveren de uitstoot tegen 2030 en maken de stad bestand tegen hitte, droogte en wateroverlast.",
             domein: "03", schepen: "Schepen Joris Vermeulen", dienst: "Dienst Klimaat en Omgeving", plans: [
                ActionPlan(title: "Een energiezuinig stedelijk patrimonium", beleidsveld: "035", actions: [
                    "I4||Alle stadsgebouwen energetisch renoveren volgens het patrimoniumplan",
                    "I2||Zonnepanelen op elk geschikt stadsdak",
                    "I3|0670|De openbare verlichting volledig omschakelen naar led",
                    "I2||Een warmtenet in de stationsbuurt voorbereiden",
                ]),
                ActionPlan(title: "Woningrenovatie stimuleren", beleidsveld: "035", actions: [
                    "||Renovatiebegeleiding via het energiehuis",
                    "||Collectieve renovatie per straat",
                    "||Renteloze energielening voor kwetsbare eigenaars",
                ]),
                ActionPlan(title: "Ontharden en water vasthouden", beleidsveld: "0310", actions: [
                    "I2|0800|Tien schoolspeelplaatsen ontharden en vergroenen",
                    "I4||Gescheiden riolering in drie wijken",
                    "I2||Het hemelwaterplan uitvoeren",
                    "I3||Een overstromingsgebied langs de beek inrichten",
                ]),
                ActionPlan(title: "Meer groen en biodiversiteit", beleidsveld: "0680", actions: [
                    "I1||Vijfduizend bomen planten",
                    "I3|034|Een stadsbos aan de zuidrand aanleggen",
                    "||Ecologisch bermbeheer",
                    "I2||Een buurtpark binnen vierhonderd meter van elke woning",
                ]),
                ActionPlan(title: "Minder afval, meer kringloop", beleidsveld: "030", actions: [
                    "||Diftar voor restafval invoeren",
                    "||Repaircafés en de kringwinkel ondersteunen",
                    "I1||Sluikstort aanpakken met mobiele camera's",
                ]),
             ]),
        Goal(title: "Niemand valt uit de boot",
             description: "Een warme stad die armoede bestrijdt en zorg dichtbij brengt, voor jong en oud.",
             domein: "09", schepen: "Schepen Leen Maes", dienst: "Sociaal Huis", plans: [
                ActionPlan(title: "Armoede doorbreken", beleidsveld: "090", actions: [
                    "||Sociale tarieven automatisch toekennen",
                    "||Een vrijetijdspas voor mensen met een laag inkomen",
                    "I1||Een sociale kruidenier in elke deelgemeente",
                    "||Schuldhulpverlening sneller starten",
                ]),
                ActionPlan(title: "Goede zorg voor ouderen", beleidsveld: "095", actions: [
                    "I4|0953|Woonzorgcentrum De Linde vernieuwen",
                    "I2||Lokale dienstencentra in elke wijk",
                    "||Zorgzame buurten met buurtzorgers",
                    "||De seniorenraad betrekken bij het ouderenbeleidsplan",
                ]),
                ActionPlan(title: "Sterke gezinnen, kansrijke kinderen", beleidsveld: "094", actions: [
                    "I3||Honderdvijftig extra plaatsen in de kinderopvang",
                    "I2||Een Huis van het Kind in de stationsbuurt",
                    "||Opvoedingsondersteuning op school",
                    "||Een speelotheek in het Huis van het Kind",
                ]),
                ActionPlan(title: "Gezond leven in Voorbeeldstad", beleidsveld: "098", actions: [
                    "||Een gezondheidsloket met de eerstelijnszone",
                    "||Rookvrije speeltuinen en schoolomgevingen",
                    "||Een laagdrempelig aanspreekpunt voor jongeren met psychische vragen",
                    "||Gezonde schoolmaaltijden in de stedelijke scholen",
                ]),
                ActionPlan(title: "Een toegankelijke en inclusieve stad", beleidsveld: "090", actions: [
                    "I2||Toegankelijkheidsscan en aanpassing van alle stadsgebouwen",
                    "||Eenvoudige taal en tolken in de dienstverlening",
                    "||Buddywerking voor nieuwkomers",
                ]),
             ]),
        Goal(title: "Een sterke lokale economie met werk voor iedereen",
             description: "Ondernemers vinden ruimte en steun, en elke inwoner die kan werken vindt een plaats.",
             domein: "05", schepen: "Schepen Bart Claeys", dienst: "Dienst Economie", plans: [
                ActionPlan(title: "Een levendige binnenstad", beleidsveld: "050", actions: [
                    "||Leegstand van handelspanden aanpakken",
                    "||Pop-upwinkels voor startende ondernemers",
                    "I3||Het Marktplein heraanleggen",
                    "||Een centrummanager aanstellen",
                ]),
                ActionPlan(title: "Ruimte om te ondernemen", beleidsveld: "051", actions: [
                    "I3||Bedrijvenzone Noord uitbreiden",
                    "I2||Verouderde bedrijventerreinen opwaarderen",
                    "||Het ondernemersloket digitaal maken",
                    "I2||Een starterscentrum in het oude brouwerijgebouw",
                ]),
                ActionPlan(title: "Werk en activering", beleidsveld: "055", actions: [
                    "||De lokale werkwinkel met VDAB uitbouwen",
                    "||Sociale-economiewerkplaatsen in het groenonderhoud",
                    "||Een jobbeurs voor jongeren en nieuwkomers",
                    "||Taalcoaching op de werkvloer",
                ]),
                ActionPlan(title: "Voorbeeldstad als bestemming", beleidsveld: "052", actions: [
                    "I1||Een toeristisch onthaal aan het station",
                    "I1||Wandel- en fietsroutes langs het erfgoed",
                    "||Citymarketingcampagne 'Voorbeeldstad verrast'",
                    "I1||Een camperplaats aan de jachthaven",
                ]),
             ]),
        Goal(title: "Voorbeeldstad is een veilige stad",
             description: "Veiligheid in de wijk, snelle hulp in nood en een aanpak van overlast die werkt.",
             domein: "04", schepen: "Burgemeester Karen Verstraete", dienst: "Dienst Veiligheid", plans: [
                ActionPlan(title: "Politie dichtbij in de wijk", beleidsveld: "0400", actions: [
                    "||Wijkinspecteurs zichtbaar aanwezig in elke wijk",
                    "I2||Het cameraplan evalueren en bijsturen",
                    "||Buurtinformatienetwerken uitbreiden",
                    "||Fietsdiefstal aanpakken met gravering en registratie",
                ]),
                ActionPlan(title: "Brandweer en noodplanning", beleidsveld: "0410", actions: [
                    "I4||Een nieuwe brandweerkazerne met de hulpverleningszone",
                    "||Het noodplan actualiseren en oefenen",
                    "||Een hitteplan voor kwetsbare bewoners",
                    "I1||AED-toestellen in alle sporthallen en scholen",
                ]),
                ActionPlan(title: "Overlast en criminaliteit aanpakken", beleidsveld: "04", actions: [
                    "||Het GAS-beleid herzien",
                    "||Een nachtlevencharter met de horeca",
                    "||Een integraal veiligheidsplan opmaken",
                    "||Drugspreventie met het straathoekwerk",
                ]),
             ]),
        Goal(title: "Cultuur voor en door iedereen",
             description: "Cultuur, erfgoed en evenementen die de stad verbinden en iedereen laten deelnemen.",
             domein: "07", schepen: "Schepen Sofie Wouters", dienst: "Dienst Cultuur", plans: [
                ActionPlan(title: "Een nieuw cultuurhuis met bibliotheek", beleidsveld: "070", actions: [
                    "I4||Een nieuwe bibliotheek in het cultuurhuis",
                    "I3||Het cultuurcentrum renoveren",
                    "I1||Bibliotheekpunten in de deelgemeenten",
                    "I1||Het cultuurcentrum toegankelijk maken voor mensen met een beperking",
                ]),
                ActionPlan(title: "Evenementen die de stad verbinden", beleidsveld: "071", actions: [
                    "||Elk jaar een stadsfestival",
                    "||Eén evenementenloket met één aanvraagformulier",
                    "||Herbruikbare bekers verplicht op evenementen",
                ]),
                ActionPlan(title: "Ons erfgoed beschermen en tonen", beleidsveld: "072", actions: [
                    "I3||Het stadhuis restaureren",
                    "I2||Een erfgoeddepot inrichten",
                    "||Het stadsarchief digitaliseren",
                    "I2||De molen van Voorbeeldstad restaureren",
                ]),
                ActionPlan(title: "Kunst in de stad", beleidsveld: "073", actions: [
                    "||Kunstenaarsateliers in leegstaande panden",
                    "I1||Kunst in de openbare ruimte bij nieuwe projecten",
                    "||Cultuurparticipatie van kinderen via de scholen",
                ]),
             ]),
        Goal(title: "Kinderen en jongeren groeien op in een stad die ruimte geeft",
             description: "Ruimte om te spelen, te sporten en te leren, met inspraak van de jongeren zelf.",
             domein: "07", schepen: "Schepen Yassin Bouzid", dienst: "Dienst Jeugd en Sport", plans: [
                ActionPlan(title: "Ruimte voor jeugd", beleidsveld: "075", actions: [
                    "I2||Het jeugdhuis vernieuwen",
                    "I2||Een speelterrein in elke wijk",
                    "||Het subsidiereglement voor het jeugdwerk vereenvoudigen",
                    "||De jongerenraad inspraak geven in het beleid",
                ]),
                ActionPlan(title: "Sport voor iedereen", beleidsveld: "0740", actions: [
                    "I4|0742|Een nieuw zwembad bouwen",
                    "I3|0742|Sporthal Zuid renoveren",
                    "||Sportclubs ondersteunen met een sportkadercoach",
                    "||Sportaanbod voor mensen met een beperking",
                ]),
                ActionPlan(title: "Kansen in het onderwijs", beleidsveld: "0800", actions: [
                    "I3||De stedelijke basisschool uitbreiden met acht klassen",
                    "||Een brede school in de stationsbuurt",
                    "||Vroegtijdig schoolverlaten terugdringen",
                    "I3||Schoolgebouw De Wingerd vervangen",
                ]),
             ]),
        Goal(title: "Een open en klantgericht stadsbestuur",
             description: "Een bestuur dat luistert, goed beheert en zijn inwoners vlot helpt.",
             domein: "01", schepen: "Burgemeester Karen Verstraete", dienst: "Dienst Organisatie", plans: [
                ActionPlan(title: "Vlotte dienstverlening", beleidsveld: "013", actions: [
                    "I4||Een nieuw administratief centrum met één onthaal",
                    "||Dienstverlening op afspraak en aan huis",
                    "||Klachtenmanagement verbeteren",
                    "||Eén telefoonnummer voor alle diensten",
                ]),
                ActionPlan(title: "Inwoners beslissen mee", beleidsveld: "0100", actions: [
                    "I1||Een burgerbudget per wijk",
                    "||Een digitaal participatieplatform",
                    "||De wijkraden hervormen",
                    "||Een jaarlijkse stadsbevraging",
                ]),
                ActionPlan(title: "Een aantrekkelijke werkgever", beleidsveld: "0112", actions: [
                    "||Een loopbaanbeleid voor alle medewerkers",
                    "||Een leiderschapstraject voor leidinggevenden",
                    "||Een diversiteitsplan voor het personeel",
                ]),
                ActionPlan(title: "Gezonde stadsfinanciën", beleidsveld: "0111", actions: [
                    "||Het meerjarenplan in evenwicht houden",
                    "||Subsidiereglementen bundelen",
                    "||De beleidsrapportering transparant publiceren",
                ]),
             ]),
        Goal(title: "Voorbeeldstad wordt een slimme, digitale stad",
             description: "Digitale diensten die iedereen kan gebruiken, en data die het beleid beter maken.",
             domein: "01", schepen: "Schepen Hilde Jacobs", dienst: "Dienst Digitalisering", plans: [
                ActionPlan(title: "Digitale dienstverlening", beleidsveld: "0119", actions: [
                    "I2||Een e-loket met honderd digitale producten",
                    "I1||Mijn Voorbeeldstad: een persoonlijk dossier voor elke inwoner",
                    "||De digitale handtekening in de interne werking",
                ]),
                ActionPlan(title: "Niemand digitaal achterlaten", beleidsveld: "090", actions: [
                    "||Digipunten in de bibliotheek en de dienstencentra",
                    "||Laptops voor kwetsbare leerlingen",
                    "||Cursussen digitale vaardigheden voor senioren",
                ]),
                ActionPlan(title: "Data en slimme stad", beleidsveld: "0119", actions: [
                    "I1||Een opendataportaal met stadsdata",
                    "I2||Slimme sensoren voor luchtkwaliteit en verkeer",
                    "||Een dashboard voor datagedreven beleid",
                    "I2||Een digitale tweeling van de binnenstad",
                ]),
                ActionPlan(title: "Informatieveiligheid op orde", beleidsveld: "0119", actions: [
                    "I1||Cyberbeveiliging volgens de minimale normen",
                    "||Back-up- en herstelplan testen",
                    "||Privacybewustzijn bij het personeel",
                ]),
             ]),
    ]
}
