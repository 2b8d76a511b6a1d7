import Fluent
import Foundation
import Platform
import PlannenDomain
import SQLKit

/// Reads the Plannen pillar. A plan is a few hundred items and a few thousand budget lines, so a version is read whole
/// in a handful of queries and everything else is computed in the domain module.
public struct PlanStore: Sendable {
    let database: any Database
    let cache: PlanContentCache?
    var sql: any SQLDatabase { database.sql }

    public init(database: any Database, cache: PlanContentCache? = nil) {
        self.database = database
        self.cache = cache
    }

    // MARK: Plans

    /// Every plan, or those of one organisation, by organisation and code.
    public func plans(organisationID: Int? = nil, organisationCode: String? = nil, code: String? = nil) async throws -> [StoredPlan] {
        var query = sql.select()
            .column(SQLColumn("id", table: "plans"), as: "id").column(SQLColumn("code", table: "plans"), as: "code")
            .column(SQLColumn("name", table: "plans"), as: "name").column("published").column("published_at")
            .column(SQLColumn("organisation_id", table: "plans"), as: "organisation_id")
            .column(SQLColumn("code", table: "organisations"), as: "organisation_code")
            .column(SQLColumn("name", table: "organisations"), as: "organisation_name")
            .column(SQLColumn("area_code", table: "organisations"), as: "area_code")
            .from("plans")
            .join("organisations", on: SQLColumn("organisation_id", table: "plans"), .equal, SQLColumn("id", table: "organisations"))
        if let organisationID { query = query.where(SQLColumn("organisation_id", table: "plans"), .equal, SQLBind(organisationID)) }
        if let organisationCode { query = query.where(SQLColumn("code", table: "organisations"), .equal, SQLBind(organisationCode)) }
        if let code { query = query.where(SQLColumn("code", table: "plans"), .equal, SQLBind(code)) }
        let rows = try await query.orderBy(SQLColumn("code", table: "organisations")).orderBy(SQLColumn("code", table: "plans")).all()
        guard !rows.isEmpty else { return [] }
        var versionQuery = sql.select().column("*").from("plan_versions")
        if rows.count == 1 { versionQuery = versionQuery.where("plan_id", .equal, SQLBind(try rows[0].decode(column: "id", as: Int.self))) }
        let versions = try await versionQuery.orderBy("plan_id").orderBy("number").all()
        var byPlan: [Int: [StoredVersion]] = [:]
        for row in versions {
            byPlan[try row.decode(column: "plan_id", as: Int.self), default: []].append(StoredVersion(
                id: try row.decode(column: "id", as: Int.self), number: try row.decode(column: "number", as: Int.self),
                adoptedOn: try row.decode(column: "adopted_on", as: String?.self).flatMap(PlanDate.parse),
                createdAt: try row.decode(column: "created_at", as: Date.self)))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            return StoredPlan(
                id: id,
                organisation: PlanOrganisation(
                    id: try row.decode(column: "organisation_id", as: Int.self),
                    code: try row.decode(column: "organisation_code", as: String.self),
                    name: try row.decode(column: "organisation_name", as: String.self),
                    areaCode: try row.decode(column: "area_code", as: String?.self)),
                code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                published: try row.decode(column: "published", as: Bool.self),
                publishedAt: try row.decode(column: "published_at", as: Date?.self),
                versions: byPlan[id] ?? [])
        }
    }

    /// One plan by its organisation's code and its own code.
    public func plan(organisation: String, code: String) async throws -> StoredPlan? {
        try await plans(organisationCode: organisation, code: code).first
    }

    // MARK: A version's content

