import Foundation

extension SearchText {
    /// Folds text for matching: lowercase, accents removed (é → e, ë → e, ç → c), letters written as two
    /// (ß → ss, æ → ae, œ → oe, ø → o, ĳ → ij, ﬁ → fi) and curly apostrophes and quotes made straight (’ → ',
    /// „ ” → "). Everything else is kept, so the result can be shorter or longer than the input. ASCII text takes a
    /// fast path and comes back unchanged when it has no capitals.
    public static func fold(_ text: String) -> String {
        var hasCapital = false
        for byte in text.utf8 {
            if byte >= 0x80 { return foldUnicode(text) }
            if Folding.isASCIICapital(byte) { hasCapital = true }
        }
        guard hasCapital else { return text }
        return String(decoding: text.utf8.map(Folding.lowercaseASCII), as: UTF8.self)
    }

    private static func foldUnicode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { Folding.append(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Folding one Unicode scalar at a time, into UTF-8 bytes.
enum Folding {
    @inline(__always) static func isASCIICapital(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    @inline(__always) static func lowercaseASCII(_ byte: UInt8) -> UInt8 { isASCIICapital(byte) ? byte | 0x20 : byte }

    /// Appends the folded form of `scalar` to `bytes`.
    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(lowercaseASCII(UInt8(value)))
        } else if value < tableEnd {
            bytes.append(contentsOf: table[Int(value) - 0x80])
        } else {
            switch value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: bytes.append(0x27)
            case 0x201C...0x201F, 0x2033: bytes.append(0x22)
            case 0x2010, 0x2011: bytes.append(0x2D)
            case 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: break  // combining accents
            case 0x1E00...0x1FFF, 0xFB00...0xFB06, 0xFF00...0xFFEF: bytes.append(contentsOf: slowFold(scalar))
            default: appendLowercased(scalar, to: &bytes)
            }
        }
    }

    /// Scalars below this value are folded by table lookup.
    private static let tableEnd: UInt32 = 0x500

    /// The folded bytes of U+0080 up to `tableEnd` (Latin, Greek, Cyrillic), computed once.
    private static let table: [[UInt8]] = (UInt32(0x80)..<tableEnd).map { value in
        Unicode.Scalar(value).map(slowFold) ?? []
    }

    /// Letters that do not decompose into a base letter and an accent, and punctuation with a plain equivalent.
    private static let special: [UInt32: String] = [
        0xDF: "ss", 0x1E9E: "ss", 0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe", 0xD8: "o", 0xF8: "o",
        0x110: "d", 0x111: "d", 0xD0: "d", 0xF0: "d", 0xDE: "th", 0xFE: "th", 0x141: "l", 0x142: "l",
        0x13F: "l", 0x140: "l", 0x131: "i", 0x126: "h", 0x127: "h", 0x166: "t", 0x167: "t",
        0x2BC: "'", 0xB4: "'", 0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0xAB: "\"", 0xBB: "\"", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"",
        0x2010: "-", 0x2011: "-", 0xAD: "",
    ]

    private static func isCombiningAccent(_ value: UInt32) -> Bool {
        switch value {
        case 0x300...0x36F, 0x483...0x489, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// Lowercase, compatibility decomposition (é → e + accent, ﬁ → fi), accents dropped.
    private static func slowFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let replacement = special[scalar.value] { return Array(replacement.utf8) }
        if isCombiningAccent(scalar.value) { return [] }
        var bytes: [UInt8] = []
        let decomposed = scalar.properties.lowercaseMapping.decomposedStringWithCompatibilityMapping
        for part in decomposed.unicodeScalars where !isCombiningAccent(part.value) {
            if let replacement = special[part.value] {
                bytes.append(contentsOf: replacement.utf8)
            } else if part.value < 0x80 {
                bytes.append(lowercaseASCII(UInt8(part.value)))
            } else {
                appendLowercased(part, to: &bytes)
            }
        }
        return bytes
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.properties.changesWhenLowercased {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }
}
