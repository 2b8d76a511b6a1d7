import Foundation

/// Where a right applies, from LPDC's `geografischToepassingsgebieden`: NUTS and LAU codes → the NIS codes of the
/// municipalities they cover.
///
/// - `BE23444021`: a LAU code, NUTS 3 region + NIS code; the last five digits are the municipality (44021 Gent).
/// - `BE234`: a NUTS 3 region (arrondissement Gent): all its municipalities. `BE23`: a province (NUTS 2).
/// - `BE2`: the Flemish Region, `BE1`: Brussels (NUTS 1). `BE`: all of Belgium.
/// - No codes: the right applies everywhere (nil).
public enum ServiceArea {
    public struct Resolved: Sendable, Hashable {
        /// NIS codes, sorted; nil when the right applies everywhere.
        public var municipalities: [String]?
        /// Codes that could not be placed (reported, never silently dropped).
        public var unknownCodes: [String]
    }

    public static func resolve(_ codes: [String], municipalities: [Municipality] = Municipalities.all) -> Resolved {
        let cleaned = codes.map { LDESPage.lastSegment($0).uppercased().trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !cleaned.isEmpty else { return Resolved(municipalities: nil, unknownCodes: []) }
        var found: Set<String> = []
        var unknown: [String] = []
        for code in cleaned {
            guard code.hasPrefix("BE") else {
                unknown.append(code)
                continue
            }
            if code == "BE" { return Resolved(municipalities: nil, unknownCodes: unknown) }
            let rest = code.dropFirst(2)
            if code.count == 10, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }),
               code.suffix(5).allSatisfy({ $0.isASCII && $0.isNumber }) {
                // LAU: the NUTS 3 region then the municipality's NIS code. A NIS code we do not list (a later
                // merger) is kept as given: a page for that code still finds it.
                found.insert(String(code.suffix(5)))
            } else if (3...5).contains(code.count) {
                let matches = municipalities.filter { $0.nuts3.hasPrefix(code) }
                if matches.isEmpty {
                    unknown.append(code)
                } else {
                    found.formUnion(matches.map(\.nis))
                }
            } else {
                unknown.append(code)
            }
        }
        return Resolved(municipalities: found.sorted(), unknownCodes: unknown)
    }
}
