/// The short confirmations shown after a write redirects back to a list (`?gelukt=...`).
public enum AdminNotices {
    public static let all = [
        "aangemaakt": "Aangemaakt.", "gewijzigd": "De wijziging is bewaard.", "verwijderd": "Verwijderd.",
    ]
}

/// The first crumb of every administration page.
public let adminCrumb: (label: String, url: String?) = ("Beheer", AccessPath.admin.path)
