/// Which link and image targets may stay.
enum LinkTarget: Equatable {
    /// A path on this site: one `/` then anything allowed.
    case site
    /// `http:` or `https:` with a host.
    case web
    /// `mailto:` with an address.
    case mail

    /// The kind of an already decoded target, or `nil` when it may not be a link.
    ///
    /// Refused: anything with a space, tab, line end, control or invisible format character (browsers drop some of
    /// those, so `java\tscript:` would become `javascript:`), a backslash (browsers read `/\host` as `//host`),
    /// `//host`, relative paths, and every scheme other than http, https and mailto.
    static func classify(_ target: String) -> LinkTarget? {
        guard !target.isEmpty else { return nil }
        for scalar in target.unicodeScalars {
            switch scalar.value {
            case 0x00...0x20, 0x7F...0xA0, 0x5C, 0x3C, 0x3E, 0x22, 0x60: return nil
            default:
                let category = scalar.properties.generalCategory
                if category == .format || category == .lineSeparator || category == .paragraphSeparator
                    || category == .spaceSeparator || category == .control || category == .surrogate
                    || category == .unassigned || category == .privateUse
                {
                    return nil
                }
            }
        }
        if target.hasPrefix("/") { return target.hasPrefix("//") ? nil : .site }
        guard let colon = target.firstIndex(of: ":") else { return nil }
        let scheme = target[..<colon]
        guard scheme.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else {
            return nil
        }
        let rest = target[target.index(after: colon)...]
        switch scheme.lowercased() {
        case "http", "https":
            guard rest.hasPrefix("//"), let host = rest.dropFirst(2).split(separator: "/").first,
                !host.isEmpty, !host.hasPrefix("?"), !host.hasPrefix("#")
            else { return nil }
            return .web
        case "mailto":
            return rest.isEmpty ? nil : .mail
        default:
            return nil
        }
    }

    /// Whether the path part has a `.` or `..` segment, spelled out or percent-encoded, or an encoded slash.
    static func hasDotSegment(_ target: String) -> Bool {
        let path = target.prefix { $0 != "?" && $0 != "#" }.lowercased()
        if path.contains("%2e") || path.contains("%2f") || path.contains("%5c") { return true }
        return path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
    }

    /// Whether an image may be shown from `target`: a site path under `prefix`, without dot segments.
    static func isAllowedImage(_ target: String, prefix: String?) -> Bool {
        guard let prefix, classify(target) == .site, target.hasPrefix(prefix), target.count > prefix.count else {
            return false
        }
        return !hasDotSegment(target)
    }

    /// A link target as written in Markdown, made ready to check: references decoded, surrounding spaces removed,
    /// and a trailing `"title"` (which Ink leaves in the target) dropped.
    static func cleaned(_ written: String) -> String {
        var target = HTMLText.decodingReferences(written)
        target = String(target.drop { $0 == " " || $0 == "\t" })
        while target.last == " " || target.last == "\t" { target.removeLast() }
        if let space = target.firstIndex(where: { $0 == " " || $0 == "\t" }) {
            let title = target[space...].drop { $0 == " " || $0 == "\t" }
            if title.count >= 2, let first = title.first, first == "\"" || first == "'", title.last == first {
                target = String(target[..<space])
            }
        }
        return target
    }
}
