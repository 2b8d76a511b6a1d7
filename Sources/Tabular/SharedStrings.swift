extension XMLCursor {
    /// The text of an `<si>` or `<is>` element whose start tag was just read:
    /// its `<t>` elements, direct or inside `<r>` runs, joined in order. Phonetic
    /// guides (`<rPh>`, used for Japanese) repeat text and are left out.
    /// `nil` when the data ends before the element does.
    mutating func readRichText(endingWith endName: StaticString) -> String? {
        var text = ""
        var phoneticDepth = 0
        while let tag = nextTag() {
            if tag.isEnd {
                if name(of: tag, is: endName) { return text }
                if name(of: tag, is: "rPh") { phoneticDepth = max(0, phoneticDepth - 1) }
                continue
            }
            if tag.selfClosing { continue }
            if name(of: tag, is: "t") {
                let piece = readText()
                if phoneticDepth == 0 {
                    if text.isEmpty { text = piece } else { text += piece }
                }
            } else if name(of: tag, is: "rPh") {
                phoneticDepth += 1
            }
        }
        return nil
    }
}

/// The shared-string table of a workbook (xl/sharedStrings.xml), kept as ready
/// cells so that every `t="s"` cell is a plain array lookup sharing the string's
/// storage.
enum SharedStrings {
    /// `nil` when the part is cut off.
    static func parse(_ buffer: ByteBuffer) -> [Cell]? {
        var cursor = XMLCursor(buffer)
        var strings: [Cell] = []
        while let tag = cursor.nextTag() {
            if tag.isEnd {
                if cursor.name(of: tag, is: "sst") { return strings }
                continue
            }
            if cursor.name(of: tag, is: "sst") {
                if let range = cursor.attribute("uniqueCount", of: tag),
                   let announced = parseXMLInt(cursor.base, range.lowerBound, range.upperBound) {
                    // The count is only a hint; a bogus one must not reserve gigabytes.
                    strings.reserveCapacity(min(announced, buffer.count / 8 + 1))
                }
                if tag.selfClosing { return strings }
            } else if cursor.name(of: tag, is: "si") {
                if tag.selfClosing {
                    strings.append(.empty)
                    continue
                }
                guard let text = cursor.readRichText(endingWith: "si") else { return nil }
                strings.append(text.isEmpty ? .empty : .text(text))
            }
        }
        return nil
    }
}
