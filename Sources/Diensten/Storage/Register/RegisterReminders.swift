import DienstenDomain
import Fluent
import Foundation
import Platform
import SQLKit

/// The reminders to each organisation's DPO: per open request a week before its deadline, the day before and once
/// overdue; per open breach at 48 and at 72 hours. Each (subject, threshold) is queued once: recorded in
/// `register_reminders` in the same transaction as the mail, so a second run sends nothing new. Organisations without
/// a DPO contact get none (the run reports them).
struct RegisterReminders {
    let database: any Database

    struct Outcome: Equatable, Sendable {
        var queued = 0
        var alreadySent = 0
        var withoutDPO: Set<Int> = []
    }

    func run(now: Date = Date(), baseURL: String = "") async throws -> Outcome {
        var outcome = Outcome()
        let today = RegisterDay(now, in: RegisterWords.brussels)
        let settings = RegisterSettingsStore(database: database)
        for request in try await RegisterRequestStore(database: database).open() {
            guard let threshold = RequestReminder.due(deadline: request.deadline.deadline, today: today) else { continue }
            guard let dpo = try await settings.dpo(organisationID: request.organisationID), let address = try? MailAddress(dpo.email) else {
                outcome.withoutDPO.insert(request.organisationID)
                continue
            }
            let left = request.deadline.daysLeft(on: today)
            let when = left < 0 ? "is \(-left) dag(en) over tijd" : left == 0 ? "verloopt vandaag" : "verloopt over \(left) dag(en)"
            let text = """
                Beste \(dpo.name),

                Het verzoek \(request.reference) (\(request.kind.article), ontvangen op \(request.deadline.received)) \(when): \
                de termijn is \(request.deadline.deadline)\(request.deadline.isExtended ? " (verlengd)" : "").

                \(baseURL)\(RegisterPath.request(request.id).path)

                Deze herinnering komt uit het verwerkingsregister van Stadsbeeld.
                """
            let mail = OutgoingMail(module: "register", to: [address], subject: "Herinnering: verzoek \(request.reference) \(when)", text: text,
                                    key: "register-request-\(request.id)-\(threshold.rawValue)-\(request.deadline.deadline)")
            if try await queue(mail, subject: "request", id: request.id, threshold: "\(threshold.rawValue)-\(request.deadline.deadline)", now: now) {
                outcome.queued += 1
            } else {
                outcome.alreadySent += 1
            }
        }
        for breach in try await RegisterBreachStore(database: database).open() {
            guard let hours = BreachClock.reminderDue(breach.record.becameAwareAt, now: now) else { continue }
            guard let dpo = try await settings.dpo(organisationID: breach.organisationID), let address = try? MailAddress(dpo.email) else {
                outcome.withoutDPO.insert(breach.organisationID)
                continue
            }
            let w = RegisterWords(.nl)
            let deadline = w.moment(BreachClock.deadline(breach.record.becameAwareAt))
            let state = hours >= BreachClock.notificationHours ? "de 72 uur zijn voorbij (termijn \(deadline)): meld het lek nu en noteer waarom het later is"
                : "nog geen beslissing na \(hours) uur: melden of niet, vóór \(deadline) (Brusselse tijd)"
            let text = """
                Beste \(dpo.name),

                Datalek ‘\(breach.record.title)’, vastgesteld op \(w.moment(breach.record.becameAwareAt)): \(state).

                \(baseURL)\(RegisterPath.breach(breach.id).path)

                Deze herinnering komt uit het verwerkingsregister van Stadsbeeld.
                """
            let mail = OutgoingMail(module: "register", to: [address], subject: "Datalek ‘\(breach.record.title)’: \(hours) uur", text: text,
                                    key: "register-breach-\(breach.id)-\(hours)h")
            if try await queue(mail, subject: "breach", id: breach.id, threshold: "\(hours)h", now: now) {
                outcome.queued += 1
            } else {
                outcome.alreadySent += 1
            }
        }
        return outcome
    }

    /// Records the reminder and queues its mail together; false when it was recorded before.
    private func queue(_ mail: OutgoingMail, subject: String, id: Int, threshold: String, now: Date) async throws -> Bool {
        try await database.transaction { db in
            let seen = try await db.sql.select().column("id").from("register_reminders").where("subject", .equal, SQLBind(subject))
                .where("subject_id", .equal, SQLBind(id)).where("threshold", .equal, SQLBind(threshold)).first()
            guard seen == nil else { return false }
            try await db.sql.insert(into: "register_reminders").columns("subject", "subject_id", "threshold", "queued_at")
                .values(SQLBind(subject), SQLBind(id), SQLBind(threshold), SQLBind(now)).run()
            try await MailOutbox.enqueue(mail, on: db, now: now)
            return true
        }
    }
}
