import Foundation

/// The central directory of a zip file: which parts it holds, where their data starts, how large they are and
/// their checksums. Only the directory is read here; `ZipPartReader` inflates one part.
///
/// Read with `pread` at offsets that are each checked against the file's size, so a damaged directory can
/// only make an entry unreadable, never make reading run past the file or loop.
struct ZipDirectory: Sendable {
    struct Entry: Sendable {
        var path: String
        /// 0 stored, 8 deflated; anything else is not read.
        var method: UInt16
        var flags: UInt16
        var checksum: UInt32
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeaderOffset: UInt64

        var isEncrypted: Bool { flags & 1 != 0 }
    }

    enum Failure: Error {
        /// No end-of-directory record, or one that points outside the file.
        case noDirectory
        case unreadable
    }

    let path: String
    let fileSize: UInt64
    private let entries: [String: Entry]
    private let lowercased: [String: Entry]

    /// The most entries read from one directory: an xlsx has a few dozen; a directory announcing millions is damaged
    /// or hostile.
    static let maximumEntries = 100_000

    init(path: String) throws(Failure) {
        self.path = path
        let file = open(path, O_RDONLY)
        guard file >= 0 else { throw .unreadable }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0 else { throw .unreadable }
        fileSize = UInt64(max(status.st_size, 0))
        let (offset, size, count) = try Self.locateDirectory(file: file, fileSize: fileSize)
        guard size <= fileSize, offset <= fileSize - size, count <= UInt64(Self.maximumEntries) else {
            throw .noDirectory
        }
        let directory = try Self.read(file: file, at: offset, count: Int(size))
        var entries: [String: Entry] = [:]
        var lowercased: [String: Entry] = [:]
        var at = 0
        for _ in 0..<count {
            guard at + 46 <= directory.count, directory.zipUInt32(at) == 0x0201_4B50 else { throw .noDirectory }
            let nameLength = Int(directory.zipUInt16(at + 28))
            let extraLength = Int(directory.zipUInt16(at + 30))
            let commentLength = Int(directory.zipUInt16(at + 32))
            let end = at + 46 + nameLength + extraLength + commentLength
            guard end <= directory.count else { throw .noDirectory }
            let nameBytes = directory[(at + 46)..<(at + 46 + nameLength)]
            let name = String(decoding: nameBytes, as: UTF8.self)
            var entry = Entry(path: name, method: directory.zipUInt16(at + 10), flags: directory.zipUInt16(at + 8),
                              checksum: directory.zipUInt32(at + 16),
                              compressedSize: UInt64(directory.zipUInt32(at + 20)),
                              uncompressedSize: UInt64(directory.zipUInt32(at + 24)),
                              localHeaderOffset: UInt64(directory.zipUInt32(at + 42)))
            Self.applyZip64(directory[(at + 46 + nameLength)..<(at + 46 + nameLength + extraLength)], to: &entry)
            if entries[name] == nil { entries[name] = entry }
            if lowercased[name.lowercased()] == nil { lowercased[name.lowercased()] = entry }
            at = end
        }
        self.entries = entries
        self.lowercased = lowercased
    }

    /// Part names are case-insensitive in OPC, and some writers store them with a different case than the
    /// relationships use.
    func entry(_ part: String) -> Entry? {
        entries[part] ?? lowercased[part.lowercased()]
    }

    /// Where an entry's data starts: after its local header, whose name and extra field may differ in length from
    /// the directory's. `nil` when the local header is not where the directory says or the data runs past the file.
    func dataOffset(of entry: Entry, file: Int32) -> UInt64? {
        guard entry.localHeaderOffset <= fileSize, fileSize - entry.localHeaderOffset >= 30,
              let header = try? Self.read(file: file, at: entry.localHeaderOffset, count: 30),
              header.zipUInt32(0) == 0x0403_4B50
        else { return nil }
        let start = entry.localHeaderOffset + 30 + UInt64(header.zipUInt16(26)) + UInt64(header.zipUInt16(28))
        guard start <= fileSize, entry.compressedSize <= fileSize - start else { return nil }
        return start
    }

