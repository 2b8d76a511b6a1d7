/// Organisation codes appear in URLs (`/organisatie/gent/leden`), so they are short, lower-case and plain.
public enum OrganisationCode {
    /// Nil when the code is acceptable, otherwise the reason in Dutch.
    public static func problem(_ code: String) -> String? {
        if code.isEmpty { return "de code is leeg" }
        if code.count > 40 { return "de code is langer dan 40 tekens" }
        let allowed = code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        if !allowed { return "gebruik alleen kleine letters, cijfers en koppeltekens" }
        if code.hasPrefix("-") || code.hasSuffix("-") { return "de code begint of eindigt niet met een koppelteken" }
        return nil
    }
}
