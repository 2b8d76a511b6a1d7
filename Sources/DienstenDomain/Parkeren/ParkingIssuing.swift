import Foundation

/// A rule that refuses a request, with the reason in plain English, and as a stable code with its values for the pages
/// to say it in the reader's language.
public struct IssuingRefusal: Hashable, Sendable, CustomStringConvertible {
    /// The id of the city's rule.
    public let ruleID: String
    /// The rule's name in the rule file (e.g. "lez-day-passes-per-year").
    public let rule: String
    /// Why, as a code ("lez-day-passes-used") and the values its sentence needs, in order.
    public let code: String
    public let arguments: [String]
    public let reason: String
    public let legalBasis: String

    public var description: String { "\(ruleID) (\(rule)): \(reason)" }
}

/// What is asked for: a new right for a holder.
public struct RightRequest: Hashable, Sendable {
    public let kind: RightKind
    public let holder: Holder
    public let plates: [LicencePlate]
    public let zones: [String]
    public let validFrom: Date
    public let validUntil: Date?
    public let timeRestrictions: [WeeklyWindow]

    public init(
        kind: RightKind, holder: Holder, plates: [LicencePlate], zones: [String] = [], validFrom: Date, validUntil: Date? = nil,
        timeRestrictions: [WeeklyWindow] = []
    ) {
        self.kind = kind
        self.holder = holder
        self.plates = plates
        self.zones = zones
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.timeRestrictions = timeRestrictions
    }
}

/// A request to put a new plate on an existing right; `plateInUseSince` is when the new plate came into use
/// (the registration of the new or replacement vehicle).
public struct PlateChangeRequest: Hashable, Sendable {
    public let right: ParkingRight
    public let oldPlate: LicencePlate
    public let newPlate: LicencePlate
    public let plateInUseSince: Date
    public let requestedAt: Date

    public init(right: ParkingRight, oldPlate: LicencePlate, newPlate: LicencePlate, plateInUseSince: Date, requestedAt: Date) {
        self.right = right
        self.oldPlate = oldPlate
        self.newPlate = newPlate
        self.plateInUseSince = plateInUseSince
        self.requestedAt = requestedAt
    }
}

/// What the issuing checks read: the rights already issued, the holders and the vehicles.
public struct IssuingContext: Sendable {
    public let rights: [ParkingRight]
    public let holders: [String: Holder]
    public let vehicles: [String: Vehicle]
    public let clock: BrusselsClock

    public init(rights: [ParkingRight], holders: [Holder], vehicles: [Vehicle], clock: BrusselsClock = BrusselsClock()) {
        self.rights = rights
        self.holders = Dictionary(holders.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.vehicles = Dictionary(vehicles.map { ($0.plate.key, $0) }, uniquingKeysWith: { _, last in last })
        self.clock = clock
    }
}

extension ParkingRuleSet {
    /// Every rule of the set that refuses the request, each with its reason; empty when the right may be issued.
    public func refusals(for request: RightRequest, in context: IssuingContext) -> [IssuingRefusal] {
        var out: [IssuingRefusal] = []
        func refuse(_ rule: CityRule, _ code: String, _ arguments: [String], _ reason: String) {
            out.append(IssuingRefusal(ruleID: rule.id, rule: rule.rule.name, code: code, arguments: arguments, reason: reason, legalBasis: rule.legalBasis))
        }
        for cityRule in rules {
            switch cityRule.rule {
            case let .residentPermitsPerHousingUnit(limit):
                guard request.kind == .residentPermit else { continue }
                let unit = request.holder.address.housingUnit
                // Permits of the unit that are not revoked and overlap the requested validity.
                let existing = context.rights.filter { right in
                    right.kind == .residentPermit && right.status != .revoked
                        && right.holderID.flatMap { context.holders[$0] }?.address.housingUnit == unit
                        && right.overlaps(from: request.validFrom, until: request.validUntil)
                }
                if existing.count + 1 > limit {
                    refuse(cityRule, "resident-permits-per-unit", [unit, String(existing.count), String(limit)], "housing unit \(unit) already has \(existing.count) resident permit(s); at most \(limit) are allowed")
                }
            case let .excludedFromResidentPermits(categories):
                guard request.kind == .residentPermit else { continue }
                for plate in request.plates {
                    guard let vehicle = context.vehicles[plate.key] else {
                        refuse(cityRule, "vehicle-unknown", [plate.description], "\(plate) is not a registered vehicle, so its category cannot be checked")
                        continue
                    }
                    if categories.contains(vehicle.category) {
                        refuse(cityRule, "category-excluded", [plate.description, vehicle.category.rawValue], "\(plate) is a \(vehicle.category.rawValue); \(vehicle.category.rawValue) vehicles get no resident permit")
                    }
                }
            case let .lezDayPassesPerYear(limit):
                guard request.kind == .lezDayPass else { continue }
                let year = context.clock.year(of: request.validFrom)
                for plate in request.plates {
                    let used = context.rights.filter {
                        $0.kind == .lezDayPass && $0.status != .revoked && $0.plates.contains(plate) && context.clock.year(of: $0.validFrom) == year
                    }.count
                    if used + 1 > limit {
                        refuse(cityRule, "lez-day-passes-used", [plate.description, String(used), String(year), String(limit)], "\(plate) already has \(used) LEZ day pass(es) in \(year); at most \(limit) per calendar year")
                    }
                }
            case let .onlyAfterShopHours(streets, shopHours, kinds):
                guard kinds.contains(request.kind) else { continue }
                let street = TextFolding.fold(request.holder.address.street)
                guard streets.contains(where: { TextFolding.fold($0) == street }) else { continue }
                if request.timeRestrictions.isEmpty {
                    refuse(cityRule, "shop-hours-no-restriction", [request.holder.address.street], "in \(request.holder.address.street) this right may only be used after shop hours, and the request has no time restriction")
                } else if request.timeRestrictions.contains(where: { window in shopHours.contains { window.overlaps($0) } }) {
                    refuse(cityRule, "shop-hours-overlap", [request.holder.address.street], "in \(request.holder.address.street) this right may only be used after shop hours, and a requested window overlaps them")
                }
            case .plateChangeWindow:
                continue
            }
        }
        return out
    }

