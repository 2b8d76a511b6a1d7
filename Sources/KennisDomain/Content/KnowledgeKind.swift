/// The kinds of knowledge the Kenniscentrum keeps. The raw value is the code used in addresses, files and the index.
public enum KnowledgeKind: String, Sendable, CaseIterable, Codable, Hashable {
    case praktijk
    case publicatie
    case raamcontract
    case modeldocument
    case netwerk
    case nieuws
    case evenement

    /// The name of one item, in Dutch and English.
    public var name: (nl: String, en: String) {
        switch self {
        case .praktijk: ("Goede praktijk", "Good practice")
        case .publicatie: ("Studie of publicatie", "Study or publication")
        case .raamcontract: ("Raamcontract", "Framework contract")
        case .modeldocument: ("Modeldocument", "Standard document")
        case .netwerk: ("Lerend netwerk of werkgroep", "Learning network or working group")
        case .nieuws: ("Nieuws", "News")
        case .evenement: ("Evenement", "Event")
        }
    }

    /// The name of the list of these items.
    public var plural: (nl: String, en: String) {
        switch self {
        case .praktijk: ("Goede praktijken", "Good practices")
        case .publicatie: ("Studies en publicaties", "Studies and publications")
        case .raamcontract: ("Raamcontracten", "Framework contracts")
        case .modeldocument: ("Modeldocumenten", "Standard documents")
        case .netwerk: ("Lerende netwerken en werkgroepen", "Learning networks and working groups")
        case .nieuws: ("Nieuws", "News")
        case .evenement: ("Evenementen", "Events")
        }
    }

    /// Whether any signed-in member of a city may propose one; other kinds are written by Kenniscentrum editors.
    public var mayBeProposedByMembers: Bool { self == .praktijk }
}

/// Where an item is in its life: written, proposed for review, visible to everyone, or taken back.
public enum KnowledgeStatus: String, Sendable, CaseIterable, Codable, Hashable {
    case concept
    case review
    case gepubliceerd
    case ingetrokken

    public var name: (nl: String, en: String) {
        switch self {
        case .concept: ("Concept", "Draft")
        case .review: ("Ter nazicht", "In review")
        case .gepubliceerd: ("Gepubliceerd", "Published")
        case .ingetrokken: ("Ingetrokken", "Withdrawn")
        }
    }
}

/// A text in Dutch and, where written, English. Pages in English fall back to the Dutch text.
public struct Bilingual: Sendable, Codable, Hashable {
    public var nl: String
    public var en: String

    public init(nl: String = "", en: String = "") {
        self.nl = nl
        self.en = en
    }

    /// The text in `language` ("nl" or "en"), the Dutch text when there is no English one.
    public func text(_ language: String) -> String {
        language == "en" && !en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? en : nl
    }

    public var isEmpty: Bool { nl.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}

import Foundation
