import Foundation

/// The zip container and the workbook-level parts of an xlsx file.
struct XLSXPackage {
    struct SheetEntry {
        var name: String
        var part: String?
        var isWorksheet: Bool
    }

    private struct Relationship {
        var target: String
        var type: String
    }

    let file: String
    let archive: ZipDirectory
    let sheets: [SheetEntry]
    let limits: TabularLimits
    private let sharedStringsPart: String?

    init(path: String, file: String, limits: TabularLimits = .standard) throws(TabularError) {
        self.file = file
        self.limits = limits
        do {
            archive = try ZipDirectory(path: path)
        } catch {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw TabularError(location: TabularLocation(file: file),
                                   reason: "het bestand bestaat niet of kan niet gelezen worden",
                                   kind: .unreadableFile)
            }
            // A zip whose directory cannot be found is most often a download or
            // copy that stopped half way; anything else is not a zip at all.
            if hasZipSignature(path: path) {
                throw TabularError(location: TabularLocation(file: file),
                                   reason: TabularError.corruptXLSXReason, kind: .corruptXLSX)
            }
            throw TabularError(location: TabularLocation(file: file),
                               reason: TabularError.notXLSXReason, kind: .notXLSX)
        }

        var workbookPart = "xl/workbook.xml"
        if let rootRels = try Self.readPart("_rels/.rels", from: archive, file: file, limits: limits) {
            let rels = Self.parseRelationships(rootRels, basePart: "")
            if let office = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }) {
                workbookPart = office.target
            }
        }
        guard let workbookBytes = try Self.readPart(workbookPart, from: archive, file: file, limits: limits) else {
            throw TabularError(location: TabularLocation(file: file),
                               reason: TabularError.notXLSXReason, kind: .notXLSX)
        }
        let relsPart = Self.relationshipsPart(of: workbookPart)
        let rels = try Self.readPart(relsPart, from: archive, file: file, limits: limits)
            .map { Self.parseRelationships($0, basePart: workbookPart) } ?? [:]

        var sheets: [SheetEntry] = []
        var cursor = XMLCursor(workbookBytes)
        while let tag = cursor.nextTag() {
            guard !tag.isEnd, cursor.name(of: tag, is: "sheet") else { continue }
            let name = cursor.attributeText("name", of: tag) ?? "Blad\(sheets.count + 1)"
            // The relationship id is the only attribute named "id" (r:id); the
            // numeric sheetId is not a part reference.
            let rel = cursor.attributeText("id", of: tag).flatMap { rels[$0] }
            sheets.append(SheetEntry(name: name, part: rel?.target,
                                     isWorksheet: rel.map { $0.type.hasSuffix("/worksheet") } ?? true))
        }
        self.sheets = sheets
        sharedStringsPart = rels.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target
            ?? "xl/sharedStrings.xml"
    }

    func sheetBytes(_ sheet: SheetEntry) throws(TabularError) -> ByteBuffer {
        guard sheet.isWorksheet else {
            throw TabularError(location: TabularLocation(file: file, sheet: sheet.name),
                               reason: "dit blad is geen werkblad met cellen (bijvoorbeeld een grafiek)",
                               kind: .unsupportedFormat)
        }
        guard let part = sheet.part,
              let bytes = try Self.readPart(part, from: archive, file: file, sheet: sheet.name, limits: limits)
        else {
            throw TabularError(location: TabularLocation(file: file, sheet: sheet.name),
                               reason: TabularError.corruptXLSXReason, kind: .corruptXLSX)
        }
        return bytes
    }

    func sharedStrings() throws(TabularError) -> [Cell] {
        guard let part = sharedStringsPart,
              let bytes = try Self.readPart(part, from: archive, file: file, limits: limits)
        else { return [] }
        guard let strings = SharedStrings.parse(bytes) else {
            throw TabularError(location: TabularLocation(file: file),
                               reason: TabularError.corruptXLSXReason, kind: .corruptXLSX)
        }
        return strings
    }

    /// Thrown inside the extraction to stop inflating a part past the limits.
    private struct PartTooLarge: Error {
        let reason: String
    }

    /// Decompresses one part; `nil` when the archive has no such part. Inflating stops as soon as the part passes
    /// `limits.inflatedPartBytes` or `limits.compressionRatio`, whatever size the zip directory announces, and a
    /// damaged deflate stream ends it as a corrupt file (`ZipPartReader` cannot loop).
    static func readPart(_ part: String, from archive: ZipDirectory, file: String,
                         sheet: String? = nil, limits: TabularLimits = .standard) throws(TabularError) -> ByteBuffer? {
        guard let entry = archive.entry(part) else { return nil }
        let corrupt = TabularError(location: TabularLocation(file: file, sheet: sheet),
                                   reason: TabularError.corruptXLSXReason, kind: .corruptXLSX)
        let announced = entry.uncompressedSize
        let maximum = limits.inflatedPartBytes
        let compressed = max(Int(clamping: entry.compressedSize), 1)
        let what = sheet.map { "blad \"\($0)\"" } ?? "onderdeel \(part)"
        // The announced size is only a hint: the reservation never exceeds what the limits would let through.
        let allowed = min(maximum, compressed.multipliedReportingOverflow(by: limits.compressionRatio).partialValue + limits.ratioFloorBytes)
        let buffer = ByteBuffer(capacity: Int(min(announced, UInt64(max(allowed, 0)))))
        var crc = CRC32Checksum()
        do {
            try ZipPartReader.read(entry, in: archive) { data in
                let inflated = buffer.count + data.count
                if inflated > maximum {
                    throw PartTooLarge(reason: "\(what) is uitgepakt groter dan \(TabularLimits.size(maximum)), "
                                       + "de grens voor één blad; verdeel de gegevens over meer bestanden")
                }
                if inflated > limits.ratioFloorBytes, inflated / compressed > limits.compressionRatio {
                    throw PartTooLarge(reason: "\(what) pakt uit tot meer dan \(limits.compressionRatio) keer "
                                       + "zijn gecomprimeerde grootte, de grens voor een xlsx-bestand; het wordt niet gelezen")
                }
                crc.update(data)
                buffer.append(data)
            }
        } catch let error as PartTooLarge {
            throw TabularError(location: TabularLocation(file: file, sheet: sheet), reason: error.reason, kind: .tooLarge)
        } catch {
            throw corrupt
        }
        // Entries written with a data descriptor may report 0 when the
        // descriptor could not be read; then there is nothing to compare with.
        if entry.checksum != 0 && crc.value != entry.checksum { throw corrupt }
        return buffer
    }

    private static func relationshipsPart(of part: String) -> String {
        let slash = part.lastIndex(of: "/")
        let directory = slash.map { String(part[...$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        return directory + "_rels/" + name + ".rels"
    }

    private static func parseRelationships(_ bytes: ByteBuffer, basePart: String) -> [String: Relationship] {
        var result: [String: Relationship] = [:]
        var cursor = XMLCursor(bytes)
        while let tag = cursor.nextTag() {
            guard !tag.isEnd, cursor.name(of: tag, is: "Relationship"),
                  let id = cursor.attributeText("Id", of: tag),
                  let target = cursor.attributeText("Target", of: tag)
            else { continue }
            if cursor.attributeText("TargetMode", of: tag) == "External" { continue }
            let type = cursor.attributeText("Type", of: tag) ?? ""
            result[id] = Relationship(target: resolve(target, relativeTo: basePart), type: type)
        }
        return result
    }

    /// A relationship target as a zip entry path: absolute targets start at the
    /// package root, relative ones at the directory of the part that owns them.
    static func resolve(_ target: String, relativeTo basePart: String) -> String {
        var components: [Substring]
        if target.hasPrefix("/") {
            components = []
        } else {
            components = basePart.split(separator: "/", omittingEmptySubsequences: true)
            if !components.isEmpty { components.removeLast() }
        }
        for piece in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch piece {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(piece)
            }
        }
        return components.joined(separator: "/")
    }
}
