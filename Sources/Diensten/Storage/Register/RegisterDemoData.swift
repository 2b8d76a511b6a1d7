import DienstenDomain
import Foundation

/// The demo register of the fictitious city Voorbeeldstad and the Kenniscentrum's templates, written for this
/// demo (fictitious contacts; the legal references are the real Belgian and Flemish laws they name).
enum RegisterDemoData {
    static let city = Party(name: "Stad Voorbeeldstad", contact: "Stadhuis, Markt 1, 9999 Voorbeeldstad — privacy@voorbeeldstad.example")
    static let dpo = "dpo@voorbeeldstad.example"
    static let security = ["Toegang alleen per rol, jaarlijks nagekeken", "Logging van elke raadpleging", "Versleutelde verbindingen en back-ups",
                           "Geheimhoudingsplicht voor medewerkers"]

    /// (activity, published, DPIA answers with yes for the listed questions).
    static func cityActivities() -> [(ProcessingActivity, Bool, [DPIAQuestion])] {
        [
            (ProcessingActivity(
                name: "Leefloondossier", reference: "SOC-01", status: .active, controller: Party(name: "OCMW Voorbeeldstad", contact: city.contact),
                dpoContact: dpo,
                purposes: [Purpose("Het recht op maatschappelijke integratie onderzoeken, toekennen en opvolgen", basis: .legalObligation,
                                   basisDetail: "Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie")],
                publicTask: true, subjectCategories: ["Aanvragers", "Gezinsleden en onderhoudsplichtigen"],
                dataCategories: [DataCategory("Identiteit en rijksregisternummer"), DataCategory("Inkomsten en bestaansmiddelen"),
                                 DataCategory("Gezondheid (arbeidsongeschiktheid)", kind: .special, ground: .employmentSocialProtection,
                                              lawReference: "Wet van 26 mei 2002, art. 3")],
                recipients: [Recipient("POD Maatschappelijke Integratie", kind: .authority),
                             Recipient("Leverancier van het sociaal dossierpakket", kind: .processor, agreement: "Verwerkersovereenkomst van 12-03-2024")],
                retention: "10 jaar na de laatste beslissing", securityMeasures: security, source: "De aanvrager; de Kruispuntbank van de Sociale Zekerheid"),
             true, [.sensitiveData, .vulnerableSubjects, .largeScale]),
            (ProcessingActivity(
                name: "Bewonerskaarten parkeren", reference: "MOB-02", status: .active, controller: city, dpoContact: dpo,
                purposes: [Purpose("Bewonerskaarten uitreiken en controleren", basis: .publicTask, basisDetail: "Gemeentelijk retributiereglement parkeren")],
                publicTask: true, subjectCategories: ["Bewoners", "Bezoekers van bewoners"],
                dataCategories: [DataCategory("Naam en adres"), DataCategory("Nummerplaat")],
                recipients: [Recipient("Parkeerbedrijf (autonoom gemeentebedrijf)", kind: .processor, agreement: "Beheersovereenkomst 2023, art. 14")],
                retention: "2 jaar na het einde van de kaart", securityMeasures: security, source: "De aanvrager; het rijksregister; de DIV"),
             true, [.largeScale]),
            (ProcessingActivity(
                name: "Camerabewaking openbaar domein", reference: "VEI-03", status: .active, controller: city, dpoContact: dpo,
                purposes: [Purpose("Overlast en misdrijven op pleinen voorkomen en vaststellen", basis: .legalObligation,
                                   basisDetail: "Camerawet van 21 maart 2007")],
                publicTask: true, subjectCategories: ["Voorbijgangers"],
                dataCategories: [DataCategory("Camerabeelden"), DataCategory("Beelden van misdrijven", kind: .criminal, lawReference: "Camerawet, art. 9")],
                recipients: [Recipient("Lokale politie", kind: .authority)],
                retention: "1 maand, behalve beelden die bijdragen tot het bewijs", securityMeasures: security, source: "De camera's"),
             true, [.systematicMonitoring, .largeScale, .article35PublicAreaMonitoring]),
            (ProcessingActivity(
                name: "Nieuwsbrief van de stad", reference: "COM-04", status: .active, controller: city, dpoContact: dpo,
                purposes: [Purpose("De nieuwsbrief sturen aan wie erom vraagt", basis: .consent)],
                subjectCategories: ["Abonnees"], dataCategories: [DataCategory("E-mailadres"), DataCategory("Voorkeuren")],
                recipients: [Recipient("Verzenddienst voor e-mail", kind: .processor, agreement: "Verwerkersovereenkomst van 01-02-2025")],
                transfers: [Transfer(country: "Verenigde Staten", recipient: "Verzenddienst voor e-mail", safeguard: .adequacy,
                                     detail: "EU-VS Data Privacy Framework")],
                retention: "Tot het afmelden", securityMeasures: security, source: "De abonnee"),
             true, []),
            (ProcessingActivity(
                name: "Personeelsadministratie", reference: "HR-05", status: .active, controller: city, dpoContact: dpo,
                purposes: [Purpose("Loon, afwezigheden en loopbaan van het personeel beheren", basis: .contract),
                           Purpose("Sociale aangiften", basis: .legalObligation, basisDetail: "RSZ-wetgeving")],
                publicTask: false, subjectCategories: ["Personeelsleden", "Sollicitanten"],
                dataCategories: [DataCategory("Identiteit"), DataCategory("Loon en rekeningnummer"),
                                 DataCategory("Medische attesten", kind: .special, ground: .employmentSocialProtection, lawReference: "Wet welzijn op het werk")],
                recipients: [Recipient("Sociaal secretariaat", kind: .processor, agreement: "Contract sociaal secretariaat 2022")],
                retention: "5 jaar na het einde van de tewerkstelling", securityMeasures: security, source: "Het personeelslid"),
             false, [.vulnerableSubjects, .sensitiveData]),
            (ProcessingActivity(
                name: "Meldingen van burgers", reference: "DIE-06", status: .active, controller: city, dpoContact: dpo,
                purposes: [Purpose("Meldingen over het openbaar domein behandelen", basis: .publicTask, basisDetail: "Decreet lokaal bestuur, art. 2")],
                publicTask: true, subjectCategories: ["Melders"], dataCategories: [DataCategory("Naam en contactgegevens"), DataCategory("Foto's")],
                retention: "1 jaar na het afsluiten", securityMeasures: security, source: "De melder"),
             false, []),
            (ProcessingActivity(
                name: "Subsidies voor verenigingen", reference: "VRI-07", status: .draft, controller: city, dpoContact: dpo,
                purposes: [Purpose("Subsidies toekennen aan verenigingen", basis: .publicTask, basisDetail: "Subsidiereglement")],
                publicTask: true, subjectCategories: ["Contactpersonen van verenigingen"], dataCategories: [DataCategory("Naam en contactgegevens")],
                retention: "", securityMeasures: [], source: "De vereniging"),
             false, []),
        ]
    }

