/// What the bytes of a file are, by their first bytes and, for zips, their entries.
enum ContentSniffer {
    enum Finding: Equatable {
        case kind(FileKind)
        case dangerous(UploadRefusal.Danger)
        /// UTF-8 text without NUL bytes that does not look like markup.
        case text
        /// Neither a known binary kind nor valid text.
        case invalidText
    }

    static func sniff(_ bytes: [UInt8]) -> Finding {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .kind(.pdf) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .kind(.png) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .kind(.jpeg) }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .kind(.gif) }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return .kind(.webp)
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return ZipEntries(bytes).finding }
        if isExecutable(bytes) { return .dangerous(.executable) }
        if bytes.starts(with: Array("#!".utf8)) { return .dangerous(.script) }
        guard !bytes.contains(0), UTF8Validation.isValid(bytes) else { return .invalidText }
        return MarkupSniffer.danger(in: bytes).map(Finding.dangerous) ?? .text
    }

    /// Windows, Linux and macOS programs and Java classes, by their magic numbers.
    private static func isExecutable(_ bytes: [UInt8]) -> Bool {
        let magics: [[UInt8]] = [
            Array("MZ".utf8), [0x7F, 0x45, 0x4C, 0x46],
            [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE],
            [0xCA, 0xFE, 0xBA, 0xBE],
        ]
        return magics.contains { bytes.starts(with: $0) }
    }
}

/// Text that browsers could take for a web page or an image with scripts.
enum MarkupSniffer {
    /// Tags that make text look like HTML when they come first (after a byte-order mark and spaces).
    private static let leadingTags = [
        "!doctype", "html", "head", "body", "script", "iframe", "h1", "div", "font", "table", "a", "style", "title",
        "b", "br", "p", "meta", "link", "object", "embed", "form", "img", "base",
    ]
    /// Tags refused anywhere in a text file.
    private static let anywhereTags = ["<script", "<svg", "<html", "<iframe", "<object", "<embed"]

    static func danger(in bytes: [UInt8]) -> UploadRefusal.Danger? {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(bytes[start]) { start += 1 }
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        if start < lowered.count, lowered[start] == UInt8(ascii: "<") {
            let rest = lowered[(start + 1)...]
            if rest.starts(with: Array("svg".utf8)) || rest.starts(with: Array("?xml".utf8)) { return .svg }
            if rest.starts(with: Array("!--".utf8)) { return .html }
            for tag in leadingTags where rest.starts(with: Array(tag.utf8)) {
                guard let after = rest.dropFirst(tag.utf8.count).first else { return .html }
                if [0x20, 0x09, 0x0A, 0x0D, 0x0C, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(after) {
                    return .html
                }
            }
        }
        for tag in anywhereTags where contains(lowered, Array(tag.utf8)) {
            return tag == "<svg" ? .svg : .html
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}

/// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            let minimum: UInt32
            var value: UInt32
            switch lead {
            case 0x00...0x7F:
                index += 1
                continue
            case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
            default: return false
            }
            guard index + length <= bytes.count else { return false }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return false }
            index += length
        }
        return true
    }
}