    /// The items and budget lines of a version as a domain plan (an adopted version from the cache once read).
    public func content(of version: StoredVersion, planCode: String) async throws -> Plan {
        if version.isAdopted, let cached = cache?.plan(version: version.id) { return cached }
        let itemRows = try await sql.select().column("*").from("plan_items")
            .where("version_id", .equal, SQLBind(version.id)).orderBy("position").all()
        let items = try itemRows.map { row in
            PlanItem(
                level: PlanLevel(rawValue: try row.decode(column: "level", as: String.self)) ?? .actie,
                code: try row.decode(column: "code", as: String.self),
                parentCode: try row.decode(column: "parent_code", as: String?.self),
                title: try row.decode(column: "title", as: String.self),
                description: try row.decode(column: "description", as: String.self),
                prioritair: try row.decode(column: "prioritair", as: Bool.self),
                beleidsveld: try row.decode(column: "beleidsveld", as: String?.self),
                verantwoordelijke: try row.decode(column: "verantwoordelijke", as: String?.self),
                dienst: try row.decode(column: "dienst", as: String?.self),
                start: try row.decode(column: "start_on", as: String?.self).flatMap(PlanDate.parse),
                end: try row.decode(column: "end_on", as: String?.self).flatMap(PlanDate.parse),
                status: try row.decode(column: "status", as: String?.self),
                progress: try row.decode(column: "progress", as: Double?.self),
                weight: try row.decode(column: "weight", as: Double?.self))
        }
        let budgetRows = try await sql.select().columns("action_code", "year", "soort", "richting", "fase", "amount")
            .from("plan_budget_lines").where("version_id", .equal, SQLBind(version.id)).all()
        let lines: [BudgetLine] = try budgetRows.compactMap { row in
            guard let soort = BudgetSoort(rawValue: try row.decode(column: "soort", as: String.self)),
                  let richting = BudgetRichting(rawValue: try row.decode(column: "richting", as: String.self)),
                  let fase = BudgetFase(rawValue: try row.decode(column: "fase", as: String.self)),
                  let amount = Decimal(string: try row.decode(column: "amount", as: String.self), locale: Locale(identifier: "en_US_POSIX"))
            else { return nil }
            return BudgetLine(actionCode: try row.decode(column: "action_code", as: String.self),
                              year: try row.decode(column: "year", as: Int.self), soort: soort, richting: richting, fase: fase,
                              amount: amount)
        }
        let plan = try Plan(code: planCode, items: items, budget: lines)
        if version.isAdopted { cache?.keep(plan, version: version.id) }
        return plan
    }

    /// Everything the pages show of a version (the newest when `versionNumber` is nil), or nil when it has none.
    public func followUp(_ plan: StoredPlan, versionNumber: Int? = nil) async throws -> PlanFollowUp? {
        guard let version = versionNumber.map(plan.version) ?? plan.latest else { return nil }
        let base = try await content(of: version, planCode: plan.code)
        let periods = try await periods(planID: plan.id)
        let updates = try await updates(planID: plan.id, periods: periods)
        let links = try await links(planID: plan.id)
        let ownerIDs = Set(links.filter { $0.kind == .eigenaar }.compactMap { Int($0.target) })
        return PlanFollowUp(plan: plan, version: version, base: base, periods: periods, updates: updates,
                            indicators: try await indicators(planID: plan.id), links: links,
                            owners: try await owners(ids: ownerIDs))
    }

    // MARK: Follow-up

    public func periods(planID: Int) async throws -> [StoredPeriod] {
        let rows = try await sql.select().column("*").from("plan_periods").where("plan_id", .equal, SQLBind(planID))
            .orderBy("start_on").orderBy("code").all()
        return try rows.compactMap { row in
            guard let start = PlanDate.parse(try row.decode(column: "start_on", as: String.self)),
                  let end = PlanDate.parse(try row.decode(column: "end_on", as: String.self)) else { return nil }
            let closed = try row.decode(column: "closed_on", as: String?.self).flatMap(PlanDate.parse)
            return StoredPeriod(id: try row.decode(column: "id", as: Int.self), period: ReportingPeriod(
                code: try row.decode(column: "code", as: String.self), start: start, end: end,
                state: closed.map { .closed($0) } ?? .open))
        }
    }

