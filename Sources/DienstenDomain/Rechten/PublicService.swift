import Foundation

// The Flemish product catalogue (IPDC for Flemish and federal rights, LPDC for a municipality's own) as plain values.
// One `PublicService` is one snapshot of the LDES stream, as the importer keeps it: the latest per `isVersionOf`.
// The field names follow the OSLO 'Dienst' / CPSV-AP model (the Dutch JSON-LD keys are named beside each field).

/// A text in the language variants LPDC carries: "nl", "nl-BE-x-formal", "nl-BE-x-informal",
/// "nl-BE-x-generated-formal", "nl-BE-x-generated-informal", "en" (and any other tag as given).
public struct LanguageText: Codable, Sendable, Hashable {
    public var variants: [String: String]

    public init(_ variants: [String: String] = [:]) {
        self.variants = variants
    }

    public var isEmpty: Bool { variants.values.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }

    /// The text for a reader of `language` ("nl" or "en"): English when asked and present, else the plain Dutch,
    /// then the informal, formal and generated variants; nil when there is no text at all.
    public func text(_ language: String) -> String? {
        let dutch = ["nl", "nl-BE-x-informal", "nl-BE-x-formal", "nl-BE-x-generated-informal", "nl-BE-x-generated-formal"]
        let order = language == "en" ? ["en"] + dutch : dutch + ["en"]
        for tag in order {
            if let value = variants[tag], !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return value }
        }
        return variants.keys.sorted().compactMap { variants[$0] }.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// Whether the text for `language` is a fallback from another language (the page then says so).
    public func isFallback(_ language: String) -> Bool {
        language == "en" ? (variants["en"]?.isEmpty ?? true) && !isEmpty : false
    }
}

/// Evidence a requirement asks for (`bewijs`).
public struct ServiceEvidence: Codable, Sendable, Hashable {
    public var name: LanguageText
    public var description: LanguageText
    public init(name: LanguageText, description: LanguageText) {
        self.name = name
        self.description = description
    }
}

/// A requirement (`voorwaarden`), with the evidence it asks for.
public struct ServiceRequirement: Codable, Sendable, Hashable {
    public var order: Double
    public var name: LanguageText
    public var description: LanguageText
    public var evidence: ServiceEvidence?
    public init(order: Double, name: LanguageText, description: LanguageText, evidence: ServiceEvidence? = nil) {
        self.order = order
        self.name = name
        self.description = description
        self.evidence = evidence
    }
}

/// A website (`websites`, also inside a procedure).
public struct ServiceWebsite: Codable, Sendable, Hashable {
    public var order: Double
    public var name: LanguageText
    public var description: LanguageText
    public var url: String
    public init(order: Double, name: LanguageText, description: LanguageText, url: String) {
        self.order = order
        self.name = name
        self.description = description
        self.url = url
    }
}

/// A procedure (`procedures`): how to ask for it, with its own websites.
public struct ServiceProcedure: Codable, Sendable, Hashable {
    public var order: Double
    public var name: LanguageText
    public var description: LanguageText
    public var websites: [ServiceWebsite]
    public init(order: Double, name: LanguageText, description: LanguageText, websites: [ServiceWebsite] = []) {
        self.order = order
        self.name = name
        self.description = description
        self.websites = websites
    }
}

/// A cost (`kosten`), a financial advantage (`financieleVoordelen`) or a legal resource (`regelgeving`, with `url`):
/// a named text in order.
public struct ServiceText: Codable, Sendable, Hashable {
    public var order: Double
    public var name: LanguageText
    public var description: LanguageText
    public var url: String?
    public init(order: Double, name: LanguageText, description: LanguageText, url: String? = nil) {
        self.order = order
        self.name = name
        self.description = description
        self.url = url
    }
}

/// A postal address of a contact point (`adres`).
public struct ServiceAddress: Codable, Sendable, Hashable {
    public var street: LanguageText
    public var houseNumber: String?
    public var box: String?
    public var postcode: String?
    public var municipality: LanguageText
    public var country: LanguageText
    public init(street: LanguageText, houseNumber: String?, box: String?, postcode: String?, municipality: LanguageText, country: LanguageText) {
        self.street = street
        self.houseNumber = houseNumber
        self.box = box
        self.postcode = postcode
        self.municipality = municipality
        self.country = country
    }
}

