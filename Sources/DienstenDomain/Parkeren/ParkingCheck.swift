import Foundation

/// Why a check answered as it did.
public enum CheckReason: Hashable, Sendable, CustomStringConvertible {
    /// No regulation of the zone is in force at that moment.
    case noRegulationInForce
    /// One or more rights admit the vehicle.
    case admittedByRight([RightKind])
    /// Blue zone (or any zone with a maximum duration): the stay is within the maximum.
    case withinMaximumDuration(stayed: TimeInterval, maximum: TimeInterval)
    /// The stay is longer than the maximum and no right exempts it.
    case maximumDurationExceeded(stayed: TimeInterval, maximum: TimeInterval)
    /// A maximum duration applies but the arrival time is unknown and no right exempts the vehicle.
    case arrivalUnknown(maximum: TimeInterval)
    /// Low-emission zone: the vehicle meets the admission rule for its fuel (or its fuel has none).
    case meetsEmissionRule(fuel: Fuel, euroNorm: EuroNorm, minimum: EuroNorm?)
    /// Low-emission zone: the fuel needs a higher norm, and no exemption or day pass is valid.
    case belowEmissionRule(fuel: Fuel, euroNorm: EuroNorm, minimum: EuroNorm)
    /// Low-emission zone: the fuel is banned altogether, and no exemption or day pass is valid.
    case fuelBanned(Fuel)
    /// Low-emission zone: the vehicle is not registered and holds no exemption or day pass.
    case vehicleUnknown
    /// The regulation is in force and no right admits the vehicle.
    case noValidRight(ZoneKind)

    /// A stable code for the API and the check log ("admitted-by-right", "below-emission-rule" …).
    public var code: String {
        switch self {
        case .noRegulationInForce: "no-regulation-in-force"
        case .admittedByRight: "admitted-by-right"
        case .withinMaximumDuration: "within-maximum-duration"
        case .maximumDurationExceeded: "maximum-duration-exceeded"
        case .arrivalUnknown: "arrival-unknown"
        case .meetsEmissionRule: "meets-emission-rule"
        case .belowEmissionRule: "below-emission-rule"
        case .fuelBanned: "fuel-banned"
        case .vehicleUnknown: "vehicle-unknown"
        case .noValidRight: "no-valid-right"
        }
    }

    public var description: String {
        func hours(_ seconds: TimeInterval) -> String {
            let minutes = Int(seconds / 60)
            return minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
        }
        switch self {
        case .noRegulationInForce: return "no regulation of the zone is in force at that moment"
        case let .admittedByRight(kinds): return "admitted by " + kinds.map(\.rawValue).joined(separator: ", ")
        case let .withinMaximumDuration(stayed, maximum): return "parked \(hours(stayed)), within the maximum of \(hours(maximum))"
        case let .maximumDurationExceeded(stayed, maximum): return "parked \(hours(stayed)), longer than the maximum of \(hours(maximum))"
        case let .arrivalUnknown(maximum): return "a maximum of \(hours(maximum)) applies and the arrival time is unknown"
        case let .meetsEmissionRule(fuel, norm, minimum):
            return minimum.map { "\(fuel.rawValue) Euro \(norm.rawValue) meets the minimum Euro \($0.rawValue)" } ?? "\(fuel.rawValue) has no admission rule"
        case let .belowEmissionRule(fuel, norm, minimum): return "\(fuel.rawValue) Euro \(norm.rawValue) is below the minimum Euro \(minimum.rawValue)"
        case let .fuelBanned(fuel): return "\(fuel.rawValue) vehicles are no longer admitted"
        case .vehicleUnknown: return "the vehicle is not registered and has no exemption or day pass"
        case let .noValidRight(kind): return "no valid right for this \(kind.rawValue) at that moment"
        }
    }
}

/// The answer to a check.
public struct CheckResult: Hashable, Sendable {
    public let allowed: Bool
    /// The rights of the plate that admit it here at that moment (valid, active, covering the zone and the time).
    public let rights: [ParkingRight]
    public let reason: CheckReason
}

/// Why a check could not be made.
public enum CheckError: Error, Equatable, Sendable, CustomStringConvertible {
    case badPlate(PlateError)
    case unknownZone(String)

    public var description: String {
        switch self {
        case let .badPlate(error): "plate: \(error.description)"
        case let .unknownZone(id): "zone: \"\(id)\" is not a zone of this register"
        }
    }
}

/// The register of one city, indexed once for checks: rights and vehicles by plate key, zones by id.
/// Building costs one pass over the rights; a check then looks up one plate and reads only its rights.
public struct ParkingRegister: Sendable {
    public let zones: [String: Zone]
    public let rightsByPlate: [String: [ParkingRight]]
    public let vehiclesByPlate: [String: Vehicle]
    public let clock: BrusselsClock

