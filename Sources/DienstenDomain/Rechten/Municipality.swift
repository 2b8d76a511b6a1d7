import Foundation

/// A municipality of Flanders or Brussels with the codes LPDC's areas use: its NIS code (2024), the NUTS 3 region
/// (arrondissement) it lies in and its province's NIS code (Brussels: 4000, the region).
public struct Municipality: Sendable, Hashable {
    public let nis: String
    public let name: String
    public let nuts3: String
    public let province: String

    public init(nis: String, name: String, nuts3: String, province: String) {
        self.nis = nis
        self.name = name
        self.nuts3 = nuts3
        self.province = province
    }

    /// The NUTS 2 region (the province; Brussels BE10) and NUTS 1 region (BE2 Flanders, BE1 Brussels).
    public var nuts2: String { String(nuts3.prefix(4)) }
    public var nuts1: String { String(nuts3.prefix(3)) }
}

/// The municipalities of `Resources/rechten/gemeenten.csv` (see the README there for where they come from).
public enum Municipalities {
    public static let all: [Municipality] = load()

    /// By NIS code.
    public static let byNIS: [String: Municipality] = Dictionary(all.map { ($0.nis, $0) }, uniquingKeysWith: { first, _ in first })

    public static func named(_ nis: String) -> Municipality? { byNIS[nis] }

    /// Whether `text` has the form of a NIS code (five digits); says nothing about whether it is known.
    public static func isNISCode(_ text: String) -> Bool {
        text.count == 5 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func load() -> [Municipality] {
        guard let url = Bundle.module.url(forResource: "gemeenten", withExtension: "csv", subdirectory: "Resources/rechten")
            ?? Bundle.module.url(forResource: "gemeenten", withExtension: "csv", subdirectory: "rechten"),
            let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parse(text)
    }

    /// Reads `nis,naam,nuts3,provincie` lines after the header (names contain no commas or quotes).
    static func parse(_ text: String) -> [Municipality] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 4 else { return nil }
            return Municipality(nis: fields[0], name: fields[1], nuts3: fields[2], province: fields[3])
        }
    }
}
