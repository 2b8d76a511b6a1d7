import Foundation

/// A postcode and the municipality (NIS code) and part of it (deelgemeente) it serves, from
/// `Resources/rechten/postcodes.csv` (see the README there: only the centrumsteden and Brussels for now).
public struct Postcode: Sendable, Hashable {
    public let code: String
    public let nis: String
    public let place: String

    public init(code: String, nis: String, place: String) {
        self.code = code
        self.nis = nis
        self.place = place
    }
}

public enum Postcodes {
    public static let all: [Postcode] = load()

    static func load() -> [Postcode] {
        guard let url = RightsResources.url("postcodes", "csv"), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parse(text)
    }

    /// Reads `postcode,nis,deelgemeente` lines after the header.
    static func parse(_ text: String) -> [Postcode] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 3, fields[0].count == 4 else { return nil }
            return Postcode(code: fields[0], nis: fields[1], place: fields[2])
        }
    }
}

/// What a visitor typed to find a municipality (a postcode, a NIS code, a name or part of one) and what it finds.
public enum PlaceMatch: Sendable, Hashable {
    /// Nothing typed.
    case empty
    /// Exactly one municipality.
    case found(Municipality)
    /// More than one: the visitor chooses. Each with the part or postcode that matched.
    case choices([PlaceChoice])
    /// Nothing: with municipalities whose name is close, and whether it was a postcode we do not know.
    case nothing(suggestions: [Municipality], unknownPostcode: Bool)
}

public struct PlaceChoice: Sendable, Hashable {
    public let municipality: Municipality
    /// The deelgemeente or postcode that matched, when it is not the municipality's own name.
    public let via: String?
}

public struct PlaceFinder: Sendable {
    public let municipalities: [Municipality]
    public let postcodes: [Postcode]

    public init(municipalities: [Municipality] = Municipalities.all, postcodes: [Postcode] = Postcodes.all) {
        self.municipalities = municipalities
        self.postcodes = postcodes
    }

    public func find(_ typed: String) -> PlaceMatch {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .empty }
        let byNIS = Dictionary(municipalities.map { ($0.nis, $0) }, uniquingKeysWith: { first, _ in first })

        if text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let matches = postcodes.filter { $0.code == text }
            let found = unique(matches.compactMap { code in byNIS[code.nis].map { PlaceChoice(municipality: $0, via: code.place) } })
            if found.count == 1 { return .found(found[0].municipality) }
            if found.count > 1 { return .choices(found) }
            // Suggest the municipalities whose postcodes begin alike (the same sorting area).
            let near = unique(postcodes.filter { $0.code.prefix(2) == text.prefix(2) }.compactMap { byNIS[$0.nis] }
                .map { PlaceChoice(municipality: $0, via: nil) })
            return .nothing(suggestions: near.map(\.municipality), unknownPostcode: true)
        }
        if Municipalities.isNISCode(text), let municipality = byNIS[text] { return .found(municipality) }

        let folded = TextFolding.fold(text)
        guard !folded.isEmpty else { return .nothing(suggestions: [], unknownPostcode: false) }
        if let exact = municipalities.first(where: { TextFolding.fold($0.name) == folded }) { return .found(exact) }
        let parts = unique(postcodes.filter { TextFolding.fold($0.place) == folded }.compactMap { code in
            byNIS[code.nis].map { PlaceChoice(municipality: $0, via: code.place) }
        })
        if parts.count == 1 { return .found(parts[0].municipality) }
        if parts.count > 1 { return .choices(parts) }

        let byName = municipalities.filter { TextFolding.fold($0.name).contains(folded) }.map { PlaceChoice(municipality: $0, via: nil) }
        let byPart = postcodes.filter { TextFolding.fold($0.place).contains(folded) }.compactMap { code in
            byNIS[code.nis].map { PlaceChoice(municipality: $0, via: code.place) }
        }
        let partial = unique(byName + byPart)
        if partial.count == 1 { return .found(partial[0].municipality) }
        if partial.count > 1 { return .choices(partial.sorted { $0.municipality.name < $1.municipality.name }) }

        let limit = max(2, folded.count / 3)
        var scored: [(municipality: Municipality, distance: Int)] = []
        for municipality in municipalities {
            let distance = TextFolding.distance(TextFolding.fold(municipality.name), folded)
            if distance <= limit { scored.append((municipality, distance)) }
        }
        scored.sort { left, right in
            left.distance == right.distance ? left.municipality.name < right.municipality.name : left.distance < right.distance
        }
        let close: [Municipality] = scored.prefix(5).map { $0.municipality }
        return .nothing(suggestions: Array(close), unknownPostcode: false)
    }

    /// One choice per municipality, the first match kept.
    private func unique(_ choices: [PlaceChoice]) -> [PlaceChoice] {
        var seen: Set<String> = []
        return choices.filter { seen.insert($0.municipality.nis).inserted }
    }
}
