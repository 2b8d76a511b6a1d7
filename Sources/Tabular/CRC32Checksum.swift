/// CRC-32 (IEEE 802.3, as used by zip) with slicing-by-8.
///
/// ZIPFoundation verifies entries with a byte-at-a-time table when zlib's own
/// crc32 is not visible to Swift, as on Linux; for a 23 MB sheet that was a
/// quarter of the whole read. Eight bytes per step brings it down to a few
/// milliseconds while still catching damaged workbooks.
struct CRC32Checksum {
    /// Eight tables of 256 entries, one after the other: table k gives the CRC
    /// contribution of a byte followed by k zero bytes.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            table[i] = c
        }
        for k in 1..<8 {
            for i in 0..<256 {
                let previous = table[(k - 1) * 256 + i]
                table[k * 256 + i] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return table
    }()

    private(set) var value: UInt32 = 0

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress else { return }
        var remaining = bytes.count
        var c = ~value
        Self.table.withUnsafeBufferPointer { t in
            @inline(__always) func lookup(_ k: Int, _ byte: UInt32) -> UInt32 {
                t[k &* 256 &+ Int(byte & 0xFF)]
            }
            while remaining >= 8 {
                let low = UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)) ^ c
                let high = UInt32(littleEndian: (p + 4).loadUnaligned(as: UInt32.self))
                c = lookup(7, low) ^ lookup(6, low >> 8) ^ lookup(5, low >> 16) ^ lookup(4, low >> 24)
                    ^ lookup(3, high) ^ lookup(2, high >> 8) ^ lookup(1, high >> 16) ^ lookup(0, high >> 24)
                p += 8
                remaining -= 8
            }
            while remaining > 0 {
                c = lookup(0, c ^ UInt32(p.load(as: UInt8.self))) ^ (c >> 8)
                p += 1
                remaining -= 1
            }
        }
        value = ~c
    }
}
