import DienstenDomain
import Foundation
import Testing

/// The deadlines of data subject requests (art. 12.3) and the 72-hour clock of breaches (art. 33.1), with dates
/// worked by hand.
@Suite("Verwerkingen: deadlines")
struct VerwerkingenDeadlineTests {
    static func day(_ text: String) -> RegisterDay { RegisterDay(text)! }

    @Test func oneMonthIsTheSameDayNextMonthClampedToTheMonthsLastDay() {
        #expect(SubjectRequestDeadline(received: Self.day("2026-03-15")).deadline == Self.day("2026-04-15"))
        // 31 January → 28 February (2026 is no leap year), 29 February in a leap year.
        #expect(SubjectRequestDeadline(received: Self.day("2026-01-31")).deadline == Self.day("2026-02-28"))
        #expect(SubjectRequestDeadline(received: Self.day("2028-01-31")).deadline == Self.day("2028-02-29"))
        // 31 March → 30 April; 15 December → 15 January of the next year.
        #expect(SubjectRequestDeadline(received: Self.day("2026-03-31")).deadline == Self.day("2026-04-30"))
        #expect(SubjectRequestDeadline(received: Self.day("2026-12-15")).deadline == Self.day("2027-01-15"))
    }

    @Test func theExtensionAddsTwoMonthsOnceWithAReasonWithinTheFirstMonth() throws {
        var deadline = SubjectRequestDeadline(received: Self.day("2026-01-31"))
        #expect(throws: ExtensionProblem.reasonMissing) { try deadline.extend(on: Self.day("2026-02-10"), reason: "  ") }
        #expect(throws: ExtensionProblem.afterFirstMonth) { try deadline.extend(on: Self.day("2026-03-01"), reason: "complex") }
        #expect(throws: ExtensionProblem.closed) { try deadline.extend(on: Self.day("2026-02-10"), reason: "complex", status: .completed) }
        try deadline.extend(on: Self.day("2026-02-28"), reason: "Veel dossiers over tien jaar")
        // 31 January + 3 months = 30 April (counted from receipt, clamped).
        #expect(deadline.deadline == Self.day("2026-04-30"))
        #expect(deadline.firstDeadline == Self.day("2026-02-28"))
        #expect(throws: ExtensionProblem.alreadyExtended) { try deadline.extend(on: Self.day("2026-02-20"), reason: "nog eens") }
    }

    @Test func daysLeftAndRemindersAWeekBeforeTheDayBeforeAndOverdue() {
        let deadline = Self.day("2026-02-28")
        #expect(RequestReminder.due(deadline: deadline, today: Self.day("2026-02-20")) == nil)
        #expect(RequestReminder.due(deadline: deadline, today: Self.day("2026-02-21")) == .weekBefore)
        #expect(RequestReminder.due(deadline: deadline, today: Self.day("2026-02-27")) == .dayBefore)
        #expect(RequestReminder.due(deadline: deadline, today: Self.day("2026-02-28")) == .dayBefore)
        #expect(RequestReminder.due(deadline: deadline, today: Self.day("2026-03-01")) == .overdue)
        #expect(SubjectRequestDeadline(received: Self.day("2026-01-31")).daysLeft(on: Self.day("2026-03-02")) == -2)
        #expect(Self.day("2024-02-28").days(until: Self.day("2024-03-01")) == 2)
        #expect(RegisterDay("2026-02-29") == nil && RegisterDay("2026-2-1") == nil)
    }

    static let brussels = TimeZone(identifier: "Europe/Brussels")!

    static func brusselsTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = brussels
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    static func wallClock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = brussels
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    @Test func seventyTwoHoursAcrossTheChangeToSummerTimeEndOneHourLaterOnTheWallClock() {
        // Aware on Saturday 28 March 2026 10:00 CET; clocks go forward on Sunday 29 March at 02:00.
        let aware = Self.brusselsTime(2026, 3, 28, 10)
        #expect(Self.wallClock(BreachClock.deadline(aware)) == "2026-03-31 11:00")
        #expect(BreachClock.hoursLeft(aware, now: Self.brusselsTime(2026, 3, 31, 10)) == 1)
        #expect(!BreachClock.isLate(aware, at: Self.brusselsTime(2026, 3, 31, 11)))
        #expect(BreachClock.isLate(aware, at: Self.brusselsTime(2026, 3, 31, 11).addingTimeInterval(1)))
    }

    @Test func seventyTwoHoursAcrossTheEndOfSummerTimeEndOneHourEarlierOnTheWallClock() {
        // Aware on Saturday 24 October 2026 10:00 CEST; clocks go back on Sunday 25 October at 03:00.
        let aware = Self.brusselsTime(2026, 10, 24, 10)
        #expect(Self.wallClock(BreachClock.deadline(aware)) == "2026-10-27 09:00")
        #expect(BreachClock.hoursElapsed(since: aware, now: Self.brusselsTime(2026, 10, 26, 10)) == 49)
        #expect(BreachClock.reminderDue(aware, now: Self.brusselsTime(2026, 10, 26, 9)) == 48)
        #expect(BreachClock.reminderDue(aware, now: Self.brusselsTime(2026, 10, 26, 8)) == nil)
        #expect(BreachClock.reminderDue(aware, now: Self.brusselsTime(2026, 10, 27, 9)) == 72)
    }

    @Test func breachDecisionsNeedTheirReasons() {
        let aware = Self.brusselsTime(2026, 3, 28, 10)
        let now = Self.brusselsTime(2026, 4, 10, 10)
        var breach = BreachRecord(title: "Mail naar verkeerde ontvanger", facts: "Een lijst met 40 adressen ging naar een burger.",
                                  becameAwareAt: aware, risk: .risk, decision: .notified, notifiedAt: Self.brusselsTime(2026, 4, 1, 9))
        #expect(BreachValidation.problems(breach, now: now) == [BreachProblem("lateReason", .lateWithoutReason)])
        breach.lateReason = "De omvang was pas op 1 april bekend."
        #expect(BreachValidation.problems(breach, now: now).isEmpty)
        // Not notifying a breach that carries a risk is refused; with an unlikely risk and the reasoning it stands.
        breach.decision = .notNotified
        #expect(BreachValidation.problems(breach, now: now) == [BreachProblem("risk", .notNotifiedButRisk),
                                                                BreachProblem("notNotifiedReason", .notNotifiedWithoutReason)])
        breach.risk = .unlikely
        breach.notNotifiedReason = "Versleuteld bestand, sleutel niet gelekt."
        #expect(BreachValidation.problems(breach, now: now).isEmpty)
        // A high risk needs the data subjects told, or the art. 34.3 exception.
        breach.risk = .high
        breach.decision = .notified
        #expect(BreachValidation.problems(breach, now: now) == [BreachProblem("subjectsNotInformedReason", .highRiskSubjectsUndecided)])
        breach.subjectsInformedAt = now
        #expect(BreachValidation.problems(breach, now: now).isEmpty)
    }
}
