import Foundation

/// The name of a downloaded file that says what it holds: what (the indicator), where (the level and the area it lies
/// in, or the chosen areas) and when (the first and last period), e.g.
/// `elektriciteitsverbruik-residentieel_wijken-gent_2018-2021.csv`. Every download of the site (CSV, XLSX, JSON-stat,
/// GeoJSON, RDF, the chart as SVG or PNG) is named by this one value, so two files of different selections never share
/// a name and the same selection always gets the same one.
public struct DownloadFileName: Sendable, Equatable {
    /// The indicator names (or a word for 'several indicators' when there are more than three).
    public var subjects: [String]
    /// The level in words, e.g. "wijken".
    public var level: String
    /// The area the level is narrowed to, e.g. "Gent"; or the chosen areas.
    public var within: [String]
    public var periods: [String]
    /// What the file adds to the selection, e.g. "kaart" for the map of it.
    public var suffix: String?

    /// The longest slug before the extension: long enough for a name, short enough for every file system.
    public static let maximumLength = 120

    public init(subjects: [String], level: String, within: [String] = [], periods: [String], suffix: String? = nil) {
        self.subjects = subjects
        self.level = level
        self.within = within
        self.periods = periods
        self.suffix = suffix
    }

    /// The ASCII name, `[a-z0-9_-]` plus the extension: what every browser and file system accepts.
    public func ascii(extension fileExtension: String) -> String {
        name(Self.asciiSlug) + "." + Self.asciiSlug(fileExtension)
    }

    /// The name with its accents kept (`liège`), for `filename*` where the browser can take it.
    public func unicode(extension fileExtension: String) -> String {
        name(Self.unicodeSlug) + "." + Self.asciiSlug(fileExtension)
    }

    /// The `Content-Disposition` value: `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 and 5987).
    public func contentDisposition(extension fileExtension: String, inline: Bool = false) -> String {
        let plain = ascii(extension: fileExtension)
        let full = unicode(extension: fileExtension)
        return (inline ? "inline" : "attachment") + "; filename=\"\(plain)\"; filename*=UTF-8''" + Self.percentEncoded(full)
    }

    private func name(_ slug: (String) -> String) -> String {
        func part(_ words: [String]) -> String { words.map(slug).filter { !$0.isEmpty }.joined(separator: "+") }
        var tail = [Self.shortened([slug(level), part(within)].filter { !$0.isEmpty }.joined(separator: "-"), to: Self.maximumLength / 2)]
        switch periods.count {
        case 0: break
        case 1: tail.append(slug(periods[0]))
        default: tail.append(slug(periods[0]) + "-" + slug(periods[periods.count - 1]))
        }
        if let suffix { tail.append(slug(suffix)) }
        let end = tail.filter { !$0.isEmpty }.joined(separator: "_")
        // A long name loses words of its subject first: where, when and which chart always stay.
        let subject = Self.shortened(part(subjects), to: max(Self.maximumLength - end.count - 1, 16))
        let joined = [subject, end].filter { !$0.isEmpty }.joined(separator: "_")
        return Self.shortened(joined.isEmpty ? "stadsbeeld" : joined, to: Self.maximumLength)
    }

    /// Cuts a long name at a separator before `length` characters, so no word is cut in half when avoidable.
    static func shortened(_ name: String, to length: Int) -> String {
        guard name.count > length else { return name }
        let head = name.prefix(length)
        if let cut = head.lastIndex(where: { "-_+".contains($0) }), head.distance(from: head.startIndex, to: cut) > length / 2 {
            return String(head[..<cut])
        }
        return String(head)
    }

    /// Lower case, accents removed (`Liège` → `liege`, `Ø` → `o`), anything but letters and digits becomes one `-`.
    public static func asciiSlug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let letters: String? = if scalar.isASCII {
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? String(scalar) : nil
            } else {
                replacements[scalar]
            }
            if let letters {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out += letters
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Lower case with its accents kept; spaces, slashes, quotes and other punctuation become one `-`.
    public static func unicodeSlug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().precomposedStringWithCanonicalMapping.unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
            if keep, scalar.value >= 0x20 {
                if pendingDash, !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }

    /// Letters without a decomposition into a base letter and a mark.
    private static let replacements: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ĳ": "ij",
    ]

    /// RFC 5987 `attr-char` stays, every other byte of the UTF-8 text is written `%XX`.
    static func percentEncoded(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~".utf8)
        var out = ""
        for byte in text.utf8 {
            if allowed.contains(byte) { out.unicodeScalars.append(Unicode.Scalar(byte)) } else { out += String(format: "%%%02X", byte) }
        }
        return out
    }
}
