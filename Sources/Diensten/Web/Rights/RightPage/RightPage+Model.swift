import DienstenDomain
import Foundation
import Platform
import Vapor

/// One right with everything the catalogue holds about it. `?gemeente=NIS` keeps the municipality the visitor came
/// from (for the way back and to point out its local version); an unknown one is said and left out.
struct RightPageModel {
    let right: StoredRight
    /// The concept an instance derives from, when the catalogue holds it.
    let concept: StoredRight?
    /// The local versions of a concept.
    let instances: [StoredRight]
    let municipality: Municipality?
    let notes: [String]
    let language: SiteLanguage

    /// nil when there is no right with this key.
    static func load(_ request: Request) async throws -> RightPageModel? {
        let key = request.parameters.get("key") ?? ""
        let store = RightsStore(database: request.db)
        guard let right = try await store.right(key: key) else { return nil }
        let t = DienstenText.strings(request.language)
        var notes: [String] = []
        var municipality: Municipality?
        if let asked = request.query[String.self, at: "gemeente"]?.trimmingCharacters(in: .whitespaces), !asked.isEmpty {
            if let found = Municipalities.named(asked) {
                municipality = found
            } else {
                notes.append(t("rights.right.unknownMunicipality", String(asked.prefix(40))))
            }
        }
        var concept: StoredRight?
        if let conceptID = right.service.concept { concept = try await store.right(id: conceptID) }
        var instances: [StoredRight] = []
        if right.service.kind == .concept { instances = try await store.instances(ofConcept: right.service.id) }
        return RightPageModel(right: right, concept: concept, instances: instances, municipality: municipality, notes: notes,
                              language: request.language)
    }

    var code: String { DienstenText.code(language) }
    var service: PublicService { right.service }

    /// The municipalities where it applies, by name; nil when it applies everywhere.
    var places: [String]? {
        right.municipalities.map { codes in codes.map { Municipalities.named($0)?.name ?? $0 }.sorted() }
    }

    /// Whether an English reader gets Dutch text somewhere on this page.
    var hasDutchFallback: Bool {
        guard language == .en else { return false }
        let texts = [service.name, service.description, service.additionalDescription, service.exceptions, service.regulation]
            + service.requirements.flatMap { [$0.name, $0.description] } + service.procedures.flatMap { [$0.name, $0.description] }
        return texts.contains { $0.isFallback("en") }
    }
}
