import AccessDomain
import Fluent
import Foundation
import SQLKit

/// Access groups and the data they reserve. After a change the caller reloads the catalog, which carries the
/// restrictions and memberships every request uses to decide what it may show.
public struct AccessGroupService: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    public struct Group: Sendable, Equatable {
        public let id: Int
        public let code: String
        public let name: String
        public let description: String
        public let members: [Int]
        public let restrictions: [DataRestriction]
    }

    public func groups() async throws -> [Group] {
        let sql = database.sql
        let models = try await AccessGroupModel.query(on: database).sort(\.$name).all()
        let members = try await Self.memberships(sql)
        let restrictions = try await Self.restrictions(sql)
        return models.map { model in
            Group(id: model.id!, code: model.code, name: model.name, description: model.description,
                  members: members.filter { $0.group == model.id! }.map(\.organisation).sorted(),
                  restrictions: restrictions.filter { $0.group == model.id! })
        }
    }

    public func group(id: Int) async throws -> Group? { try await groups().first { $0.id == id } }

    public func create(code: String, name: String, description: String, by actor: AuditActor) async throws -> Group {
        var problems: [String] = []
        if let problem = OrganisationCode.problem(code) { problems.append(problem) }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("geef een naam") }
        if try await AccessGroupModel.query(on: database).filter(\.$code == code).first() != nil {
            problems.append("er bestaat al een toegangsgroep met de code \(code)")
        }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let model = AccessGroupModel()
        model.code = code
        model.name = name.trimmingCharacters(in: .whitespaces)
        model.description = description.trimmingCharacters(in: .whitespaces)
        try await database.transaction { db in
            try await model.create(on: db)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: AccountService.module, action: .create, entityType: Self.entityType,
                entityID: String(model.id!), summary: "toegangsgroep \(code) aangemaakt",
                changes: AuditChange.between(nil, ["code": code, "naam": model.name, "omschrijving": model.description])), on: db)
        }
        return Group(id: model.id!, code: code, name: model.name, description: model.description, members: [], restrictions: [])
    }

    /// Replaces the members and the restrictions of a group in one go, recording both lists before → after.
    public func update(id: Int, members: [Int], restrictions: [(indicator: String, level: String?)],
                       by actor: AuditActor) async throws {
        guard let before = try await group(id: id) else { throw RefusedAction("deze toegangsgroep bestaat niet") }
        let organisations = Set(try await OrganisationModel.query(on: database).all().compactMap(\.id))
        let unknown = members.filter { !organisations.contains($0) }
        guard unknown.isEmpty else { throw RefusedAction("onbekende organisatie(s): \(unknown.map(String.init).joined(separator: ", "))") }
        var cleaned: [DataRestriction] = []
        for item in restrictions {
            let indicator = item.indicator.trimmingCharacters(in: .whitespaces)
            guard !indicator.isEmpty else { continue }
            let level = item.level?.trimmingCharacters(in: .whitespaces)
            let restriction = DataRestriction(group: id, indicator: indicator, level: level?.isEmpty == true ? nil : level)
            if !cleaned.contains(restriction) { cleaned.append(restriction) }
        }
        let sortedMembers = Array(Set(members)).sorted()
        let newRestrictions = cleaned
        try await database.transaction { db in
            let sql = db.sql
            try await sql.delete(from: "access_group_members").where("group_id", .equal, SQLBind(id)).run()
            for member in sortedMembers {
                try await sql.insert(into: "access_group_members").columns("group_id", "organisation_id")
                    .values(SQLBind(id), SQLBind(member)).run()
            }
            try await sql.delete(from: "data_restrictions").where("group_id", .equal, SQLBind(id)).run()
            for restriction in newRestrictions {
                try await sql.insert(into: "data_restrictions").columns("group_id", "indicator_code", "level_code")
                    .values(SQLBind(id), SQLBind(restriction.indicator), SQLBind(restriction.level)).run()
            }
            try await DataVersions(database: db).raise(DataVersions.accessGroups)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: AccountService.module, action: .update, entityType: Self.entityType,
                entityID: String(id), summary: "toegangsgroep \(before.code) gewijzigd",
                changes: AuditChange.between(Self.snapshot(before.members, before.restrictions),
                                             Self.snapshot(sortedMembers, newRestrictions))), on: db)
        }
    }

    public func delete(id: Int, by actor: AuditActor) async throws {
        guard let before = try await group(id: id) else { throw RefusedAction("deze toegangsgroep bestaat niet") }
        try await database.transaction { db in
            let sql = db.sql
            try await sql.delete(from: "access_group_members").where("group_id", .equal, SQLBind(id)).run()
            try await sql.delete(from: "data_restrictions").where("group_id", .equal, SQLBind(id)).run()
            try await sql.delete(from: "access_groups").where("id", .equal, SQLBind(id)).run()
            try await DataVersions(database: db).raise(DataVersions.accessGroups)
            try await AuditLog.record(AuditEvent(
                actor: actor, module: AccountService.module, action: .delete, entityType: Self.entityType,
                entityID: String(id), summary: "toegangsgroep \(before.code) verwijderd",
                changes: AuditChange.between(Self.snapshot(before.members, before.restrictions), nil)), on: db)
        }
    }

    public static let entityType = "toegangsgroep"

    public static func snapshot(_ members: [Int], _ restrictions: [DataRestriction]) -> [String: String] {
        ["leden": members.map(String.init).joined(separator: ", "),
         "afgeschermd": restrictions.map(\.text).sorted().joined(separator: ", ")]
    }

    public static func memberships(_ sql: any SQLDatabase) async throws -> [(group: Int, organisation: Int)] {
        try await sql.select().columns("group_id", "organisation_id").from("access_group_members").all().map {
            (try $0.decode(column: "group_id", as: Int.self), try $0.decode(column: "organisation_id", as: Int.self))
        }
    }

    public static func restrictions(_ sql: any SQLDatabase) async throws -> [DataRestriction] {
        try await sql.select().columns("group_id", "indicator_code", "level_code").from("data_restrictions").all().map {
            DataRestriction(group: try $0.decode(column: "group_id", as: Int.self),
                            indicator: try $0.decode(column: "indicator_code", as: String.self),
                            level: try $0.decode(column: "level_code", as: String?.self))
        }
    }
}
