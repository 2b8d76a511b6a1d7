/// E-mail addresses identify accounts. They are compared case-insensitively and without surrounding spaces,
/// so `An@Gent.be ` and `an@gent.be` are one account, and one throttling key.
public enum EmailAddress {
    public static func normalise(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plain check, not RFC 5322: one @, something before it, a dot in the domain, no spaces, a sane length.
    public static func isPlausible(_ text: String) -> Bool {
        let address = normalise(text)
        guard address.count <= 254, !address.contains(where: \.isWhitespace) else { return false }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 3 else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }
}