    static func templates() -> [ProcessingActivity] {
        let kc = Party(name: "(de stad)", contact: "")
        return [
            ProcessingActivity(
                name: "Sjabloon: leefloondossier", reference: "SJ-LEEFLOON", status: .draft, controller: kc,
                purposes: [Purpose("Het recht op maatschappelijke integratie onderzoeken en toekennen", basis: .legalObligation,
                                   basisDetail: "Wet van 26 mei 2002")],
                publicTask: true, subjectCategories: ["Aanvragers", "Gezinsleden"],
                dataCategories: [DataCategory("Identiteit"), DataCategory("Inkomsten"),
                                 DataCategory("Gezondheid", kind: .special, ground: .employmentSocialProtection, lawReference: "Wet van 26 mei 2002")],
                recipients: [Recipient("POD Maatschappelijke Integratie", kind: .authority)],
                retention: "10 jaar na de laatste beslissing", securityMeasures: ["Toegang per rol", "Logging"], source: "De aanvrager; de KSZ"),
            ProcessingActivity(
                name: "Sjabloon: camerabewaking", reference: "SJ-CAMERA", status: .draft, controller: kc,
                purposes: [Purpose("Overlast en misdrijven voorkomen en vaststellen", basis: .legalObligation, basisDetail: "Camerawet van 21 maart 2007")],
                publicTask: true, subjectCategories: ["Voorbijgangers"], dataCategories: [DataCategory("Camerabeelden")],
                recipients: [Recipient("Lokale politie", kind: .authority)], retention: "1 maand", securityMeasures: ["Beperkte toegang tot de beelden"],
                source: "De camera's"),
            ProcessingActivity(
                name: "Sjabloon: nieuwsbrief", reference: "SJ-NIEUWSBRIEF", status: .draft, controller: kc,
                purposes: [Purpose("Een nieuwsbrief sturen aan wie erom vraagt", basis: .consent)],
                subjectCategories: ["Abonnees"], dataCategories: [DataCategory("E-mailadres")], retention: "Tot het afmelden",
                securityMeasures: ["Dubbele bevestiging (double opt-in)", "Afmelden met één klik"], source: "De abonnee"),
        ]
    }
}