/// A contact point (`contactgegevens`).
public struct ServiceContactPoint: Codable, Sendable, Hashable {
    public var order: Double
    public var email: String?
    public var telephone: String?
    public var url: String?
    public var openingHours: String?
    public var address: ServiceAddress?
    public init(order: Double, email: String?, telephone: String?, url: String?, openingHours: String?, address: ServiceAddress?) {
        self.order = order
        self.email = email
        self.telephone = telephone
        self.url = url
        self.openingHours = openingHours
        self.address = address
    }
}

/// Whether a snapshot describes a concept (a Flemish or federal right, IPDC) or a municipality's instance (LPDC).
public enum ServiceSnapshotKind: String, Codable, Sendable, Hashable, CaseIterable {
    case concept
    case instance
}

/// One snapshot of a public service, with everything the model holds.
public struct PublicService: Codable, Sendable, Hashable {
    /// The `isVersionOf` IRI: the service itself, stable over its snapshots. This is the id the API gives.
    public var id: String
    /// The snapshot's own `@id`.
    public var snapshot: String
    public var kind: ServiceSnapshotKind
    /// `generatedAtTime`, as given (ISO 8601); snapshots of one service are ordered by it.
    public var generatedAt: String
    public var created: String?
    public var modified: String?
    public var archived: Bool

    public var name: LanguageText
    public var description: LanguageText
    public var additionalDescription: LanguageText
    public var exceptions: LanguageText
    public var regulation: LanguageText
    public var keywords: [String: [String]]

    public var requirements: [ServiceRequirement]
    public var procedures: [ServiceProcedure]
    public var costs: [ServiceText]
    public var financialAdvantages: [ServiceText]
    public var legalResources: [ServiceText]
    public var websites: [ServiceWebsite]
    public var contactPoints: [ServiceContactPoint]

    /// `type`: the product type code (FinancieelVoordeel, Toelating, Bewijs, …).
    public var productType: String?
    /// Codes as LPDC gives them, the vocabulary's last path segment (Burger, Onderneming, BouwenWonen, Vlaams, …).
    public var targetAudiences: [String]
    public var themes: [String]
    public var competentAuthorityLevels: [String]
    public var executingAuthorityLevels: [String]
    /// IRIs of the competent and executing public organisations (`bevoegdeOverheden`, `uitvoerendeOverheden`).
    public var competentAuthorities: [String]
    public var executingAuthorities: [String]
    /// `geografischToepassingsgebieden` as given: NUTS codes (BE2, BE23, BE234) and LAU codes (BE23444021).
    public var spatial: [String]
    public var publicationChannels: [String]
    public var tags: [String]
    public var yourEuropeCategories: [String]
    public var languages: [String]

    public var startDate: String?
    public var endDate: String?
    public var productNumber: String?
    /// For an instance: the concept it derives from (`linkedConcept`, the concept's IRI).
    public var concept: String?
    /// For an instance: the organisation that made it (`aangemaaktDoor`).
    public var createdBy: String?
    public var publicationLink: String?

    public init(id: String, snapshot: String, kind: ServiceSnapshotKind, generatedAt: String) {
        self.id = id
        self.snapshot = snapshot
        self.kind = kind
        self.generatedAt = generatedAt
        self.created = nil
        self.modified = nil
        self.archived = false
        self.name = LanguageText()
        self.description = LanguageText()
        self.additionalDescription = LanguageText()
        self.exceptions = LanguageText()
        self.regulation = LanguageText()
        self.keywords = [:]
        self.requirements = []
        self.procedures = []
        self.costs = []
        self.financialAdvantages = []
        self.legalResources = []
        self.websites = []
        self.contactPoints = []
        self.productType = nil
        self.targetAudiences = []
        self.themes = []
        self.competentAuthorityLevels = []
        self.executingAuthorityLevels = []
        self.competentAuthorities = []
        self.executingAuthorities = []
        self.spatial = []
        self.publicationChannels = []
        self.tags = []
        self.yourEuropeCategories = []
        self.languages = []
        self.startDate = nil
        self.endDate = nil
        self.productNumber = nil
        self.concept = nil
        self.createdBy = nil
        self.publicationLink = nil
    }
}