    /// Every update of the plan, oldest first.
    public func updates(planID: Int, periods: [StoredPeriod]? = nil) async throws -> [StoredUpdate] {
        let periodCodes: [Int: String]
        if let periods { periodCodes = Dictionary(uniqueKeysWithValues: periods.map { ($0.id, $0.code) }) } else {
            periodCodes = Dictionary(uniqueKeysWithValues: try await self.periods(planID: planID).map { ($0.id, $0.code) })
        }
        let rows = try await sql.select().column("*").from("plan_item_updates").where("plan_id", .equal, SQLBind(planID))
            .orderBy("id").all()
        return try rows.map { row in
            let evidence = (try? JSONDecoder().decode([String].self, from: Data(try row.decode(column: "evidence", as: String.self).utf8))) ?? []
            let author = try row.decode(column: "author_label", as: String.self)
            return StoredUpdate(
                id: try row.decode(column: "id", as: Int.self),
                update: ItemUpdate(
                    itemCode: try row.decode(column: "item_code", as: String.self),
                    periodCode: periodCodes[try row.decode(column: "period_id", as: Int.self)] ?? "",
                    status: try row.decode(column: "status", as: String?.self),
                    progress: try row.decode(column: "progress", as: Double?.self),
                    explanation: try row.decode(column: "explanation", as: String.self), evidence: evidence, author: author),
                authorID: try row.decode(column: "author_id", as: Int?.self), authorLabel: author,
                createdAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    public func links(planID: Int) async throws -> [PlanLink] {
        try await sql.select().columns("item_code", "kind", "target").from("plan_item_links")
            .where("plan_id", .equal, SQLBind(planID)).orderBy("item_code").orderBy("kind").orderBy("target").all()
            .compactMap { row in
                guard let kind = PlanLinkKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
                return PlanLink(itemCode: try row.decode(column: "item_code", as: String.self), kind: kind,
                                target: try row.decode(column: "target", as: String.self))
            }
    }

    /// The (plan id, item code) pairs linked to `target` by links of `kind` (e.g. the items citing a good practice).
    public func items(linkedTo target: String, kind: PlanLinkKind) async throws -> [(planID: Int, itemCode: String)] {
        try await sql.select().columns("plan_id", "item_code").from("plan_item_links")
            .where("kind", .equal, SQLBind(kind.rawValue)).where("target", .equal, SQLBind(target))
            .orderBy("plan_id").orderBy("item_code").all()
            .map { (try $0.decode(column: "plan_id", as: Int.self), try $0.decode(column: "item_code", as: String.self)) }
    }

    /// Accounts by id (disabled accounts included: they keep their name on what they did).
    public func owners(ids: Set<Int>) async throws -> [Int: PlanOwner] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await sql.select().columns("id", "name", "email", "organisation_id").from("users")
            .where("id", .in, SQLBind.group(ids.sorted())).all()
        var result: [Int: PlanOwner] = [:]
        for row in rows {
            let owner = PlanOwner(id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self),
                                  email: try row.decode(column: "email", as: String.self),
                                  organisationID: try row.decode(column: "organisation_id", as: Int.self))
            result[owner.id] = owner
        }
        return result
    }

    /// The active accounts of an organisation that can be made owners (editors and organisation admins).
    public func possibleOwners(organisationID: Int) async throws -> [PlanOwner] {
        try await sql.select().columns("id", "name", "email", "organisation_id").from("users")
            .where("organisation_id", .equal, SQLBind(organisationID)).where("disabled_at", .is, SQLLiteral.null)
            .where("role", .in, SQLBind.group(["editor", "organisation_admin"])).orderBy("name").all()
            .map { row in
                PlanOwner(id: try row.decode(column: "id", as: Int.self), name: try row.decode(column: "name", as: String.self),
                          email: try row.decode(column: "email", as: String.self),
                          organisationID: try row.decode(column: "organisation_id", as: Int.self))
            }
    }

    public func indicators(planID: Int) async throws -> [StoredIndicator] {
        let rows = try await sql.select().column("*").from("plan_indicators").where("plan_id", .equal, SQLBind(planID))
            .orderBy("item_code").orderBy("code").all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: Int.self) }
        var values: [Int: [Int: Double]] = [:]
        for row in try await sql.select().columns("indicator_id", "year", "value").from("plan_indicator_values")
            .where("indicator_id", .in, SQLBind.group(ids)).all() {
            values[try row.decode(column: "indicator_id", as: Int.self), default: [:]][try row.decode(column: "year", as: Int.self)]
                = try row.decode(column: "value", as: Double.self)
        }
        var milestones: [Int: [Milestone]] = [:]
        for row in try await sql.select().column("*").from("plan_milestones")
            .where("indicator_id", .in, SQLBind.group(ids)).orderBy("position").all() {
            guard let due = PlanDate.parse(try row.decode(column: "due_on", as: String.self)) else { continue }
            milestones[try row.decode(column: "indicator_id", as: Int.self), default: []].append(Milestone(
                title: try row.decode(column: "title", as: String.self), due: due,
                doneOn: try row.decode(column: "done_on", as: String?.self).flatMap(PlanDate.parse)))
        }
        return try rows.map { row in
            let id = try row.decode(column: "id", as: Int.self)
            let source: PlanIndicatorSource
            switch try row.decode(column: "kind", as: String.self) {
            case "mijlpalen": source = .milestones(milestones[id] ?? [])
            case "cijfers":
                source = .cijfers(indicator: try row.decode(column: "cijfers_indicator", as: String?.self) ?? "",
                                  level: try row.decode(column: "cijfers_level", as: String?.self) ?? "",
                                  area: try row.decode(column: "cijfers_area", as: String?.self) ?? "")
            default: source = .own
            }
            func yearValue(_ year: String, _ value: String) throws -> YearValue? {
                guard let y = try row.decode(column: year, as: Int?.self), let v = try row.decode(column: value, as: Double?.self) else { return nil }
                return YearValue(year: y, value: v)
            }
            return StoredIndicator(
                id: id, itemCode: try row.decode(column: "item_code", as: String.self),
                code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                unit: try row.decode(column: "unit", as: String.self), source: source,
                baseline: try yearValue("baseline_year", "baseline_value"), target: try yearValue("target_year", "target_value"),
                direction: IndicatorDirection(rawValue: try row.decode(column: "direction", as: String.self)) ?? .higherIsBetter,
                observations: values[id] ?? [:])
        }
    }
}
