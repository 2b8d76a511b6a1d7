import Foundation

/// Which government a right comes from, to group the rights on a page: federal, Flemish, provincial or local.
public enum RightScope: String, Codable, Sendable, Hashable, CaseIterable {
    case federaal
    case vlaams
    case provinciaal
    case lokaal

    /// From the competent authority levels (`bevoegdBestuursniveaus`: Europees, Federaal, Vlaams, Provinciaal,
    /// Lokaal) — the highest level named wins — and, when none is given, from the kind of snapshot: a concept is a
    /// Flemish catalogue entry, an instance a municipality's own.
    public static func of(_ service: PublicService) -> RightScope {
        let levels = Set(service.competentAuthorityLevels.map { $0.lowercased() })
        if levels.contains("europees") || levels.contains("federaal") { return .federaal }
        if levels.contains("vlaams") { return .vlaams }
        if levels.contains("provinciaal") { return .provinciaal }
        if levels.contains("lokaal") { return .lokaal }
        return service.kind == .instance ? .lokaal : .vlaams
    }

    /// Names in Dutch and English.
    public func name(_ language: String) -> String {
        switch (self, language == "en") {
        case (.federaal, false): "Federaal"
        case (.federaal, true): "Federal"
        case (.vlaams, false): "Vlaams"
        case (.vlaams, true): "Flemish"
        case (.provinciaal, false): "Provinciaal"
        case (.provinciaal, true): "Provincial"
        case (.lokaal, false): "Lokaal"
        case (.lokaal, true): "Local"
        }
    }
}

extension PublicService {
    /// The key a right has in page addresses: the last path segment of its `isVersionOf` IRI.
    public var key: String { LDESPage.lastSegment(id) }
}
