import Foundation

/// A calendar day, for the deadlines of data subject requests (a day, not an instant: "within one month of receipt").
public struct RegisterDay: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day that exists (2024-02-29 yes, 2025-02-29 no).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2026-01-31".
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day an instant falls on in a time zone (Brussels for the cities).
    public init(_ date: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    public static func < (lhs: RegisterDay, rhs: RegisterDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day `months` months later; a day the later month lacks becomes its last day (31 January → 28 or 29
    /// February).
    public func adding(months: Int) -> RegisterDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return RegisterDay(year: newYear, month: newMonth, day: min(day, Self.days(inMonth: newMonth, year: newYear)))!
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func days(until other: RegisterDay) -> Int { other.dayNumber - dayNumber }
}

/// The rights a data subject exercises in a request.
public enum SubjectRequestKind: String, Codable, Sendable, CaseIterable {
    case access, rectification, erasure, restriction, portability, objection

    /// The article of the GDPR that grants it.
    public var article: String {
        switch self {
        case .access: "art. 15"
        case .rectification: "art. 16"
        case .erasure: "art. 17"
        case .restriction: "art. 18"
        case .portability: "art. 20"
        case .objection: "art. 21"
        }
    }
}

/// Where a request stands. The clock does not stop while the identity is checked (see `SubjectRequestDeadline`).
public enum SubjectRequestStatus: String, Codable, Sendable, CaseIterable {
    case received, identityCheck, inProgress, completed, refused, withdrawn

    public var isOpen: Bool { self == .received || self == .identityCheck || self == .inProgress }
}

/// Why an extension is refused.
public enum ExtensionProblem: String, Error, Equatable, Sendable {
    case alreadyExtended, reasonMissing, afterFirstMonth, closed
}

/// The deadline of art. 12.3: one month from receipt, extendable once by two further months when the request is
/// complex or there are many, provided the requester is told — with the reasons — within the first month.
///
/// Our reading, stated once here: a month runs to the same day of the next month, or that month's last day when it is
/// shorter (31 January → 28 or 29 February); the extension adds two months to that day, counted from receipt
/// (31 January → 30 April). The clock runs from receipt even while the identity is checked: the city asks for proof
/// at once and keeps the original deadline, which is never later than the law allows.
public struct SubjectRequestDeadline: Equatable, Sendable {
    public let received: RegisterDay
    public private(set) var extendedOn: RegisterDay?
    public private(set) var extensionReason: String?

    public init(received: RegisterDay, extendedOn: RegisterDay? = nil, extensionReason: String? = nil) {
        self.received = received
        self.extendedOn = extendedOn
        self.extensionReason = extensionReason
    }

    public var firstDeadline: RegisterDay { received.adding(months: 1) }
    public var isExtended: Bool { extendedOn != nil }
    public var deadline: RegisterDay { isExtended ? received.adding(months: 3) : firstDeadline }

    /// Extends the deadline on `day` (the day the requester is told) for `reason`.
    public mutating func extend(on day: RegisterDay, reason: String, status: SubjectRequestStatus = .inProgress) throws(ExtensionProblem) {
        guard status.isOpen else { throw .closed }
        guard !isExtended else { throw .alreadyExtended }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .reasonMissing }
        guard day <= firstDeadline else { throw .afterFirstMonth }
        extendedOn = day
        extensionReason = reason
    }

    /// Days left until the deadline (0 on the day itself, negative when overdue).
    public func daysLeft(on today: RegisterDay) -> Int { today.days(until: deadline) }
}

/// The reminders for an open request: a week before, the day before and once overdue. Each is sent once; when the
/// command runs late, only the most urgent one reached is sent.
public enum RequestReminder: String, Sendable, CaseIterable, Comparable {
    case weekBefore, dayBefore, overdue

    public static func < (lhs: RequestReminder, rhs: RequestReminder) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The most urgent reminder reached on `today`, or nil when none is due yet.
    public static func due(deadline: RegisterDay, today: RegisterDay) -> RequestReminder? {
        let left = today.days(until: deadline)
        if left < 0 { return .overdue }
        if left <= 1 { return .dayBefore }
        if left <= 7 { return .weekBefore }
        return nil
    }
}