    /// The end-of-central-directory record (the last 22 bytes plus at most a 64 kB comment), followed to the
    /// zip64 record when a field is saturated.
    private static func locateDirectory(file: Int32, fileSize: UInt64) throws(Failure) -> (UInt64, UInt64, UInt64) {
        guard fileSize >= 22 else { throw .noDirectory }
        let tailLength = Int(min(fileSize, 22 + 0xFFFF))
        let tailStart = fileSize - UInt64(tailLength)
        let tail = try read(file: file, at: tailStart, count: tailLength)
        var at = tail.count - 22
        while at >= 0, tail.zipUInt32(at) != 0x0605_4B50 { at -= 1 }
        guard at >= 0 else { throw .noDirectory }
        var count = UInt64(tail.zipUInt16(at + 10))
        var size = UInt64(tail.zipUInt32(at + 12))
        var offset = UInt64(tail.zipUInt32(at + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // The zip64 locator sits just before the end record and points to the zip64 end record.
            let locatorAt = tailStart + UInt64(at)
            guard locatorAt >= 20 else { throw .noDirectory }
            let locator = try read(file: file, at: locatorAt - 20, count: 20)
            guard locator.zipUInt32(0) == 0x0706_4B50 else { throw .noDirectory }
            let recordAt = locator.zipUInt64(8)
            guard recordAt <= fileSize, fileSize - recordAt >= 56 else { throw .noDirectory }
            let record = try read(file: file, at: recordAt, count: 56)
            guard record.zipUInt32(0) == 0x0606_4B50 else { throw .noDirectory }
            count = record.zipUInt64(32)
            size = record.zipUInt64(40)
            offset = record.zipUInt64(48)
        }
        return (offset, size, count)
    }

    /// Sizes and offset that did not fit in 32 bits are in the zip64 extra field, in this order, present only for
    /// the fields that are saturated.
    private static func applyZip64(_ extra: ArraySlice<UInt8>, to entry: inout Entry) {
        let bytes = Array(extra)
        var at = 0
        while at + 4 <= bytes.count {
            let id = bytes.zipUInt16(at)
            let length = Int(bytes.zipUInt16(at + 2))
            guard at + 4 + length <= bytes.count else { return }
            if id == 0x0001 {
                var field = at + 4
                func next() -> UInt64? {
                    guard field + 8 <= at + 4 + length else { return nil }
                    defer { field += 8 }
                    return bytes.zipUInt64(field)
                }
                if entry.uncompressedSize == 0xFFFF_FFFF, let value = next() { entry.uncompressedSize = value }
                if entry.compressedSize == 0xFFFF_FFFF, let value = next() { entry.compressedSize = value }
                if entry.localHeaderOffset == 0xFFFF_FFFF, let value = next() { entry.localHeaderOffset = value }
                return
            }
            at += 4 + length
        }
    }

    /// Exactly `count` bytes at `offset`, or `.noDirectory` when the file is shorter.
    static func read(file: Int32, at offset: UInt64, count: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                pread(file, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw n == 0 ? .noDirectory : .unreadable }
            done += n
        }
        return bytes
    }
}

/// Little-endian fields of zip records.
extension Array where Element == UInt8 {
    func zipUInt16(_ at: Int) -> UInt16 {
        UInt16(self[at]) | UInt16(self[at + 1]) << 8
    }

    func zipUInt32(_ at: Int) -> UInt32 {
        UInt32(zipUInt16(at)) | UInt32(zipUInt16(at + 2)) << 16
    }

    func zipUInt64(_ at: Int) -> UInt64 {
        UInt64(zipUInt32(at)) | UInt64(zipUInt32(at + 4)) << 32
    }
}
