import Foundation

/// A growable byte buffer with a stable base pointer and a NUL byte kept after
/// the last byte.
///
/// The XML scanners walk raw pointers in their inner loops; owning the memory
/// here keeps those loops free of closures and bounds checks, and the sentinel
/// lets a look-ahead of one byte past the end read a harmless 0.
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity + 1)
        base[0] = 0
    }

    convenience init<C: Collection>(bytes: C) where C.Element == UInt8 {
        self.init(capacity: bytes.count)
        for b in bytes {
            base[count] = b
            count += 1
        }
        base[count] = 0
    }

    deinit {
        base.deallocate()
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            // Doubling keeps appends amortised linear even when the size announced
            // by the zip directory was wrong.
            var newCapacity = capacity * 2
            while newCapacity < count + bytes.count { newCapacity *= 2 }
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 1)
            newBase.update(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }
        memcpy(base + count, source, bytes.count)
        count += bytes.count
        base[count] = 0
    }

    var pointer: UnsafePointer<UInt8> { UnsafePointer(base) }
}
