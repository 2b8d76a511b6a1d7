import Foundation

/// One tag found by `XMLCursor`. Ranges are byte offsets into the scanned buffer.
struct XMLTag {
    var isEnd: Bool
    var selfClosing: Bool
    /// The local name: a namespace prefix ("x:row") is left out, since some
    /// writers prefix the spreadsheet namespace and others do not.
    var nameStart: Int
    var nameEnd: Int
    var attributesStart: Int
    var attributesEnd: Int
    /// Offset of the byte after '>'.
    var end: Int
}

/// A forward-only scanner over XML bytes that hands out tags and text ranges.
///
/// It is not a conforming XML parser: it knows exactly what the OOXML parts of
/// an xlsx file need (tags, attributes, the predefined entities, character
/// references and CDATA) and nothing about DTDs or namespaces beyond prefixes.
/// That is what makes it fast enough to read half a million cells at once.
struct XMLCursor {
    let base: UnsafePointer<UInt8>
    let count: Int
    var position: Int

    init(base: UnsafePointer<UInt8>, count: Int, position: Int = 0) {
        self.base = base
        self.count = count
        self.position = position
    }

    init(_ buffer: ByteBuffer) {
        self.init(base: buffer.pointer, count: buffer.count)
    }

    /// Offset of the next `byte` at or after `from`, or `count` when there is none.
    @inline(__always)
    func find(_ byte: UInt8, from: Int) -> Int {
        guard from < count else { return count }
        guard let hit = memchr(base + from, Int32(byte), count - from) else { return count }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    @inline(__always)
    func matches(_ literal: StaticString, at offset: Int) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard offset + n <= count else { return false }
        return memcmp(base + offset, literal.utf8Start, n) == 0
    }

    func find(_ literal: StaticString, from: Int) -> Int {
        let first = literal.utf8Start[0]
        var i = from
        while true {
            i = find(first, from: i)
            if i >= count || matches(literal, at: i) { return i }
            i += 1
        }
    }

