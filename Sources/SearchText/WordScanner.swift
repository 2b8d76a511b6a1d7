/// Splits UTF-8 text into words (the rules are documented at `SearchText.tokens`) and folds each word, in one pass
/// over the bytes.
enum WordScanner {
    /// A word's byte range in the text and its kind.
    struct Piece {
        var start: Int
        var end: Int
        var kind: SearchToken.Kind
    }

    private enum Class { case word, apostrophe, hyphen, separator }

    /// Calls `visit` with every word and its folded bytes, in a reused buffer that `visit` may change (the stemmer
    /// works in place); copy what you keep. Words that fold to nothing (a lone accent) are skipped.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Piece, inout [UInt8]) -> Void) {
        let count = bytes.count
        var parts: [(start: Int, end: Int)] = []
        var folded: [UInt8] = []
        var joined: [UInt8] = []
        var index = 0
        while index < count {
            let (first, firstLength) = classify(bytes, at: index)
            guard first == .word else {
                index += firstLength
                continue
            }
            parts.removeAll(keepingCapacity: true)
            var partStart = index
            var position = index
            scanning: while position < count {
                let (kind, length) = classify(bytes, at: position)
                switch kind {
                case .word:
                    position += length
                case .apostrophe:
                    let next = position + length
                    guard next < count, bytes[next] | 0x20 == 0x73,
                        next + 1 == count || classify(bytes, at: next + 1).0 != .word
                    else { break scanning }
                    position = next + 1
                    break scanning
                case .hyphen:
                    let next = position + length
                    guard next < count, classify(bytes, at: next).0 == .word,
                        !(isASCIIDigit(bytes[position - 1]) && isASCIIDigit(bytes[next]))
                    else { break scanning }
                    parts.append((partStart, position))
                    partStart = next
                    position = next
                case .separator:
                    break scanning
                }
            }
            parts.append((partStart, position))
            index = position

            if parts.count == 1 {
                folded.removeAll(keepingCapacity: true)
                fold(bytes, parts[0].start, parts[0].end, into: &folded)
                if !folded.isEmpty { visit(Piece(start: parts[0].start, end: parts[0].end, kind: .word), &folded) }
                continue
            }
            joined.removeAll(keepingCapacity: true)
            var foldedParts = 0
            for part in parts {
                folded.removeAll(keepingCapacity: true)
                fold(bytes, part.start, part.end, into: &folded)
                guard !folded.isEmpty else { continue }
                joined.append(contentsOf: folded)
                foldedParts += 1
                visit(Piece(start: part.start, end: part.end, kind: .compoundPart), &folded)
            }
            if foldedParts > 1, let first = parts.first, let last = parts.last {
                visit(Piece(start: first.start, end: last.end, kind: .compound), &joined)
            }
        }
    }

    @inline(__always) private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Folds the word in `start..<end`; apostrophes become "'".
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into folded: inout [UInt8]) {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                folded.append(byte == 0x60 ? 0x27 : Folding.lowercaseASCII(byte))
                index += 1
            } else {
                let (value, length) = decode(bytes, at: index)
                if let scalar = Unicode.Scalar(value) { Folding.append(scalar, to: &folded) }
                index += length
            }
        }
    }

    /// The scalar starting at `index` (the text is valid UTF-8) and its length in bytes.
    @inline(__always) private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        let count = bytes.count
        @inline(__always) func continuation(_ offset: Int) -> UInt32 {
            index + offset < count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    @inline(__always) private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Class, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (.word, 1)
            case 0x27, 0x60: return (.apostrophe, 1)
            case 0x2D: return (.hyphen, 1)
            default: return (.separator, 1)
            }
        }
        let (value, length) = decode(bytes, at: index)
        return (classify(value), length)
    }

    private static func classify(_ value: UInt32) -> Class {
        switch value {
        case 0xD7, 0xF7: return .separator  // × ÷
        case 0xC0...0x24F, 0xAD: return .word  // Latin letters with accents; the soft hyphen, which folding drops
        case 0x2019, 0x2018, 0x2BC, 0xB4, 0x2032: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return .word
        default:
            return .separator
        }
    }
}
