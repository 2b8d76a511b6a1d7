import Foundation

/// The kinds of zone the register knows.
public enum ZoneKind: String, Codable, Sendable, CaseIterable {
    case residents = "bewonerszone"
    case paid = "betalend"
    case blueZone = "blauwe-zone"
    case lowEmission = "lage-emissiezone"
    case carFree = "autoluw"

    /// The rights that let a vehicle in or let it park when the zone's regulation is in force, unless a zone says
    /// otherwise. A paid session counts as a right: its validity is the time paid for.
    public var defaultAdmittedRights: Set<RightKind> {
        switch self {
        case .residents: [.residentPermit, .visitorPermit, .disabilityCard, .professionalPermit, .paidSession]
        case .paid: [.residentPermit, .disabilityCard, .professionalPermit, .paidSession]
        case .blueZone: [.residentPermit, .disabilityCard, .professionalPermit]
        case .lowEmission: [.lezExemption, .lezDayPass]
        case .carFree: [.accessPermit]
        }
    }
}

/// A vehicle's fuel, as far as low-emission zones distinguish them.
public enum Fuel: String, Codable, Sendable, CaseIterable {
    case petrol, diesel, lpg, cng, electric, hydrogen, other
}

/// The Euro emission norm of a vehicle (0 for vehicles from before Euro 1).
public enum EuroNorm: Int, Codable, Sendable, Comparable, CaseIterable {
    case euro0 = 0, euro1, euro2, euro3, euro4, euro5, euro6

    public static func < (lhs: EuroNorm, rhs: EuroNorm) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The category of a vehicle, as the issuing rules need it.
public enum VehicleCategory: String, Codable, Sendable, CaseIterable {
    case car, van, motorcycle, taxi, bus, truck, camper
}

/// A vehicle as registered: its plate, fuel, Euro norm and category.
public struct Vehicle: Hashable, Sendable, Codable {
    public let plate: LicencePlate
    public let fuel: Fuel
    public let euroNorm: EuroNorm
    public let category: VehicleCategory

    public init(plate: LicencePlate, fuel: Fuel, euroNorm: EuroNorm, category: VehicleCategory = .car) {
        self.plate = plate
        self.fuel = fuel
        self.euroNorm = euroNorm
        self.category = category
    }
}

/// A holder's address: the street and number, the housing unit (a flat in a building has its own) and the point
/// that places it in a zone.
public struct HolderAddress: Hashable, Sendable, Codable {
    public let street: String
    public let number: String
    /// The housing unit, e.g. the address register's id of the flat; two people of one household share it.
    public let housingUnit: String
    public let point: ZonePoint

    public init(street: String, number: String, housingUnit: String, point: ZonePoint) {
        self.street = street
        self.number = number
        self.housingUnit = housingUnit
        self.point = point
    }
}

/// A person or organisation that holds rights.
public struct Holder: Hashable, Sendable, Codable {
    public let id: String
    public let address: HolderAddress

    public init(id: String, address: HolderAddress) {
        self.id = id
        self.address = address
    }
}

/// The maximum arrival-to-now time and the hours a zone's regulation is in force.
public struct Regulation: Hashable, Sendable, Codable {
    /// When the regulation is in force; empty means always.
    public let windows: [WeeklyWindow]
    /// The longest a vehicle may stay without a right that exempts it (blue zone: the parking disc), in seconds.
    public let maximumDuration: TimeInterval?

    public init(windows: [WeeklyWindow] = [], maximumDuration: TimeInterval? = nil) {
        self.windows = windows
        self.maximumDuration = maximumDuration
    }

    /// Whether the regulation is in force at a local moment.
    public func isInForce(at moment: LocalMoment) -> Bool {
        windows.isEmpty || windows.contains { $0.contains(moment) }
    }
}

/// One step of a low-emission zone's admission rules: from `from`, vehicles with this fuel need at least
/// `minimumEuroNorm`; `nil` means the fuel is no longer admitted at all.
public struct EmissionAdmission: Hashable, Sendable, Codable {
    public let fuel: Fuel
    public let from: Date
    public let minimumEuroNorm: EuroNorm?