    /// The next tag at or after `position`, which then points past it. Comments,
    /// processing instructions, declarations and CDATA sections are stepped over.
    /// `nil` when no complete tag remains.
    mutating func nextTag() -> XMLTag? {
        while true {
            let lt = find(UInt8(ascii: "<"), from: position)
            guard lt + 1 < count else {
                position = count
                return nil
            }
            var i = lt + 1
            let first = base[i]
            if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") {
                let terminator: StaticString
                if matches("<!--", at: lt) {
                    terminator = "-->"
                } else if matches("<![CDATA[", at: lt) {
                    terminator = "]]>"
                } else {
                    terminator = first == UInt8(ascii: "?") ? "?>" : ">"
                }
                let stop = find(terminator, from: i)
                guard stop < count else {
                    position = count
                    return nil
                }
                position = stop + terminator.utf8CodeUnitCount
                continue
            }
            let isEnd = first == UInt8(ascii: "/")
            if isEnd { i += 1 }
            var nameStart = i
            while i < count {
                let b = base[i]
                if b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || isASCIIWhitespace(b) { break }
                if b == UInt8(ascii: ":") { nameStart = i + 1 }
                i += 1
            }
            let nameEnd = i
            let attributesStart = i
            // Quoted attribute values may legally contain '>', so quotes are honoured.
            while i < count {
                let b = base[i]
                if b == UInt8(ascii: ">") { break }
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    i = find(b, from: i + 1)
                }
                i += 1
            }
            guard i < count else {
                position = count
                return nil
            }
            let selfClosing = i > attributesStart && base[i - 1] == UInt8(ascii: "/")
            position = i + 1
            return XMLTag(isEnd: isEnd, selfClosing: selfClosing,
                          nameStart: nameStart, nameEnd: nameEnd,
                          attributesStart: attributesStart,
                          attributesEnd: selfClosing ? i - 1 : i,
                          end: i + 1)
        }
    }

    @inline(__always)
    func name(of tag: XMLTag, is literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard tag.nameEnd - tag.nameStart == n else { return false }
        if n == 1 { return base[tag.nameStart] == literal.utf8Start[0] }
        return memcmp(base + tag.nameStart, literal.utf8Start, n) == 0
    }

    /// Steps through the attributes of a tag: `offset` starts at
    /// `tag.attributesStart` and is advanced past each attribute returned.
    /// Names are local names (prefix left out); values are raw, undecoded ranges.
    func nextAttribute(of tag: XMLTag, offset: inout Int)
        -> (nameStart: Int, nameEnd: Int, valueStart: Int, valueEnd: Int)? {
        var i = offset
        let end = tag.attributesEnd
        while i < end, isASCIIWhitespace(base[i]) { i += 1 }
        guard i < end else { return nil }
        var nameStart = i
        while i < end, base[i] != UInt8(ascii: "="), !isASCIIWhitespace(base[i]) {
            if base[i] == UInt8(ascii: ":") { nameStart = i + 1 }
            i += 1
        }
        let nameEnd = i
        while i < end, base[i] != UInt8(ascii: "\"") && base[i] != UInt8(ascii: "'") { i += 1 }
        guard i < end else {
            offset = end
            return nil
        }
        let quote = base[i]
        let valueStart = i + 1
        let valueEnd = min(find(quote, from: valueStart), end)
        offset = valueEnd + 1
        return (nameStart, nameEnd, valueStart, valueEnd)
    }

    /// The raw value range of the attribute with the given local name.
    func attribute(_ name: StaticString, of tag: XMLTag) -> Range<Int>? {
        var offset = tag.attributesStart
        let n = name.utf8CodeUnitCount
        while let a = nextAttribute(of: tag, offset: &offset) {
            if a.nameEnd - a.nameStart == n, memcmp(base + a.nameStart, name.utf8Start, n) == 0 {
                return a.valueStart..<a.valueEnd
            }
        }
        return nil
    }

    /// The decoded value of the attribute with the given local name.
    func attributeText(_ name: StaticString, of tag: XMLTag) -> String? {
        attribute(name, of: tag).map { decodeText($0.lowerBound, $0.upperBound) }
    }

    /// Character data from `position` up to the next tag, CDATA included, which
    /// is left as the next thing to read. Returns the decoded text.
    mutating func readText() -> String {
        let stop = find(UInt8(ascii: "<"), from: position)
        if !matches("<![CDATA[", at: stop) {
            let text = decodeText(position, stop)
            position = stop
            return text
        }
        // Rare: mixed text and CDATA sections, gathered piece by piece.
        var text = ""
        while true {
            let lt = find(UInt8(ascii: "<"), from: position)
            text += decodeText(position, lt)
            guard matches("<![CDATA[", at: lt) else {
                position = lt
                return text
            }
            let contentStart = lt + 9
            let close = find("]]>", from: contentStart)
            text += String(decoding: UnsafeBufferPointer(start: base + contentStart,
                                                         count: close - contentStart), as: UTF8.self)
            position = min(close + 3, count)
        }
    }

    /// Decodes entities, character references and the `_xHHHH_` escapes Excel
    /// uses for control characters in [start, end).
    func decodeText(_ start: Int, _ end: Int) -> String {
        var i = start
        while i < end, base[i] != UInt8(ascii: "&"), base[i] != UInt8(ascii: "_") { i += 1 }
        if i == end {
            return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start),
                          as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "&"), let (scalar, length) = entity(at: i, end: end) {
                appendUTF8(scalar, to: &out)
                i += length
            } else if b == UInt8(ascii: "_"), let scalar = excelEscape(at: i, end: end) {
                appendUTF8(scalar, to: &out)
                i += 7
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func entity(at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var semicolon = i + 1
        while semicolon < end, semicolon - i <= 10, base[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < end, base[semicolon] == UInt8(ascii: ";") else { return nil }
        let length = semicolon - i + 1
        let nameStart = i + 1
        let nameLength = semicolon - nameStart
        if base[nameStart] == UInt8(ascii: "#") {
            var value: UInt32 = 0
            var j = nameStart + 1
            let hex = j < semicolon && (base[j] | 0x20) == UInt8(ascii: "x")
            if hex { j += 1 }
            guard j < semicolon else { return nil }
            while j < semicolon {
                guard let digit = hexValue(base[j]), hex || digit < 10 else { return nil }
                value = value * (hex ? 16 : 10) + UInt32(digit)
                guard value <= 0x10FFFF else { return nil }
                j += 1
            }
            return Unicode.Scalar(value).map { ($0, length) }
        }
        func named(_ literal: StaticString) -> Bool {
            nameLength == literal.utf8CodeUnitCount
                && memcmp(base + nameStart, literal.utf8Start, nameLength) == 0
        }
        if named("amp") { return ("&", length) }
        if named("lt") { return ("<", length) }
        if named("gt") { return (">", length) }
        if named("quot") { return ("\"", length) }
        if named("apos") { return ("'", length) }
        return nil
    }

    private func excelEscape(at i: Int, end: Int) -> Unicode.Scalar? {
        guard i + 7 <= end, base[i + 1] == UInt8(ascii: "x"), base[i + 6] == UInt8(ascii: "_") else {
            return nil
        }
        var value: UInt32 = 0
        for j in (i + 2)..<(i + 6) {
            guard let digit = hexValue(base[j]) else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return Unicode.Scalar(value)
    }

    @inline(__always)
    private func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: UTF8.encode(scalar)!)
    }

    /// Moves past the end tag matching a start tag just read, skipping whatever
    /// it contains; `false` when the data ends first.
    mutating func skipElement(_ tag: XMLTag) -> Bool {
        if tag.selfClosing || tag.isEnd { return true }
        var depth = 1
        while let t = nextTag() {
            if t.selfClosing { continue }
            depth += t.isEnd ? -1 : 1
            if depth == 0 { return true }
        }
        return false
    }
}