    /// Every rule that refuses a plate change, with its reason: the change window, and for a resident permit the
    /// categories excluded from it (a taxi cannot come in through a plate change).
    public func refusals(for change: PlateChangeRequest, in context: IssuingContext) -> [IssuingRefusal] {
        var out: [IssuingRefusal] = []
        func refuse(_ rule: CityRule, _ code: String, _ arguments: [String], _ reason: String) {
            out.append(IssuingRefusal(ruleID: rule.id, rule: rule.rule.name, code: code, arguments: arguments, reason: reason, legalBasis: rule.legalBasis))
        }
        if !change.right.plates.contains(change.oldPlate) {
            out.append(IssuingRefusal(ruleID: "-", rule: "plate-on-right", code: "plate-not-on-right", arguments: [change.oldPlate.description, change.right.id], reason: "\(change.oldPlate) is not a plate of right \(change.right.id)", legalBasis: change.right.legalBasis))
        }
        if change.right.status == .revoked {
            out.append(IssuingRefusal(ruleID: "-", rule: "right-status", code: "right-revoked", arguments: [change.right.id], reason: "right \(change.right.id) is revoked", legalBasis: change.right.legalBasis))
        }
        for cityRule in rules {
            switch cityRule.rule {
            case let .plateChangeWindow(hours):
                let elapsed = change.requestedAt.timeIntervalSince(change.plateInUseSince)
                if elapsed < 0 {
                    refuse(cityRule, "change-before-use", [], "the request comes before the new plate is in use")
                } else if elapsed > TimeInterval(hours) * 3600 {
                    let taken = Int(elapsed / 3600)
                    refuse(cityRule, "change-too-late", [String(taken), String(hours)], "the request comes \(taken) h after the new plate came into use; a change is allowed within \(hours) h")
                }
            case let .excludedFromResidentPermits(categories):
                guard change.right.kind == .residentPermit else { continue }
                guard let vehicle = context.vehicles[change.newPlate.key] else {
                    refuse(cityRule, "vehicle-unknown", [change.newPlate.description], "\(change.newPlate) is not a registered vehicle, so its category cannot be checked")
                    continue
                }
                if categories.contains(vehicle.category) {
                    refuse(cityRule, "category-excluded", [change.newPlate.description, vehicle.category.rawValue], "\(change.newPlate) is a \(vehicle.category.rawValue); \(vehicle.category.rawValue) vehicles get no resident permit")
                }
            default:
                continue
            }
        }
        return out
    }
}
