import Foundation

/// One entry of the record of processing activities a controller keeps under GDPR art. 30.1, with what a city
/// also needs to show it is lawful: the legal basis per purpose (art. 6.1), the art. 9.2 ground of each special
/// category, the processors with their agreement (art. 28.3), where the data come from, automated decisions (art. 22)
/// and whether the processing is part of the city's public task. Stored as JSON per version; every field a value.
public struct ProcessingActivity: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable { case draft, active, ended }

    public var name: String
    public var reference: String
    public var status: Status
    /// Art. 30.1 a: the controller's name and contact details.
    public var controller: Party
    /// Art. 30.1 a and art. 26: other controllers who decide on the purposes and means together with the city.
    public var jointControllers: [Party]
    /// Art. 30.1 a and art. 27: only for a controller outside the Union; empty otherwise.
    public var representative: Party?
    /// Art. 30.1 a: how to reach the data protection officer.
    public var dpoContact: String
    /// Art. 30.1 b, each with its art. 6.1 ground.
    public var purposes: [Purpose]
    /// Whether the processing serves the city's public task (art. 6.1 e): consent and legitimate interest do not fit it.
    public var publicTask: Bool
    /// Art. 30.1 c: categories of data subjects.
    public var subjectCategories: [String]
    /// Art. 30.1 c: categories of personal data, special (art. 9) and criminal (art. 10) ones marked.
    public var dataCategories: [DataCategory]
    /// Art. 30.1 d: categories of recipients, processors (art. 28) among them.
    public var recipients: [Recipient]
    /// Art. 30.1 e: transfers to a third country or an international organisation, with their safeguard.
    public var transfers: [Transfer]
    /// Art. 30.1 f: the envisaged time limits for erasure.
    public var retention: String
    /// Art. 30.1 g and art. 32: technical and organisational security measures.
    public var securityMeasures: [String]
    /// Where the data come from (the data subject, another authority, a register…): art. 14.2 f.
    public var source: String
    /// Automated decisions with legal or similarly significant effects (art. 22): empty when there are none.
    public var automatedDecision: String

    public init(name: String, reference: String = "", status: Status = .draft, controller: Party = Party(), jointControllers: [Party] = [],
                representative: Party? = nil, dpoContact: String = "", purposes: [Purpose] = [], publicTask: Bool = false,
                subjectCategories: [String] = [], dataCategories: [DataCategory] = [], recipients: [Recipient] = [],
                transfers: [Transfer] = [], retention: String = "", securityMeasures: [String] = [], source: String = "",
                automatedDecision: String = "") {
        self.name = name
        self.reference = reference
        self.status = status
        self.controller = controller
        self.jointControllers = jointControllers
        self.representative = representative
        self.dpoContact = dpoContact
        self.purposes = purposes
        self.publicTask = publicTask
        self.subjectCategories = subjectCategories
        self.dataCategories = dataCategories
        self.recipients = recipients
        self.transfers = transfers
        self.retention = retention
        self.securityMeasures = securityMeasures
        self.source = source
        self.automatedDecision = automatedDecision
    }

    /// Whether any category is special (art. 9) or criminal (art. 10).
    public var hasSensitiveData: Bool { dataCategories.contains { $0.kind != .ordinary } }
}

/// A controller, joint controller or representative: a name and how to reach it.
public struct Party: Codable, Equatable, Sendable {
    public var name: String
    public var contact: String

    public init(name: String = "", contact: String = "") {
        self.name = name
        self.contact = contact
    }

    public var isEmpty: Bool { name.isEmpty && contact.isEmpty }
}

/// The six grounds of art. 6.1.
public enum LegalBasis: String, Codable, Sendable, CaseIterable {
    case consent = "a", contract = "b", legalObligation = "c", vitalInterests = "d", publicTask = "e", legitimateInterests = "f"

    /// "art. 6.1 e AVG".
    public var article: String { "art. 6.1 \(rawValue)" }
}

/// The exceptions of art. 9.2 that lift the ban on processing special categories.
public enum SpecialGround: String, Codable, Sendable, CaseIterable {
    case explicitConsent = "a", employmentSocialProtection = "b", vitalInterests = "c", foundationMembers = "d", madePublic = "e",
         legalClaims = "f", substantialPublicInterest = "g", healthOrSocialCare = "h", publicHealth = "i", archivingResearch = "j"

    public var article: String { "art. 9.2 \(rawValue)" }
}

/// A purpose with its legal basis and, where the basis is a legal obligation or public task, the law it rests on.
public struct Purpose: Codable, Equatable, Sendable {
    public var description: String
    public var basis: LegalBasis?
    public var basisDetail: String

    public init(_ description: String, basis: LegalBasis?, basisDetail: String = "") {
        self.description = description
        self.basis = basis
        self.basisDetail = basisDetail
    }
}

/// A category of personal data: ordinary, special (art. 9.1) or about criminal convictions and offences (art. 10).
public struct DataCategory: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case ordinary, special, criminal }

    public var name: String
    public var kind: Kind
    /// For a special category: the art. 9.2 exception relied on.
    public var ground: SpecialGround?
    /// For a special category under 9.2 b, g–j, and for criminal data (art. 10): the law that authorises it.
    public var lawReference: String

    public init(_ name: String, kind: Kind = .ordinary, ground: SpecialGround? = nil, lawReference: String = "") {
        self.name = name
        self.kind = kind
        self.ground = ground
        self.lawReference = lawReference
    }
}

/// Who receives the data: the city's own services, a processor working for it, another controller, an authority.
public struct Recipient: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable { case `internal`, processor, controller, authority }

    public var name: String
    public var kind: Kind
    /// For a processor: the contract or other legal act of art. 28.3 (name, date).
    public var agreement: String

    public init(_ name: String, kind: Kind, agreement: String = "") {
        self.name = name
        self.kind = kind
        self.agreement = agreement
    }
}

/// A transfer to a third country or international organisation with the chapter V ground it rests on.
public struct Transfer: Codable, Equatable, Sendable {
    public enum Safeguard: String, Codable, Sendable, CaseIterable {
        /// Art. 45: an adequacy decision of the Commission.
        case adequacy
        /// Art. 46.2 c: standard contractual clauses.
        case standardClauses
        /// Art. 47: binding corporate rules.
        case bindingCorporateRules
        /// Art. 46, another appropriate safeguard (code of conduct, certification, agreement between authorities).
        case otherArticle46
        /// Art. 49: a derogation for a specific situation; which one goes in `detail`.
        case derogation

        public var article: String {
            switch self {
            case .adequacy: "art. 45"
            case .standardClauses: "art. 46.2 c"
            case .bindingCorporateRules: "art. 47"
            case .otherArticle46: "art. 46"
            case .derogation: "art. 49"
            }
        }
    }

    public var country: String
    public var recipient: String
    public var safeguard: Safeguard?
    public var detail: String

    public init(country: String, recipient: String, safeguard: Safeguard?, detail: String = "") {
        self.country = country
        self.recipient = recipient
        self.safeguard = safeguard
        self.detail = detail
    }
}
