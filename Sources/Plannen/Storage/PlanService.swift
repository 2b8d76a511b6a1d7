import AccessDomain
import Fluent
import Foundation
import Platform
import PlannenDomain
import SQLKit

/// Every change in the Plannen pillar. Each runs in one transaction together with its audit-trail entry, so a change
/// and its trail land together or not at all. Who may call what is decided by the web layer (`PlanAccess`); this
/// service checks what the data must satisfy and refuses with `RefusedAction` (reasons in Dutch).
public struct PlanService: Sendable {
    let database: any Database

    public init(database: any Database) { self.database = database }

    public static let module = "plannen"

    // MARK: Import

    /// What an import did.
    public struct ImportOutcome: Sendable {
        public let planID: Int
        public let versionNumber: Int
        /// A new plan was made (the first import of its code).
        public let createdPlan: Bool
        /// A new version was started because the newest one was adopted (a meerjarenplanaanpassing).
        public let startedVersion: Bool
        public let items: Int
        public let budgetLines: Int
        /// What changed compared with the version's content before (or the adopted version it follows).
        public let diff: PlanDiff
    }

    /// Reads a plan into the organisation's plan `plan.code`: into its draft version, or into a new version when the
    /// newest is adopted (an adopted version is never rewritten), or as version 0 of a new plan. Items are matched
    /// by code; the version's content becomes exactly the file's. All or nothing.
    @discardableResult
    public func importPlan(_ plan: Plan, organisation: PlanOrganisation, name: String? = nil,
                           by actor: AuditActor) async throws -> ImportOutcome {
        if let problem = Self.codeProblem(plan.code) { throw RefusedAction(problem, field: "plan") }
        let store = PlanStore(database: database)
        let existing = try await store.plans(organisationID: organisation.id).first { $0.code == plan.code }
        let previous: Plan? = if let existing, let latest = existing.latest {
            try await store.content(of: latest, planCode: plan.code)
        } else { nil }
        let diff = PlanDiff.between(previous ?? Plan(code: plan.code, tree: .empty), plan)
        return try await database.transaction { db in
            let sql = db.sql
            let now = Date()
            var planID: Int
            var createdPlan = false
            if let existing {
                planID = existing.id
                if let name = name.flatMap(TextCleaning.optional), name != existing.name {
                    try await sql.update("plans").set("name", to: SQLBind(name)).where("id", .equal, SQLBind(planID)).run()
                }
            } else {
                try await sql.insert(into: "plans").columns("organisation_id", "code", "name", "published", "published_at", "created_at")
                    .values(SQLBind(organisation.id), SQLBind(plan.code),
                            SQLBind(name.flatMap(TextCleaning.optional) ?? Self.defaultName(plan.code)),
                            SQLBind(false), SQLBind(Date?.none), SQLBind(now)).run()
                planID = try await sql.select().column("id").from("plans").where("organisation_id", .equal, SQLBind(organisation.id))
                    .where("code", .equal, SQLBind(plan.code)).first()!.decode(column: "id", as: Int.self)
                createdPlan = true
            }
            var versionNumber = 0
            var versionID: Int
            var startedVersion = false
            if let latest = existing?.latest, !latest.isAdopted {
                versionNumber = latest.number
                versionID = latest.id
                try await sql.delete(from: "plan_items").where("version_id", .equal, SQLBind(versionID)).run()
                try await sql.delete(from: "plan_budget_lines").where("version_id", .equal, SQLBind(versionID)).run()
            } else {
                if let latest = existing?.latest {
                    versionNumber = latest.number + 1
                    startedVersion = true
                }
                try await sql.insert(into: "plan_versions").columns("plan_id", "number", "adopted_on", "created_at")
                    .values(SQLBind(planID), SQLBind(versionNumber), SQLBind(String?.none), SQLBind(now)).run()
                versionID = try await sql.select().column("id").from("plan_versions").where("plan_id", .equal, SQLBind(planID))
                    .where("number", .equal, SQLBind(versionNumber)).first()!.decode(column: "id", as: Int.self)
            }
            try await Self.insert(items: plan.items, version: versionID, sql)
            try await Self.insert(budget: plan.budget, version: versionID, sql)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: createdPlan ? .create : .update, entityType: "meerjarenplan",
                entityID: "\(organisation.code)/\(plan.code)",
                summary: "plan \(plan.code) van \(organisation.code) ingelezen in versie \(versionNumber): "
                    + "\(plan.items.count) items, \(plan.budget.count) budgetlijnen",
                changes: [
                    AuditChange(field: "items toegevoegd", before: nil, after: String(diff.added.count)),
                    AuditChange(field: "items geschrapt", before: nil, after: String(diff.removed.count)),
                    AuditChange(field: "items gewijzigd", before: nil, after: String(diff.changed.count)),
                    AuditChange(field: "budgetlijnen gewijzigd", before: nil, after: String(diff.budget.count)),
                ]), on: db)
            try await PlannenSearch.refresh(on: db)
            return ImportOutcome(planID: planID, versionNumber: versionNumber, createdPlan: createdPlan,
                                 startedVersion: startedVersion, items: plan.items.count, budgetLines: plan.budget.count,
                                 diff: diff)
        }
    }

    /// Rows per INSERT statement: well below the bind limits of SQLite (32 766) and PostgreSQL (65 535).
    static let chunk = 100

    private static func insert(items: [PlanItem], version: Int, _ sql: any SQLDatabase) async throws {
        for (offset, part) in items.chunked(chunk).enumerated() {
            var insert = sql.insert(into: "plan_items").columns(
                "version_id", "position", "level", "code", "parent_code", "title", "description", "prioritair", "beleidsveld",
                "verantwoordelijke", "dienst", "start_on", "end_on", "status", "progress", "weight")
            for (index, item) in part.enumerated() {
                insert = insert.values(
                    SQLBind(version), SQLBind(offset * chunk + index), SQLBind(item.level.rawValue), SQLBind(item.code),
                    SQLBind(item.parentCode), SQLBind(item.title), SQLBind(item.description), SQLBind(item.prioritair),
                    SQLBind(item.beleidsveld), SQLBind(item.verantwoordelijke), SQLBind(item.dienst),
                    SQLBind(item.start?.iso), SQLBind(item.end?.iso), SQLBind(item.status), SQLBind(item.progress),
                    SQLBind(item.weight))
            }
            try await insert.run()
        }
    }

    private static func insert(budget: [BudgetLine], version: Int, _ sql: any SQLDatabase) async throws {
        for part in budget.chunked(chunk * 2) {
            var insert = sql.insert(into: "plan_budget_lines")
                .columns("version_id", "action_code", "year", "soort", "richting", "fase", "amount")
            for line in part {
                insert = insert.values(SQLBind(version), SQLBind(line.actionCode), SQLBind(line.year), SQLBind(line.soort.rawValue),
                                       SQLBind(line.richting.rawValue), SQLBind(line.fase.rawValue), SQLBind("\(line.amount)"))
            }
            try await insert.run()
        }
    }

    /// A plan code is what goes in its web address: lower-case letters, digits and hyphens (mjp-2026-2031).
    public static func codeProblem(_ code: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        if code.isEmpty { return "geef de code van het plan (bv. mjp-2026-2031)" }
        if code.count > 40 || !code.allSatisfy(allowed.contains) || code.hasPrefix("-") || code == "inlezen" {
            return "de code van een plan bestaat uit kleine letters, cijfers en streepjes (bv. mjp-2026-2031), niet '\(code)'"
        }
        return nil
    }

    static func defaultName(_ code: String) -> String {
        let years = code.split(separator: "-").filter { $0.count == 4 && Int($0) != nil }
        return years.count == 2 ? "Meerjarenplan \(years[0])-\(years[1])" : "Meerjarenplan \(code)"
    }

    // MARK: Versions and publishing

    /// Marks the draft as adopted by the council on `day`; from then on it never changes.
    public func adoptDraft(of plan: StoredPlan, on day: PlanDate, by actor: AuditActor) async throws {
        guard let draft = plan.latest, !draft.isAdopted else {
            throw RefusedAction("er is geen ontwerpversie om vast te stellen; lees eerst een meerjarenplanaanpassing in")
        }
        try await database.transaction { db in
            try await db.sql.update("plan_versions").set("adopted_on", to: SQLBind(day.iso)).where("id", .equal, SQLBind(draft.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "meerjarenplan",
                entityID: "\(plan.organisation.code)/\(plan.code)",
                summary: "versie \(draft.number) van plan \(plan.code) vastgesteld op \(day.iso)",
                changes: AuditChange.between(["versie \(draft.number)": "ontwerp"], ["versie \(draft.number)": "vastgesteld \(day.iso)"])),
                on: db)
            try await PlannenSearch.refresh(on: db)
        }
    }

    /// Publishes the plan (visible to everyone, in the public view, the comparison and the search) or takes it back.
    public func setPublished(_ plan: StoredPlan, _ published: Bool, by actor: AuditActor) async throws {
        guard plan.published != published else { return }
        try await database.transaction { db in
            try await db.sql.update("plans").set("published", to: SQLBind(published))
                .set("published_at", to: SQLBind(published ? Date() : nil)).where("id", .equal, SQLBind(plan.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "meerjarenplan",
                entityID: "\(plan.organisation.code)/\(plan.code)",
                summary: published ? "plan \(plan.code) gepubliceerd" : "publicatie van plan \(plan.code) ingetrokken",
                changes: AuditChange.between(["gepubliceerd": plan.published ? "ja" : "nee"], ["gepubliceerd": published ? "ja" : "nee"])),
                on: db)
            try await PlannenSearch.refresh(on: db)
        }
    }

    // MARK: Reporting periods

    /// Opens a reporting period: a standard code (2026, 2026-S1, 2026-Q3) or a code with its own first and last day.
    @discardableResult
    public func openPeriod(of plan: StoredPlan, code: String, start: PlanDate? = nil, end: PlanDate? = nil,
                           by actor: AuditActor) async throws -> ReportingPeriod {
        let code = code.trimmingCharacters(in: .whitespaces)
        let period: ReportingPeriod
        if let start, let end {
            guard !code.isEmpty, code.count <= 20 else { throw RefusedAction("geef de periode een code van hoogstens 20 tekens", field: "periode") }
            guard start <= end else { throw RefusedAction("de periode eindigt vóór ze begint", field: "einde") }
            period = ReportingPeriod(code: code, start: start, end: end)
        } else if let standard = ReportingPeriod(standard: code) {
            period = standard
        } else {
            throw RefusedAction("'\(code)' is geen periode: schrijf bv. 2026-S1 (semester), 2026-Q3 (kwartaal) of 2026 (jaar)", field: "periode")
        }
        let existing = try await PlanStore(database: database).periods(planID: plan.id)
        if existing.contains(where: { $0.code == period.code }) {
            throw RefusedAction("periode \(period.code) bestaat al voor dit plan", field: "periode")
        }
        try await database.transaction { db in
            try await db.sql.insert(into: "plan_periods").columns("plan_id", "code", "start_on", "end_on", "closed_on")
                .values(SQLBind(plan.id), SQLBind(period.code), SQLBind(period.start.iso), SQLBind(period.end.iso), SQLBind(String?.none)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .create, entityType: "rapporteringsperiode",
                entityID: "\(plan.organisation.code)/\(plan.code)/\(period.code)",
                summary: "periode \(period.code) van plan \(plan.code) geopend",
                changes: AuditChange.between(nil, ["van": period.start.iso, "tot": period.end.iso])), on: db)
        }
        return period
    }

    /// Closes (stelt vast) a period: its updates are fixed from then on.
    public func closePeriod(_ period: StoredPeriod, of plan: StoredPlan, on day: PlanDate, by actor: AuditActor) async throws {
        let closed: ReportingPeriod
        switch PeriodRules.close(period.period, on: day) {
        case .success(let value): closed = value
        case .failure(let refusal): throw RefusedAction(refusal.reason)
        }
        try await setState(period, closed, plan: plan, summary: "periode \(period.code) van plan \(plan.code) vastgesteld", by: actor)
    }

    /// Reopens a closed period; only an organisation or platform admin may (`byAdmin`), and the trail says who did.
    public func reopenPeriod(_ period: StoredPeriod, of plan: StoredPlan, byAdmin: Bool, by actor: AuditActor) async throws {
        let reopened: ReportingPeriod
        switch PeriodRules.reopen(period.period, byAdmin: byAdmin) {
        case .success(let value): reopened = value
        case .failure(let refusal): throw RefusedAction(refusal.reason)
        }
        try await setState(period, reopened, plan: plan, summary: "periode \(period.code) van plan \(plan.code) heropend", by: actor)
    }

    private func setState(_ old: StoredPeriod, _ new: ReportingPeriod, plan: StoredPlan, summary: String, by actor: AuditActor) async throws {
        let closedOn: String? = if case .closed(let day) = new.state { day.iso } else { nil }
        try await database.transaction { db in
            try await db.sql.update("plan_periods").set("closed_on", to: SQLBind(closedOn)).where("id", .equal, SQLBind(old.id)).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "rapporteringsperiode",
                entityID: "\(plan.organisation.code)/\(plan.code)/\(old.code)", summary: summary,
                changes: AuditChange.between(["staat": Self.stateText(old.period)], ["staat": Self.stateText(new)])), on: db)
        }
    }

    static func stateText(_ period: ReportingPeriod) -> String {
        if case .closed(let day) = period.state { return "vastgesteld \(day.iso)" }
        return "open"
    }

    // MARK: Updates

    /// Records an owner's update of an item in an open period. Earlier updates stay as history.
    public func saveUpdate(_ update: ItemUpdate, in followUp: PlanFollowUp, authorID: Int?, by actor: AuditActor) async throws {
        guard let period = followUp.period(update.periodCode) else {
            throw RefusedAction("periode \(update.periodCode) bestaat niet voor dit plan", field: "periode")
        }
        let problems = PeriodRules.problems(of: update, period: period.period, tree: followUp.current.tree)
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let before = followUp.current.tree.item(update.itemCode)
        let after = before?.applying(update)
        let evidence = String(decoding: try JSONEncoder.sorted.encode(update.evidence), as: UTF8.self)
        let plan = followUp.plan
        try await database.transaction { db in
            try await db.sql.insert(into: "plan_item_updates")
                .columns("plan_id", "period_id", "item_code", "status", "progress", "explanation", "evidence", "author_id",
                         "author_label", "created_at")
                .values(SQLBind(plan.id), SQLBind(period.id), SQLBind(update.itemCode), SQLBind(update.status),
                        SQLBind(update.progress), SQLBind(update.explanation), SQLBind(evidence), SQLBind(authorID),
                        SQLBind(actor.userLabel), SQLBind(Date())).run()
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "planitem",
                entityID: "\(plan.organisation.code)/\(plan.code)/\(update.itemCode)",
                summary: "opvolging van \(update.itemCode) in periode \(period.code)",
                changes: AuditChange.between(Self.snapshot(before), Self.snapshot(after).merging(
                    ["toelichting": update.explanation, "bewijs": update.evidence.joined(separator: " ")]) { $1 })), on: db)
        }
    }

    static func snapshot(_ item: PlanItem?) -> [String: String] {
        guard let item else { return [:] }
        return ["status": item.status ?? "", "voortgang": item.progress.map { PlanNumberText.dutch($0) } ?? ""]
    }

    // MARK: Links and owners

    /// Replaces the links of one kind of an item (its owners, themes, recommendations, work packages).
    public func setLinks(_ kind: PlanLinkKind, of itemCode: String, in plan: StoredPlan, to targets: [String],
                         by actor: AuditActor) async throws {
        let targets = Array(Set(targets.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
        let before = try await PlanStore(database: database).links(planID: plan.id)
            .filter { $0.itemCode == itemCode && $0.kind == kind }.map(\.target)
        try await database.transaction { db in
            try await db.sql.delete(from: "plan_item_links").where("plan_id", .equal, SQLBind(plan.id))
                .where("item_code", .equal, SQLBind(itemCode)).where("kind", .equal, SQLBind(kind.rawValue)).run()
            for target in targets {
                try await db.sql.insert(into: "plan_item_links").columns("plan_id", "item_code", "kind", "target")
                    .values(SQLBind(plan.id), SQLBind(itemCode), SQLBind(kind.rawValue), SQLBind(target)).run()
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "planitem",
                entityID: "\(plan.organisation.code)/\(plan.code)/\(itemCode)",
                summary: "\(kind.rawValue) van \(itemCode) gewijzigd",
                changes: AuditChange.between([kind.rawValue: before.joined(separator: ", ")], [kind.rawValue: targets.joined(separator: ", ")])),
                on: db)
        }
    }

    // MARK: Indicators

    /// What a plan indicator is made of, before it is stored.
    public struct IndicatorInput: Sendable {
        public var itemCode: String
        public var code: String
        public var name: String
        public var unit: String
        public var source: PlanIndicatorSource
        public var baseline: YearValue?
        public var target: YearValue?
        public var direction: IndicatorDirection
        /// The plan's own values (ignored for Cijfers indicators).
        public var values: [Int: Double]

        public init(itemCode: String, code: String, name: String, unit: String = "", source: PlanIndicatorSource,
                    baseline: YearValue? = nil, target: YearValue? = nil, direction: IndicatorDirection = .higherIsBetter,
                    values: [Int: Double] = [:]) {
            self.itemCode = itemCode
            self.code = code
            self.name = name
            self.unit = unit
            self.source = source
            self.baseline = baseline
            self.target = target
            self.direction = direction
            self.values = values
        }
    }

    /// Adds an indicator to an item, or replaces the one with the same code.
    public func saveIndicator(_ input: IndicatorInput, in followUp: PlanFollowUp, by actor: AuditActor) async throws {
        var problems: [String] = []
        if !followUp.current.tree.contains(input.itemCode) { problems.append("onbekend item '\(input.itemCode)'") }
        if input.code.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef de indicator een code") }
        if input.name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef de indicator een naam") }
        if case .milestones = input.source {} else if input.target == nil { problems.append("geef een streefwaarde en het jaar ervan") }
        if let target = input.target, let baseline = input.baseline, target.year <= baseline.year {
            problems.append("het streefjaar ligt na het jaar van de beginwaarde")
        }
        if case .cijfers(let indicator, let level, let area) = input.source, indicator.isEmpty || level.isEmpty || area.isEmpty {
            problems.append("kies de indicator, het niveau en het gebied in Cijfers")
        }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let plan = followUp.plan
        try await database.transaction { db in
            let sql = db.sql
            try await sql.delete(from: "plan_indicators").where("plan_id", .equal, SQLBind(plan.id))
                .where("code", .equal, SQLBind(input.code)).run()
            var cijfers: (String?, String?, String?) = (nil, nil, nil)
            if case .cijfers(let indicator, let level, let area) = input.source { cijfers = (indicator, level, area) }
            try await sql.insert(into: "plan_indicators")
                .columns("plan_id", "item_code", "code", "name", "unit", "kind", "cijfers_indicator", "cijfers_level", "cijfers_area",
                         "baseline_year", "baseline_value", "target_year", "target_value", "direction")
                .values(SQLBind(plan.id), SQLBind(input.itemCode), SQLBind(input.code), SQLBind(input.name), SQLBind(input.unit),
                        SQLBind(input.source.kind), SQLBind(cijfers.0), SQLBind(cijfers.1), SQLBind(cijfers.2),
                        SQLBind(input.baseline?.year), SQLBind(input.baseline?.value), SQLBind(input.target?.year),
                        SQLBind(input.target?.value), SQLBind(input.direction.rawValue)).run()
            let id = try await sql.select().column("id").from("plan_indicators").where("plan_id", .equal, SQLBind(plan.id))
                .where("code", .equal, SQLBind(input.code)).first()!.decode(column: "id", as: Int.self)
            if case .own = input.source {
                for (year, value) in input.values.sorted(by: { $0.key < $1.key }) {
                    try await sql.insert(into: "plan_indicator_values").columns("indicator_id", "year", "value")
                        .values(SQLBind(id), SQLBind(year), SQLBind(value)).run()
                }
            }
            if case .milestones(let list) = input.source {
                for (position, milestone) in MilestoneSeries(milestones: list).milestones.enumerated() {
                    try await sql.insert(into: "plan_milestones").columns("indicator_id", "position", "title", "due_on", "done_on")
                        .values(SQLBind(id), SQLBind(position), SQLBind(milestone.title), SQLBind(milestone.due.iso),
                                SQLBind(milestone.doneOn?.iso)).run()
                }
            }
            try await AuditLog.record(AuditEvent(
                actor: actor, module: Self.module, action: .update, entityType: "planindicator",
                entityID: "\(plan.organisation.code)/\(plan.code)/\(input.code)",
                summary: "indicator \(input.code) bij \(input.itemCode) bewaard",
                changes: AuditChange.between(nil, ["naam": input.name, "bron": input.source.kind,
                                                   "streefwaarde": input.target.map { "\(PlanNumberText.dutch($0.value)) in \($0.year)" } ?? ""])),
                on: db)
        }
    }
}

/// Trimming of optional form and file text.
enum TextCleaning {
    static func optional(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
