import AccessDomain
import Fluent
import Foundation

/// Organisations: listed for everyone who manages users, created and changed by platform admins.
public struct OrganisationService: Sendable {
    public let database: any Database

    public init(database: any Database) { self.database = database }

    public func all() async throws -> [OrganisationModel] {
        try await OrganisationModel.query(on: database).sort(\.$name).all()
    }

    public func find(code: String) async throws -> OrganisationModel? {
        try await OrganisationModel.query(on: database).filter(\.$code == code).first()
    }

    public func find(id: Int) async throws -> OrganisationModel? { try await OrganisationModel.find(id, on: database) }

    public func create(code: String, name: String, type: OrganisationType, areaCode: String?,
                       by actor: AuditActor) async throws -> OrganisationModel {
        let code = code.trimmingCharacters(in: .whitespaces)
        let name = name.trimmingCharacters(in: .whitespaces)
        var problems: [String] = []
        if let problem = OrganisationCode.problem(code) { problems.append(problem) }
        if name.isEmpty { problems.append("geef een naam") }
        if try await find(code: code) != nil { problems.append("er bestaat al een organisatie met de code \(code)") }
        guard problems.isEmpty else { throw RefusedAction(problems) }
        let organisation = OrganisationModel()
        organisation.code = code
        organisation.name = name
        organisation.typeCode = type.rawValue
        organisation.areaCode = areaCode?.isEmpty == true ? nil : areaCode
        organisation.active = true
        organisation.createdAt = Date()
        try await database.transaction { db in
            try await organisation.create(on: db)
            try await AuditLog.record(.create, organisation, before: nil, module: AccountService.module,
                                      summary: "organisatie \(code) aangemaakt", by: actor, on: db)
        }
        return organisation
    }

    /// Renames, retypes or (de)activates; the code stays, because links and exports use it.
    public func update(id: Int, name: String?, type: OrganisationType?, areaCode: String?, active: Bool?,
                       by actor: AuditActor) async throws -> OrganisationModel {
        guard let organisation = try await find(id: id) else { throw RefusedAction("deze organisatie bestaat niet") }
        let before = organisation.auditSnapshot
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw RefusedAction("geef een naam") }
            organisation.name = trimmed
        }
        if let type {
            // Platform admins must stay in the Kenniscentrum; refuse a type change that would strand them.
            if type != .kenniscentrum,
               try await UserModel.query(on: database).filter(\.$organisationID == id)
                   .filter(\.$roleCode == Role.platformAdmin.rawValue).count() > 0 {
                throw RefusedAction("deze organisatie heeft platformbeheerders; geef hen eerst een andere rol")
            }
            organisation.typeCode = type.rawValue
        }
        if let areaCode { organisation.areaCode = areaCode.isEmpty ? nil : areaCode }
        if let active { organisation.active = active }
        guard organisation.auditSnapshot != before else { return organisation }
        try await database.transaction { db in
            try await organisation.save(on: db)
            try await AuditLog.record(.update, organisation, before: before, module: AccountService.module,
                                      summary: "organisatie \(organisation.code) gewijzigd", by: actor, on: db)
        }
        return organisation
    }
}
