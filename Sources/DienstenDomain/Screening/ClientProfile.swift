import Foundation

/// A calendar day (no time, no time zone), written as "YYYY-MM-DD".
public struct CalendarDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...CalendarDay.days(year, month)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2026-03-01"; nil for anything else (also "2026-02-30").
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day of `date` in Brussels.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Brussels") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    static func days(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Full years from `self` (a birth date) to `day`.
    public func years(until day: CalendarDay) -> Int {
        var age = day.year - year
        if (day.month, day.day) < (month, self.day) { age -= 1 }
        return age
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date YYYY-MM-DD: '\(text)'"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// What a social worker knows of a client. Every field is optional: nil means "not known", and a rule on an unknown
/// field gives "unknown", never an assumed answer. Statuses are answered one by one: in `statuses` (yes), in
/// `absentStatuses` (no) or in neither (unknown).
public struct ClientProfile: Codable, Sendable, Hashable {
    public var age: Int?
    public var birthDate: CalendarDay?
    public var household: HouseholdType?
    public var children: Int?
    public var childrenUnder18: Int?
    public var childrenInSchool: Int?
    public var childrenInHigherEducation: Int?
    /// The five-digit NIS code of the municipality the client lives in.
    public var municipality: String?
    /// Net monthly income of the household, in euro.
    public var monthlyNetIncome: Double?
    /// Yearly taxable income of the household, in euro.
    public var yearlyTaxableIncome: Double?
    /// Savings and property besides the home, in euro.
    public var assets: Double?
    public var statuses: Set<ClientStatus>
    public var absentStatuses: Set<ClientStatus>

    public init(
        age: Int? = nil, birthDate: CalendarDay? = nil, household: HouseholdType? = nil, children: Int? = nil,
        childrenUnder18: Int? = nil, childrenInSchool: Int? = nil, childrenInHigherEducation: Int? = nil,
        municipality: String? = nil, monthlyNetIncome: Double? = nil, yearlyTaxableIncome: Double? = nil, assets: Double? = nil,
        statuses: Set<ClientStatus> = [], absentStatuses: Set<ClientStatus> = []
    ) {
        self.age = age
        self.birthDate = birthDate
        self.household = household
        self.children = children
        self.childrenUnder18 = childrenUnder18
        self.childrenInSchool = childrenInSchool
        self.childrenInHigherEducation = childrenInHigherEducation
        self.municipality = municipality
        self.monthlyNetIncome = monthlyNetIncome
        self.yearlyTaxableIncome = yearlyTaxableIncome
        self.assets = assets
        self.statuses = statuses
        self.absentStatuses = absentStatuses
    }

    enum CodingKeys: String, CodingKey {
        case age, birthDate, household, children, childrenUnder18, childrenInSchool, childrenInHigherEducation, municipality,
            monthlyNetIncome, yearlyTaxableIncome, assets, statuses, absentStatuses
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        age = try c.decodeIfPresent(Int.self, forKey: .age)
        birthDate = try c.decodeIfPresent(CalendarDay.self, forKey: .birthDate)
        household = try c.decodeIfPresent(HouseholdType.self, forKey: .household)
        children = try c.decodeIfPresent(Int.self, forKey: .children)
        childrenUnder18 = try c.decodeIfPresent(Int.self, forKey: .childrenUnder18)
        childrenInSchool = try c.decodeIfPresent(Int.self, forKey: .childrenInSchool)
        childrenInHigherEducation = try c.decodeIfPresent(Int.self, forKey: .childrenInHigherEducation)
        municipality = try c.decodeIfPresent(String.self, forKey: .municipality)
        monthlyNetIncome = try c.decodeIfPresent(Double.self, forKey: .monthlyNetIncome)
        yearlyTaxableIncome = try c.decodeIfPresent(Double.self, forKey: .yearlyTaxableIncome)
        assets = try c.decodeIfPresent(Double.self, forKey: .assets)
        statuses = Set(try c.decodeIfPresent([ClientStatus].self, forKey: .statuses) ?? [])
        absentStatuses = Set(try c.decodeIfPresent([ClientStatus].self, forKey: .absentStatuses) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(age, forKey: .age)
        try c.encodeIfPresent(birthDate, forKey: .birthDate)
        try c.encodeIfPresent(household, forKey: .household)
        try c.encodeIfPresent(children, forKey: .children)
        try c.encodeIfPresent(childrenUnder18, forKey: .childrenUnder18)
        try c.encodeIfPresent(childrenInSchool, forKey: .childrenInSchool)
        try c.encodeIfPresent(childrenInHigherEducation, forKey: .childrenInHigherEducation)
        try c.encodeIfPresent(municipality, forKey: .municipality)
        try c.encodeIfPresent(monthlyNetIncome, forKey: .monthlyNetIncome)
        try c.encodeIfPresent(yearlyTaxableIncome, forKey: .yearlyTaxableIncome)
        try c.encodeIfPresent(assets, forKey: .assets)
        if !statuses.isEmpty { try c.encode(statuses.sorted(), forKey: .statuses) }
        if !absentStatuses.isEmpty { try c.encode(absentStatuses.sorted(), forKey: .absentStatuses) }
    }

    /// Yes (true), no (false) or unknown (nil) for a status.
    public func has(_ status: ClientStatus) -> Bool? {
        if statuses.contains(status) { return true }
        if absentStatuses.contains(status) { return false }
        return nil
    }

    /// The age on `day`: from the birth date when there is one, else the age as given.
    public func age(on day: CalendarDay) -> Int? {
        if let birthDate { return birthDate.years(until: day) }
        return age
    }

    /// The value of a field on `day`, nil when unknown.
    public func value(_ field: ProfileField, on day: CalendarDay) -> RuleValue? {
        switch field {
        case .age: age(on: day).map { .number(Double($0)) }
        case .household: household.map { .code($0.rawValue) }
        case .children: children.map { .number(Double($0)) }
        case .childrenUnder18: childrenUnder18.map { .number(Double($0)) }
        case .childrenInSchool: childrenInSchool.map { .number(Double($0)) }
        case .childrenInHigherEducation: childrenInHigherEducation.map { .number(Double($0)) }
        case .municipality: municipality.map { .code($0) }
        case .region: municipality.flatMap(Region.init(nis:)).map { .code($0.rawValue) }
        case .monthlyNetIncome: monthlyNetIncome.map(RuleValue.number)
        case .yearlyTaxableIncome: yearlyTaxableIncome.map(RuleValue.number)
        case .assets: assets.map(RuleValue.number)
        }
    }

    /// Whether nothing at all is known.
    public var isEmpty: Bool { self == ClientProfile() }

    /// What does not fit together or cannot be true, per field; empty when the profile is consistent.
    public func problems(on day: CalendarDay) -> [ProfileProblem] {
        var problems: [ProfileProblem] = []
        if let age, !(0...120).contains(age) { problems.append(.init(field: "age", issue: .outOfRange)) }
        if let birthDate {
            if birthDate > day || birthDate.years(until: day) > 120 { problems.append(.init(field: "birthDate", issue: .outOfRange)) }
            else if let age, birthDate.years(until: day) != age { problems.append(.init(field: "age", issue: .ageDiffersFromBirthDate)) }
        }
        let counts: [(String, Int?)] = [
            ("children", children), ("childrenUnder18", childrenUnder18), ("childrenInSchool", childrenInSchool),
            ("childrenInHigherEducation", childrenInHigherEducation),
        ]
        for (name, count) in counts where count.map({ !(0...30).contains($0) }) ?? false {
            problems.append(.init(field: name, issue: .outOfRange))
        }
        if let children {
            for (name, count) in counts.dropFirst() where (count ?? 0) > children && (0...30).contains(count ?? 0) {
                problems.append(.init(field: name, issue: .moreThanChildren))
            }
        }
        if let municipality, Region(nis: municipality) == nil { problems.append(.init(field: "municipality", issue: .notANISCode)) }
        let amounts: [(String, Double?)] = [("monthlyNetIncome", monthlyNetIncome), ("yearlyTaxableIncome", yearlyTaxableIncome), ("assets", assets)]
        for (name, amount) in amounts where amount.map({ !$0.isFinite || $0 < 0 || $0 > 100_000_000 }) ?? false {
            problems.append(.init(field: name, issue: .outOfRange))
        }
        for status in statuses.intersection(absentStatuses).sorted() {
            problems.append(.init(field: "status.\(status.rawValue)", issue: .bothYesAndNo))
        }
        return problems
    }
}

/// Something wrong with one field of a profile.
public struct ProfileProblem: Sendable, Hashable {
    public enum Issue: String, Sendable, Hashable {
        case outOfRange, ageDiffersFromBirthDate, moreThanChildren, notANISCode, bothYesAndNo
    }

    public var field: String
    public var issue: Issue

    public init(field: String, issue: Issue) {
        self.field = field
        self.issue = issue
    }
}