    public init(fuel: Fuel, from: Date, minimumEuroNorm: EuroNorm?) {
        self.fuel = fuel
        self.from = from
        self.minimumEuroNorm = minimumEuroNorm
    }
}

/// A zone of a city: its kind, area, regulations and, for a low-emission zone, the admission rules.
public struct Zone: Hashable, Sendable, Codable {
    public let id: String
    public let name: String
    public let kind: ZoneKind
    public let area: ZoneArea
    public let regulations: [Regulation]
    /// Low-emission zones only: steps per fuel; a fuel without steps is admitted.
    public let admissions: [EmissionAdmission]
    /// Overrides the kind's default admitted rights when set.
    public let admittedRights: Set<RightKind>?

    public init(
        id: String, name: String, kind: ZoneKind, area: ZoneArea, regulations: [Regulation] = [Regulation()],
        admissions: [EmissionAdmission] = [], admittedRights: Set<RightKind>? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.area = area
        self.regulations = regulations
        self.admissions = admissions
        self.admittedRights = admittedRights
    }

    /// The rights that admit a vehicle here.
    public var admitting: Set<RightKind> { admittedRights ?? kind.defaultAdmittedRights }

    /// The admission step in force for a fuel at a moment (the latest step that has started); `nil` when none has.
    public func admission(for fuel: Fuel, at date: Date) -> EmissionAdmission? {
        admissions.filter { $0.fuel == fuel && $0.from <= date }.max { $0.from < $1.from }
    }
}

/// The kinds of right the register issues.
public enum RightKind: String, Codable, Sendable, CaseIterable {
    case residentPermit = "bewonerskaart"
    case visitorPermit = "bezoekerskaart"
    case disabilityCard = "parkeerkaart-handicap"
    case lezExemption = "lez-vrijstelling"
    case lezDayPass = "lez-dagpas"
    case accessPermit = "toegang-autoluw"
    case professionalPermit = "beroepskaart"
    case paidSession = "betaald-parkeren"
}

/// Whether a right may be used.
public enum RightStatus: String, Codable, Sendable, CaseIterable {
    case active, suspended, revoked
}

/// A right: who holds it, for which plates and zones, when, under which time restrictions and on what legal basis.
public struct ParkingRight: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let kind: RightKind
    public let holderID: String?
    public let plates: [LicencePlate]
    /// The zones the right covers; empty means every zone of the city (a disability card).
    public let zones: [String]
    public let validFrom: Date
    /// Exclusive end; `nil` for a right without end.
    public let validUntil: Date?
    /// When in the week the right may be used; empty means at any time.
    public let timeRestrictions: [WeeklyWindow]
    public let status: RightStatus
    /// The regulation the right rests on, as text (e.g. "Parkeerreglement 2024, art. 12").
    public let legalBasis: String

    public init(
        id: String, kind: RightKind, holderID: String? = nil, plates: [LicencePlate], zones: [String] = [],
        validFrom: Date, validUntil: Date? = nil, timeRestrictions: [WeeklyWindow] = [], status: RightStatus = .active,
        legalBasis: String
    ) {
        self.id = id
        self.kind = kind
        self.holderID = holderID
        self.plates = plates
        self.zones = zones
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.timeRestrictions = timeRestrictions
        self.status = status
        self.legalBasis = legalBasis
    }

    /// Whether the dates cover a moment (from inclusive, until exclusive).
    public func isValid(at date: Date) -> Bool {
        validFrom <= date && validUntil.map { date < $0 } ?? true
    }

    /// Whether the validity overlaps another span (`nil` until = open).
    public func overlaps(from: Date, until: Date?) -> Bool {
        let startsBeforeOtherEnds = until.map { validFrom < $0 } ?? true
        let endsAfterOtherStarts = validUntil.map { from < $0 } ?? true
        return startsBeforeOtherEnds && endsAfterOtherStarts
    }

    /// Whether the right covers a zone.
    public func covers(zone: String) -> Bool { zones.isEmpty || zones.contains(zone) }
}
