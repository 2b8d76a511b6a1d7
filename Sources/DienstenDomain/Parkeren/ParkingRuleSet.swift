import Foundation

/// A problem in a city's rule set, located by file and JSON path (e.g. `rules[2].limit`, indices from 0).
public struct ParkingRuleSetError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let path: String
    public let reason: String

    public init(file: String, path: String, _ reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(file), \(path.isEmpty ? "(file)" : path): \(reason)" }
}

/// One issuing rule of a city, as data. Each carries an id (to name it in a refusal) and its legal basis.
public enum IssuingRule: Hashable, Sendable {
    /// At most `limit` resident permits valid at the same time for one housing unit.
    case residentPermitsPerHousingUnit(limit: Int)
    /// No resident permit for vehicles of these categories (taxis).
    case excludedFromResidentPermits(categories: Set<VehicleCategory>)
    /// A right's plate may be changed only within `hours` of the moment the new plate came into use.
    case plateChangeWindow(hours: Int)
    /// At most `limit` LEZ day passes per plate per calendar year (Brussels time).
    case lezDayPassesPerYear(limit: Int)
    /// For holders living in one of `streets`, rights of `kinds` may only be used outside `shopHours`: the right must
    /// carry time restrictions, none of which overlaps the shop hours.
    case onlyAfterShopHours(streets: [String], shopHours: [WeeklyWindow], kinds: Set<RightKind>)

    /// The rule's name in the rule file.
    public var name: String {
        switch self {
        case .residentPermitsPerHousingUnit: "resident-permits-per-housing-unit"
        case .excludedFromResidentPermits: "excluded-from-resident-permits"
        case .plateChangeWindow: "plate-change-window"
        case .lezDayPassesPerYear: "lez-day-passes-per-year"
        case .onlyAfterShopHours: "only-after-shop-hours"
        }
    }
}

/// A rule as a city states it: its id, the rule and the text of its legal basis.
public struct CityRule: Hashable, Sendable {
    public let id: String
    public let rule: IssuingRule
    public let legalBasis: String

    public init(id: String, rule: IssuingRule, legalBasis: String) {
        self.id = id
        self.rule = rule
        self.legalBasis = legalBasis
    }
}

/// The issuing rules of one city. Read it with `ParkingRuleSet.parse(_:file:)`, which reports every problem at
/// its path; the JSON looks like
/// `{"city": "antwerpen", "rules": [{"id": "r1", "rule": "resident-permits-per-housing-unit", "limit": 2, "legalBasis": "…"}]}`.
public struct ParkingRuleSet: Hashable, Sendable, Codable {
    public let city: String
    public let rules: [CityRule]

    public init(city: String, rules: [CityRule]) {
        self.city = city
        self.rules = rules
    }

    /// Decodes and checks a rule file: JSON errors, missing or mistyped fields, unknown rules, non-positive limits,
    /// duplicate ids, empty legal bases and bad windows all come back as one `ParkingRuleSetError` with its path.
    public static func parse(_ data: Data, file: String) throws(ParkingRuleSetError) -> ParkingRuleSet {
        do {
            return try JSONDecoder().decode(ParkingRuleSet.self, from: data)
        } catch let error as DecodingError {
            throw located(error, file: file)
        } catch {
            throw ParkingRuleSetError(file: file, path: "", "not readable: \(error)")
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    static func located(_ error: DecodingError, file: String) -> ParkingRuleSetError {
        switch error {
        case let .keyNotFound(key, context):
            return ParkingRuleSetError(file: file, path: path(context.codingPath + [key]), "missing")
        case let .typeMismatch(type, context):
            return ParkingRuleSetError(file: file, path: path(context.codingPath), "expected \(typeName(type))")
        case let .valueNotFound(type, context):
            return ParkingRuleSetError(file: file, path: path(context.codingPath), "expected \(typeName(type)), found null")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return ParkingRuleSetError(file: file, path: "", "not valid JSON") }
            return ParkingRuleSetError(file: file, path: path(context.codingPath), context.debugDescription)
        @unknown default:
            return ParkingRuleSetError(file: file, path: "", "not readable")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a text"
        case is Int.Type: "a whole number"
        case is [Any].Type: "a list"
        default: "\(type)"
        }
    }

    enum CodingKeys: String, CodingKey { case city, rules }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        city = try container.decode(String.self, forKey: .city)
        if city.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .city, in: container, debugDescription: "the city is empty")
        }
        var list = try container.nestedUnkeyedContainer(forKey: .rules)
        var rules: [CityRule] = []
        while !list.isAtEnd {
            let index = list.currentIndex
            let rule = try list.decode(CityRule.self)
            if rules.contains(where: { $0.id == rule.id }) {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: container.codingPath + [CodingKeys.rules, IndexKey(index), CityRule.CodingKeys.id],
                    debugDescription: "the id \"\(rule.id)\" is used twice"))
            }
            rules.append(rule)
        }
        self.rules = rules
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(city, forKey: .city)
        try container.encode(rules, forKey: .rules)
    }
}

