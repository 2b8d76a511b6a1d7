/// The short confirmations shown after a write redirects back to a list (`?gelukt=...`).
public enum AdminNotices {
    public static let codes: Set<String> = ["aangemaakt", "gewijzigd", "verwijderd"]

    /// The confirmation for `code` in the visitor's language; nil for an unknown code.
    public static func text(_ code: String?, _ strings: SiteStrings) -> String? {
        guard let code, codes.contains(code) else { return nil }
        return strings.text["notice.\(code)"]
    }
}

/// The first crumb of every administration page.
public func adminCrumb(_ strings: SiteStrings) -> (label: String, url: String?) {
    (strings.text["frame.adminCrumb"], AccessPath.admin.path)
}
