/// The entry names of a zip, read from its local file headers (no unzipping), and what they make the file.
///
/// OOXML (docx, xlsx, pptx) has `[Content_Types].xml` and a `word/`, `xl/` or `ppt/` folder; OpenDocument starts
/// with a stored `mimetype` entry holding its type. A `vbaProject.bin` (Office) or a `Basic/` or `Scripts/` folder
/// (OpenDocument) means macros.
struct ZipEntries {
    /// Enough for any real document; a zip with more entries is judged on these.
    static let maximumEntries = 20_000

    private(set) var names: [String] = []
    /// The content of a first entry called `mimetype`, when stored uncompressed.
    private(set) var openDocumentType: String?

    init(_ bytes: [UInt8]) {
        var offset = 0
        while offset + 30 <= bytes.count, names.count < Self.maximumEntries, Self.isLocalHeader(bytes, at: offset) {
            let flags = Self.uint16(bytes, offset + 6)
            let method = Self.uint16(bytes, offset + 8)
            let compressedSize = Int(Self.uint32(bytes, offset + 18))
            let nameLength = Int(Self.uint16(bytes, offset + 26))
            let extraLength = Int(Self.uint16(bytes, offset + 28))
            let nameStart = offset + 30
            let dataStart = nameStart + nameLength + extraLength
            guard dataStart <= bytes.count else { break }
            let name = String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            names.append(name)
            if offset == 0, name == "mimetype", method == 0, compressedSize <= 200,
                dataStart + compressedSize <= bytes.count
            {
                openDocumentType = String(decoding: bytes[dataStart..<(dataStart + compressedSize)], as: UTF8.self)
            }
            // With a data descriptor (flag bit 3) the sizes come after the data: look for the next header instead.
            if flags & 0x08 == 0 {
                offset = dataStart + compressedSize
            } else if let next = Self.nextLocalHeader(bytes, from: dataStart) {
                offset = next
            } else {
                break
            }
        }
    }

    var finding: ContentSniffer.Finding {
        switch openDocumentType {
        case "application/vnd.oasis.opendocument.text"?: return openDocument(.odt)
        case "application/vnd.oasis.opendocument.spreadsheet"?: return openDocument(.ods)
        case "application/vnd.oasis.opendocument.presentation"?: return openDocument(.odp)
        default: break
        }
        guard names.contains("[Content_Types].xml") else { return .invalidText }
        if names.contains(where: { $0.lowercased().hasSuffix("vbaproject.bin") }) { return .dangerous(.macros) }
        if names.contains(where: { $0.hasPrefix("word/") }) { return .kind(.docx) }
        if names.contains(where: { $0.hasPrefix("xl/") }) { return .kind(.xlsx) }
        if names.contains(where: { $0.hasPrefix("ppt/") }) { return .kind(.pptx) }
        return .invalidText
    }

    private func openDocument(_ kind: FileKind) -> ContentSniffer.Finding {
        names.contains { $0.hasPrefix("Basic/") || $0.hasPrefix("Scripts/") } ? .dangerous(.macros) : .kind(kind)
    }

    private static func isLocalHeader(_ bytes: [UInt8], at offset: Int) -> Bool {
        offset + 4 <= bytes.count && bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B && bytes[offset + 2] == 0x03
            && bytes[offset + 3] == 0x04
    }

    private static func nextLocalHeader(_ bytes: [UInt8], from start: Int) -> Int? {
        var offset = start
        while offset + 30 <= bytes.count {
            if isLocalHeader(bytes, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
            | UInt32(bytes[offset + 3]) << 24
    }
}
