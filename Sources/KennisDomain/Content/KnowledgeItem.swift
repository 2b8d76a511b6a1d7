import Foundation

/// One item of the knowledge base as its author wrote it: the common fields, the tags and the kind's own details.
public struct KnowledgeContent: Sendable, Codable, Hashable {
    public var kind: KnowledgeKind
    public var slug: String
    public var title: Bilingual
    public var summary: Bilingual
    /// Markdown.
    public var body: Bilingual
    /// Codes of the shared topics (`KnowledgeTopic`).
    public var themes: [String]
    /// Organisation codes of the cities it concerns.
    public var cities: [String]
    /// Climate-governance maturity theme codes (Maturiteit) it helps with.
    public var maturityThemes: [String]
    /// Numbers of the climate work packages and top-10 recommendations it helps with.
    public var workPackages: [Int]
    public var recommendations: [Int]
    /// The date shown as its publication date (a news item's date, a practice's date); nil = the day it is published.
    public var date: String?
    public var details: KnowledgeDetails

    public init(kind: KnowledgeKind, slug: String, title: Bilingual, summary: Bilingual = Bilingual(), body: Bilingual = Bilingual(),
                themes: [String] = [], cities: [String] = [], maturityThemes: [String] = [], workPackages: [Int] = [],
                recommendations: [Int] = [], date: String? = nil, details: KnowledgeDetails = KnowledgeDetails()) {
        self.kind = kind
        self.slug = slug
        self.title = title
        self.summary = summary
        self.body = body
        self.themes = themes
        self.cities = cities
        self.maturityThemes = maturityThemes
        self.workPackages = workPackages
        self.recommendations = recommendations
        self.date = date
        self.details = details
    }

    /// The year facet: from its date, else nil.
    public var year: Int? { date.flatMap { Int($0.prefix(4)) } }
}

/// A link with its title.
public struct KnowledgeLink: Sendable, Codable, Hashable {
    public var title: String
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}

/// A version of a standard document.
public struct DocumentVersion: Sendable, Codable, Hashable {
    public var version: String
    public var date: String
    public var note: Bilingual

    public init(version: String, date: String, note: Bilingual) {
        self.version = version
        self.date = date
        self.note = note
    }
}

/// A meeting of a network or working group, with a short account of its minutes.
public struct NetworkMeeting: Sendable, Codable, Hashable {
    public var date: String
    public var place: String
    public var summary: Bilingual

    public init(date: String, place: String, summary: Bilingual) {
        self.date = date
        self.place = place
        self.summary = summary
    }
}

/// What only some kinds have. Every field is optional; `KnowledgeRules.problems` says which a kind needs.
public struct KnowledgeDetails: Sendable, Codable, Hashable {
    // Good practice
    public var city: String?
    public var contact: String?
    public var links: [KnowledgeLink] = []
    public var problem = Bilingual()
    public var approach = Bilingual()
    public var results = Bilingual()
    public var costs = Bilingual()
    // Study or publication
    public var publisher: String?
    public var publicationYear: Int?
    // Framework contract
    public var authority: String?
    public var suppliers: [String] = []
    public var lots: [String] = []
    public var termStart: String?
    public var termEnd: String?
    public var estimatedValue: Int?
    public var expertHours: Int?
    public var experts: [String] = []
    public var whoMayJoin = Bilingual()
    public var howToJoin = Bilingual()
    // Standard document
    public var documentKind: String?
    public var versions: [DocumentVersion] = []
    // Network or working group
    public var networkKind: String?
    public var members: [String] = []
    public var chair: String?
    public var meetings: [NetworkMeeting] = []
    // Event (local Brussels time, "2027-02-11T13:30")
    public var starts: String?
    public var ends: String?
    public var place = Bilingual()
    public var capacity: Int?
    public var registrationUntil: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case city, contact, links, problem, approach, results, costs, publisher, publicationYear, authority, suppliers,
             lots, termStart, termEnd, estimatedValue, expertHours, experts, whoMayJoin, howToJoin, documentKind,
             versions, networkKind, members, chair, meetings, starts, ends, place, capacity, registrationUntil
    }

    /// Missing keys decode as empty, so details written by an older version still read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        city = try c.decodeIfPresent(String.self, forKey: .city)
        contact = try c.decodeIfPresent(String.self, forKey: .contact)
        links = try c.decodeIfPresent([KnowledgeLink].self, forKey: .links) ?? []
        problem = try c.decodeIfPresent(Bilingual.self, forKey: .problem) ?? Bilingual()
        approach = try c.decodeIfPresent(Bilingual.self, forKey: .approach) ?? Bilingual()
        results = try c.decodeIfPresent(Bilingual.self, forKey: .results) ?? Bilingual()
        costs = try c.decodeIfPresent(Bilingual.self, forKey: .costs) ?? Bilingual()
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        publicationYear = try c.decodeIfPresent(Int.self, forKey: .publicationYear)
        authority = try c.decodeIfPresent(String.self, forKey: .authority)
        suppliers = try c.decodeIfPresent([String].self, forKey: .suppliers) ?? []
        lots = try c.decodeIfPresent([String].self, forKey: .lots) ?? []
        termStart = try c.decodeIfPresent(String.self, forKey: .termStart)
        termEnd = try c.decodeIfPresent(String.self, forKey: .termEnd)
        estimatedValue = try c.decodeIfPresent(Int.self, forKey: .estimatedValue)
        expertHours = try c.decodeIfPresent(Int.self, forKey: .expertHours)
        experts = try c.decodeIfPresent([String].self, forKey: .experts) ?? []
        whoMayJoin = try c.decodeIfPresent(Bilingual.self, forKey: .whoMayJoin) ?? Bilingual()
        howToJoin = try c.decodeIfPresent(Bilingual.self, forKey: .howToJoin) ?? Bilingual()
        documentKind = try c.decodeIfPresent(String.self, forKey: .documentKind)
        versions = try c.decodeIfPresent([DocumentVersion].self, forKey: .versions) ?? []
        networkKind = try c.decodeIfPresent(String.self, forKey: .networkKind)
        members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
        chair = try c.decodeIfPresent(String.self, forKey: .chair)
        meetings = try c.decodeIfPresent([NetworkMeeting].self, forKey: .meetings) ?? []
        starts = try c.decodeIfPresent(String.self, forKey: .starts)
        ends = try c.decodeIfPresent(String.self, forKey: .ends)
        place = try c.decodeIfPresent(Bilingual.self, forKey: .place) ?? Bilingual()
        capacity = try c.decodeIfPresent(Int.self, forKey: .capacity)
        registrationUntil = try c.decodeIfPresent(String.self, forKey: .registrationUntil)
    }
}
