import Foundation

/// A personal data breach as art. 33.5 wants it documented: the facts, the effects and the remedial action, the
/// moment the city became aware of it (the 72-hour clock of art. 33.1 starts there), the risk, and what was decided:
/// notified to the authority (with the reasons when later than 72 hours), or not notified because the breach is
/// unlikely to result in a risk (with that reasoning); and, for a high risk, whether the data subjects were told
/// (art. 34) or which exception of art. 34.3 applies.
public struct BreachRecord: Codable, Equatable, Sendable {
    public enum Risk: String, Codable, Sendable, CaseIterable {
        /// Not yet assessed.
        case unknown
        /// Unlikely to result in a risk: no notification needed, the reasoning recorded.
        case unlikely
        /// A risk: notify the authority.
        case risk
        /// A high risk: notify the authority and tell the data subjects.
        case high
    }

    public enum Decision: String, Codable, Sendable, CaseIterable { case open, notified, notNotified }

    public var title: String
    public var facts: String
    public var effects: String
    public var remedialAction: String
    public var becameAwareAt: Date
    public var risk: Risk
    public var decision: Decision
    public var notifiedAt: Date?
    public var authorityReference: String
    /// Why the notification came after 72 hours (art. 33.1, second sentence).
    public var lateReason: String
    /// Why it was not notified: the reasoning that it is unlikely to result in a risk.
    public var notNotifiedReason: String
    public var subjectsInformedAt: Date?
    /// For a high risk not told to the data subjects: the art. 34.3 exception relied on.
    public var subjectsNotInformedReason: String

    public init(title: String, facts: String = "", effects: String = "", remedialAction: String = "", becameAwareAt: Date,
                risk: Risk = .unknown, decision: Decision = .open, notifiedAt: Date? = nil, authorityReference: String = "",
                lateReason: String = "", notNotifiedReason: String = "", subjectsInformedAt: Date? = nil, subjectsNotInformedReason: String = "") {
        self.title = title
        self.facts = facts
        self.effects = effects
        self.remedialAction = remedialAction
        self.becameAwareAt = becameAwareAt
        self.risk = risk
        self.decision = decision
        self.notifiedAt = notifiedAt
        self.authorityReference = authorityReference
        self.lateReason = lateReason
        self.notNotifiedReason = notNotifiedReason
        self.subjectsInformedAt = subjectsInformedAt
        self.subjectsNotInformedReason = subjectsNotInformedReason
    }
}

/// The 72-hour clock of art. 33.1. Hours are real elapsed hours: across the change to or from summer time the
/// deadline on a Brussels wall clock is 71 or 73 hours later by the clock's face, never 72 by it.
public enum BreachClock {
    public static let notificationHours = 72
    /// The reminders for an open breach: at 48 hours (a day left) and at 72 hours (late).
    public static let reminderHours = [48, 72]

    public static func deadline(_ becameAwareAt: Date) -> Date { becameAwareAt.addingTimeInterval(TimeInterval(notificationHours) * 3_600) }

    /// Whole hours since the city became aware (negative before).
    public static func hoursElapsed(since becameAwareAt: Date, now: Date) -> Int {
        Int((now.timeIntervalSince(becameAwareAt) / 3_600).rounded(.down))
    }

    /// Whole hours left before the deadline (0 or less when it passed).
    public static func hoursLeft(_ becameAwareAt: Date, now: Date) -> Int {
        Int((deadline(becameAwareAt).timeIntervalSince(now) / 3_600).rounded(.down))
    }

    public static func isLate(_ becameAwareAt: Date, at moment: Date) -> Bool { moment > deadline(becameAwareAt) }

    /// The reminder thresholds an open breach has passed at `now`; the highest is the one to send.
    public static func reminderDue(_ becameAwareAt: Date, now: Date) -> Int? {
        let elapsed = now.timeIntervalSince(becameAwareAt) / 3_600
        return reminderHours.last { elapsed >= Double($0) }
    }
}

public struct BreachProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Reason: String, Sendable, CaseIterable {
        case titleMissing, factsMissing, awareInFuture, notifiedBeforeAware, notifiedAtMissing, lateWithoutReason, notNotifiedWithoutReason,
             notNotifiedButRisk, highRiskSubjectsUndecided, tooLong
    }

    public let field: String
    public let reason: Reason

    public init(_ field: String, _ reason: Reason) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason.rawValue)" }
}

public enum BreachValidation {
    public static func problems(_ breach: BreachRecord, now: Date) -> [BreachProblem] {
        var problems: [BreachProblem] = []
        func blank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if blank(breach.title) { problems.append(.init("title", .titleMissing)) }
        if blank(breach.facts) { problems.append(.init("facts", .factsMissing)) }
        if breach.becameAwareAt > now.addingTimeInterval(300) { problems.append(.init("becameAwareAt", .awareInFuture)) }
        for (field, text) in [("title", breach.title), ("facts", breach.facts), ("effects", breach.effects), ("remedialAction", breach.remedialAction),
                              ("lateReason", breach.lateReason), ("notNotifiedReason", breach.notNotifiedReason)] where text.count > 8_000 {
            problems.append(.init(field, .tooLong))
        }
        switch breach.decision {
        case .open: break
        case .notified:
            guard let at = breach.notifiedAt else {
                problems.append(.init("notifiedAt", .notifiedAtMissing))
                break
            }
            if at < breach.becameAwareAt { problems.append(.init("notifiedAt", .notifiedBeforeAware)) }
            if BreachClock.isLate(breach.becameAwareAt, at: at) && blank(breach.lateReason) { problems.append(.init("lateReason", .lateWithoutReason)) }
        case .notNotified:
            if breach.risk == .risk || breach.risk == .high { problems.append(.init("risk", .notNotifiedButRisk)) }
            if blank(breach.notNotifiedReason) { problems.append(.init("notNotifiedReason", .notNotifiedWithoutReason)) }
        }
        if breach.risk == .high && breach.decision != .open && breach.subjectsInformedAt == nil && blank(breach.subjectsNotInformedReason) {
            problems.append(.init("subjectsNotInformedReason", .highRiskSubjectsUndecided))
        }
        return problems
    }
}
