import AccessDomain
import DienstenDomain
import Platform
import Vapor

/// Who sees a building: a member signed in with a session, of the organisation that owns it. Anyone else gets
/// 404 for a building, so its existence does not show. Editors and up change it.
enum EnergyAccess {
    static func member(_ req: Request) throws -> Principal {
        try WriteGuard.requirePage(.signedIn, req)
    }

    static func mayEdit(_ principal: Principal) -> Bool { principal.role >= .editor }

    static func building(_ req: Request, principal: Principal) async throws -> StoredEnergyBuilding {
        guard let text = req.parameters.get("building"), let id = Int(text), id > 0,
              let building = try await EnergyStore(database: req.db).find(id: id, organisationID: principal.organisationID)
        else { throw Abort(.notFound, reason: "dat gebouw bestaat niet of hoort bij een andere organisatie") }
        return building
    }

    static func organisationName(_ req: Request, _ principal: Principal) async throws -> String {
        try await OrganisationService(database: req.db).find(id: principal.organisationID)?.name ?? principal.organisationCode
    }
}

/// Reads the text fields of a posted form by name (a missing field is empty).
struct EnergyFormFields {
    let req: Request

    subscript(_ name: String) -> String { (try? req.content.get(String.self, at: name)) ?? "" }
}