    public init(zones: [Zone], rights: [ParkingRight], vehicles: [Vehicle], clock: BrusselsClock = BrusselsClock()) {
        self.zones = Dictionary(zones.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        var byPlate: [String: [ParkingRight]] = [:]
        byPlate.reserveCapacity(rights.count)
        for right in rights where right.status != .revoked {
            for plate in Set(right.plates) { byPlate[plate.key, default: []].append(right) }
        }
        self.rightsByPlate = byPlate
        self.vehiclesByPlate = Dictionary(vehicles.map { ($0.plate.key, $0) }, uniquingKeysWith: { _, last in last })
        self.clock = clock
    }

    /// The zones whose area holds an address point (address → zone).
    public func zones(containing point: ZonePoint) -> [Zone] {
        zones.values.filter { $0.area.contains(point) }.sorted { $0.id < $1.id }
    }

    /// Checks a plate as typed (normalised first), so a text that is not a plate is an error, not a refusal.
    public func check(plate text: String, country: String = "BE", zone: String, at date: Date, parkedSince: Date? = nil) throws(CheckError) -> CheckResult {
        let plate: LicencePlate
        do { plate = try LicencePlate(text, country: country) } catch { throw .badPlate(error) }
        return try check(plate: plate, zone: zone, at: date, parkedSince: parkedSince)
    }

    /// Whether `plate` may be in (or park in) `zone` at `date`, with the rights that allow it and the reason.
    /// `parkedSince` is the arrival time where a maximum duration applies (blue zone); without it, a zone with a
    /// maximum admits only a vehicle with an exempting right.
    public func check(plate: LicencePlate, zone zoneID: String, at date: Date, parkedSince: Date? = nil) throws(CheckError) -> CheckResult {
        guard let zone = zones[zoneID] else { throw .unknownZone(zoneID) }
        let moment = clock.local(date)
        let inForce = zone.regulations.filter { $0.isInForce(at: moment) }
        let admitting = zone.admitting
        let rights = (rightsByPlate[plate.key] ?? []).filter { right in
            right.status == .active && admitting.contains(right.kind) && right.covers(zone: zone.id) && right.isValid(at: date)
                && (right.timeRestrictions.isEmpty || right.timeRestrictions.contains { $0.contains(moment) })
        }
        let kinds = Array(Set(rights.map(\.kind))).sorted { $0.rawValue < $1.rawValue }

        if zone.kind == .lowEmission {
            // The admission rules apply at every moment the regulation is in force.
            guard !inForce.isEmpty else { return CheckResult(allowed: true, rights: rights, reason: .noRegulationInForce) }
            if let vehicle = vehiclesByPlate[plate.key] {
                if let step = zone.admission(for: vehicle.fuel, at: date) {
                    guard let minimum = step.minimumEuroNorm else {
                        return rights.isEmpty ? CheckResult(allowed: false, rights: [], reason: .fuelBanned(vehicle.fuel))
                            : CheckResult(allowed: true, rights: rights, reason: .admittedByRight(kinds))
                    }
                    if vehicle.euroNorm >= minimum {
                        return CheckResult(allowed: true, rights: rights, reason: .meetsEmissionRule(fuel: vehicle.fuel, euroNorm: vehicle.euroNorm, minimum: minimum))
                    }
                    return rights.isEmpty
                        ? CheckResult(allowed: false, rights: [], reason: .belowEmissionRule(fuel: vehicle.fuel, euroNorm: vehicle.euroNorm, minimum: minimum))
                        : CheckResult(allowed: true, rights: rights, reason: .admittedByRight(kinds))
                }
                return CheckResult(allowed: true, rights: rights, reason: .meetsEmissionRule(fuel: vehicle.fuel, euroNorm: vehicle.euroNorm, minimum: nil))
            }
            return rights.isEmpty ? CheckResult(allowed: false, rights: [], reason: .vehicleUnknown)
                : CheckResult(allowed: true, rights: rights, reason: .admittedByRight(kinds))
        }

        guard !inForce.isEmpty else { return CheckResult(allowed: true, rights: rights, reason: .noRegulationInForce) }
        if !rights.isEmpty { return CheckResult(allowed: true, rights: rights, reason: .admittedByRight(kinds)) }
        // Without a right: the shortest maximum duration in force decides, if there is one.
        if let maximum = inForce.compactMap(\.maximumDuration).min() {
            guard let parkedSince else { return CheckResult(allowed: false, rights: [], reason: .arrivalUnknown(maximum: maximum)) }
            let stayed = date.timeIntervalSince(parkedSince)
            return stayed <= maximum
                ? CheckResult(allowed: true, rights: [], reason: .withinMaximumDuration(stayed: stayed, maximum: maximum))
                : CheckResult(allowed: false, rights: [], reason: .maximumDurationExceeded(stayed: stayed, maximum: maximum))
        }
        return CheckResult(allowed: false, rights: [], reason: .noValidRight(zone.kind))
    }
}