struct IndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String
    init(_ index: Int) { intValue = index; stringValue = "\(index)" }
    init?(intValue: Int) { self.init(intValue) }
    init?(stringValue: String) { nil }
}

extension CityRule: Codable {
    enum CodingKeys: String, CodingKey { case id, rule, legalBasis, limit, categories, hours, streets, shopHours, kinds }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "the id is empty")
        }
        legalBasis = try c.decode(String.self, forKey: .legalBasis)
        if legalBasis.trimmingCharacters(in: .whitespaces).isEmpty {
            throw DecodingError.dataCorruptedError(forKey: .legalBasis, in: c, debugDescription: "the legal basis is empty")
        }
        func positive(_ key: CodingKeys) throws -> Int {
            let value = try c.decode(Int.self, forKey: key)
            guard value > 0 else { throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(value) is not a positive number") }
            return value
        }
        func enumList<T: RawRepresentable & CaseIterable>(_ key: CodingKeys, _: T.Type) throws -> [T] where T.RawValue == String {
            let texts = try c.decode([String].self, forKey: key)
            if texts.isEmpty { throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "the list is empty") }
            return try texts.map { text in
                guard let value = T(rawValue: text) else {
                    let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
                    throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\"\(text)\" is not one of \(allowed)")
                }
                return value
            }
        }
        let name = try c.decode(String.self, forKey: .rule)
        switch name {
        case "resident-permits-per-housing-unit": rule = .residentPermitsPerHousingUnit(limit: try positive(.limit))
        case "excluded-from-resident-permits": rule = .excludedFromResidentPermits(categories: Set(try enumList(.categories, VehicleCategory.self)))
        case "plate-change-window": rule = .plateChangeWindow(hours: try positive(.hours))
        case "lez-day-passes-per-year": rule = .lezDayPassesPerYear(limit: try positive(.limit))
        case "only-after-shop-hours":
            let streets = try c.decode([String].self, forKey: .streets)
            if streets.isEmpty || streets.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw DecodingError.dataCorruptedError(forKey: .streets, in: c, debugDescription: "a non-empty list of street names is needed")
            }
            let hours = try c.decode([WeeklyWindow].self, forKey: .shopHours)
            if hours.isEmpty { throw DecodingError.dataCorruptedError(forKey: .shopHours, in: c, debugDescription: "the shop hours are empty") }
            let kinds = Set(try enumList(.kinds, RightKind.self))
            rule = .onlyAfterShopHours(streets: streets, shopHours: hours, kinds: kinds)
        default:
            throw DecodingError.dataCorruptedError(forKey: .rule, in: c, debugDescription: "\"\(name)\" is not a known rule")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(rule.name, forKey: .rule)
        try c.encode(legalBasis, forKey: .legalBasis)
        switch rule {
        case let .residentPermitsPerHousingUnit(limit), let .lezDayPassesPerYear(limit): try c.encode(limit, forKey: .limit)
        case let .excludedFromResidentPermits(categories): try c.encode(categories.map(\.rawValue).sorted(), forKey: .categories)
        case let .plateChangeWindow(hours): try c.encode(hours, forKey: .hours)
        case let .onlyAfterShopHours(streets, shopHours, kinds):
            try c.encode(streets, forKey: .streets)
            try c.encode(shopHours, forKey: .shopHours)
            try c.encode(kinds.map(\.rawValue).sorted(), forKey: .kinds)
        }
    }
}
