import AccessDomain
import Fluent
import Foundation
import Platform
import PlannenDomain

/// Who has not yet reported on which of their items in an open period, and the one digest mail per owner that says
/// so. Owners are the accounts linked to an item as `eigenaar`; the domain's rule (`Reminders.digests`) decides which
/// items still need an update (not updated in the period, not finished).
enum PlanReminders {
    /// One owner's items without an update in the period.
    struct Owner: Sendable {
        let owner: PlanOwner
        /// A disabled account gets no mail: its items are said on the page and skipped.
        let disabled: Bool
        let items: [ReminderDigest.Entry]
    }

    /// The owners with items still to update, by name; owners who are up to date are left out.
    static func owners(_ followUp: PlanFollowUp, period: String, disabled: Set<Int>) -> [Owner] {
        let tree = followUp.current.tree
        let updates = followUp.updates.map(\.update)
        let ownerIDs = Set(followUp.links.filter { $0.kind == .eigenaar }.compactMap { Int($0.target) })
        return ownerIDs.compactMap { id -> Owner? in
            guard let owner = followUp.owners[id] else { return nil }
            let key = String(id)
            let digest = Reminders.digests(
                tree: tree, updates: updates, periodCode: period, levels: Set(PlanLevel.allCases),
                owner: { item in followUp.links(of: item.code, .eigenaar).contains(key) ? key : nil }).first
            guard let digest, !digest.items.isEmpty else { return nil }
            return Owner(owner: owner, disabled: disabled.contains(id), items: digest.items)
        }
        .sorted { ($0.owner.name.lowercased(), $0.owner.id) < ($1.owner.name.lowercased(), $1.owner.id) }
    }

    /// The owners of the plan whose account is disabled.
    static func disabledOwners(_ followUp: PlanFollowUp, database: any Database) async throws -> Set<Int> {
        let ids = Set(followUp.owners.keys)
        guard !ids.isEmpty else { return [] }
        return Set(try await AccountService(database: database).users()
            .filter { $0.isDisabled }.compactMap(\.id).filter(ids.contains))
    }

    /// What `queue` did.
    struct Outcome: Sendable, Equatable {
        /// New messages in the outbox.
        var queued = 0
        /// Owners whose message of today was queued before (the outbox keeps one per key).
        var alreadyQueued = 0
        /// Owners skipped because their account is disabled.
        var disabled = 0
        /// Owners skipped because their address cannot take mail.
        var unreachable = 0
    }

    /// Queues one digest per owner in the mail outbox, together with one audit entry, in one transaction.
    static func queue(_ owners: [Owner], followUp: PlanFollowUp, period: StoredPeriod, baseURL: String, today: PlanDate,
                      database: any Database, actor: AuditActor) async throws -> Outcome {
        var outcome = Outcome()
        var mails: [OutgoingMail] = []
        for owner in owners {
            if owner.disabled {
                outcome.disabled += 1
                continue
            }
            guard let mail = mail(owner, followUp: followUp, period: period, baseURL: baseURL, today: today) else {
                outcome.unreachable += 1
                continue
            }
            mails.append(mail)
        }
        let plan = followUp.plan
        let counted = outcome
        let messages = mails
        return try await database.transaction { db in
            var result = counted
            var recipients: [String] = []
            for mail in messages {
                if try await MailOutbox.enqueue(mail, on: db) {
                    result.queued += 1
                    recipients += mail.to.map(\.value)
                } else {
                    result.alreadyQueued += 1
                }
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: PlanService.module, action: .create, entityType: "herinnering",
                entityID: "\(plan.organisation.code)/\(plan.code)/\(period.code)",
                summary: "\(result.queued) herinnering(en) voor periode \(period.code) van plan \(plan.code) klaargezet",
                changes: [
                    AuditChange(field: "ontvangers", before: nil, after: recipients.joined(separator: ", ")),
                    AuditChange(field: "overgeslagen (account uitgeschakeld)", before: nil, after: String(result.disabled)),
                ]), on: db)
            return result
        }
    }

    /// The digest mail of one owner, in Dutch, with a link to every item; nil when the address cannot take mail.
    static func mail(_ owner: Owner, followUp: PlanFollowUp, period: StoredPeriod, baseURL: String, today: PlanDate) -> OutgoingMail? {
        guard let address = try? MailAddress(owner.owner.email) else { return nil }
        let plan = followUp.plan
        let ref = PlanRef(plan)
        var lines = [
            "Dag \(owner.owner.name),",
            "",
            "In \(plan.name) van \(plan.organisation.name) loopt de rapporteringsperiode \(period.code) "
                + "(\(period.period.start.iso) tot \(period.period.end.iso)).",
            owner.items.count == 1
                ? "Je bent eigenaar van dit item en hebt het in deze periode nog niet opgevolgd:"
                : "Je bent eigenaar van deze \(owner.items.count) items en hebt ze in deze periode nog niet opgevolgd:",
            "",
        ]
        for item in owner.items {
            lines.append("- \(item.code) \(item.title)")
            lines.append("  \(baseURL)\(PlannenPath.item(ref, item: item.code).path)")
        }
        lines += [
            "",
            "Geef op de pagina van elk item de status, de voortgang en een korte toelichting, eventueel met een link naar een bewijsstuk.",
            "",
            "Het overzicht van het plan: \(baseURL)\(PlannenPath.plan(ref).path)",
            "",
            "Met vriendelijke groeten,",
            "Stadsbeeld, namens \(plan.organisation.name)",
        ]
        let subject = "Herinnering: opvolging \(plan.name), periode \(period.code) (\(owner.items.count) "
            + (owner.items.count == 1 ? "item)" : "items)")
        return OutgoingMail(
            module: PlanService.module, to: [address], subject: subject, text: lines.joined(separator: "\n"),
            key: "plannen-herinnering-\(plan.id)-\(period.id)-\(owner.owner.id)-\(today.iso)")
    }
}
