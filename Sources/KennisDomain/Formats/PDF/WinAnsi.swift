/// Text for the standard Helvetica fonts in a PDF: Windows-1252 ("WinAnsi") bytes and the glyph widths.
enum WinAnsi {
    /// The byte for a character, or `?` when WinAnsi has none. Tabs and other spaces become a space.
    static func byte(for scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF: return UInt8(scalar.value)
        case 0x09, 0x2000...0x200A, 0x202F: return 0x20
        default: return specials[scalar.value] ?? UInt8(ascii: "?")
        }
    }

    /// The characters Windows-1252 puts in 0x80...0x9F.
    private static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// The bytes of a text, after composing accents (`e` + `´` becomes `é`) and dropping control characters.
    static func bytes(_ text: String) -> [UInt8] {
        text.precomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.value >= 0x20 || $0 == "\t" }
            .filter { !(0x7F...0x9F).contains($0.value) }
            .map(byte(for:))
    }

    /// The width of a byte in Helvetica, in thousandths of the font size (from the font's published metrics).
    static func helveticaWidth(_ byte: UInt8) -> Int {
        switch byte {
        case 0x20...0x7E: return asciiWidths[Int(byte) - 0x20]
        case 0xA0...0xFF: return latinWidths[Int(byte) - 0xA0]
        default: return specialWidths[byte] ?? 556
        }
    }

    /// The width of a text in points.
    static func width(of bytes: [UInt8], size: Double, bold: Bool) -> Double {
        let units = bytes.reduce(0) { $0 + helveticaWidth($1) }
        // Helvetica-Bold is at most about a tenth wider; measuring generously keeps lines inside the margin.
        return Double(units) * size / 1_000 * (bold ? 1.1 : 1)
    }

    private static let asciiWidths: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p to ~
    ]

    private static let latinWidths: [Int] = [
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,  // nbsp to macron
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,  // degree to ¿
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,  // À to Ï
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,  // Ð to ß
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,  // à to ï
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,  // ð to ÿ
    ]

    private static let specialWidths: [UInt8: Int] = [
        0x80: 556, 0x82: 222, 0x83: 556, 0x84: 333, 0x85: 1000, 0x86: 556, 0x87: 556, 0x88: 333, 0x89: 1000,
        0x8A: 667, 0x8B: 333, 0x8C: 1000, 0x8E: 611, 0x91: 222, 0x92: 222, 0x93: 333, 0x94: 333, 0x95: 350,
        0x96: 556, 0x97: 1000, 0x98: 333, 0x99: 1000, 0x9A: 500, 0x9B: 333, 0x9C: 944, 0x9E: 500, 0x9F: 667,
    ]
}
