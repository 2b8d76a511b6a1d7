import Foundation

/// The kind of household a client lives in.
public enum HouseholdType: String, Codable, Sendable, Hashable, CaseIterable {
    case alleenstaand
    case samenwonend
    case alleenstaandeOuder = "alleenstaande-ouder"
    case koppelMetKinderen = "koppel-met-kinderen"
}

/// A status a client has or lacks. A profile says per status "yes", "no" or nothing (unknown).
public enum ClientStatus: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case leefloon
    case verhoogdeTegemoetkoming = "verhoogde-tegemoetkoming"
    case inkomensgarantie
    case werkzoekend
    case student
    case gepensioneerd
    case erkendeHandicap = "erkende-handicap"
    case zorgnood
    case huurderPrive = "huurder-prive"
    case huurderSociaal = "huurder-sociaal"
    case wachtlijstSocialeHuur = "wachtlijst-sociale-huur"
    case eigenaar
    case bevolkingsregister
    case wachtregister
    case stookolie

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The Belgian region a municipality lies in, derived from the first digits of its NIS code.
public enum Region: String, Codable, Sendable, Hashable, CaseIterable {
    case vlaanderen
    case brussel
    case wallonie

    /// The region of a five-digit NIS code: 21 Brussels; 1, 23, 24, 3, 4 and 7 Flanders; 25, 5, 6, 8 and 9 Wallonia.
    public init?(nis: String) {
        guard nis.count == 5, nis.allSatisfy(\.isASCIIDigit) else { return nil }
        let two = String(nis.prefix(2))
        switch (nis.first!, two) {
        case (_, "21"): self = .brussel
        case (_, "23"), (_, "24"): self = .vlaanderen
        case (_, "25"): self = .wallonie
        case ("1", _), ("3", _), ("4", _), ("7", _): self = .vlaanderen
        case ("5", _), ("6", _), ("8", _), ("9", _): self = .wallonie
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// A field of the client profile a rule can test. `region` is derived from `municipality`, `age` from the birth
/// date when one is given.
public enum ProfileField: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case age
    case household
    case children
    case childrenUnder18
    case childrenInSchool
    case childrenInHigherEducation
    case municipality
    case region
    case monthlyNetIncome
    case yearlyTaxableIncome
    case assets

    /// Whether the field holds a number (compared with <, <=, >, >=) or a code (compared with = and in).
    public var isNumeric: Bool {
        switch self {
        case .household, .municipality, .region: false
        default: true
        }
    }

    /// The codes a code field accepts in a rule (nil: any text, such as a NIS code).
    public var allowedCodes: [String]? {
        switch self {
        case .household: HouseholdType.allCases.map(\.rawValue)
        case .region: Region.allCases.map(\.rawValue)
        default: nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Something still to ask the client: a field left empty, or a status not answered.
public enum ProfileQuestion: Sendable, Hashable, Comparable {
    case field(ProfileField)
    case status(ClientStatus)
}
