import Foundation
import NIOCore

/// JSON written straight into bytes, for answers on a hot path where Foundation's `JSONEncoder` (reflection, boxing,
/// a dictionary per object) costs more than the work. The caller writes keys in the order it wants them; strings are
/// escaped as RFC 8259 requires (quote, backslash, control characters), everything else is copied as UTF-8.
public struct JSONBytes: Sendable {
    public private(set) var buffer: ByteBuffer
    private var needsComma: [Bool] = [false]
    private var pendingValue = false

    public init(capacity: Int = 512) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    // MARK: containers

    public mutating func beginObject() { separate(); buffer.writeInteger(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); buffer.writeInteger(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); buffer.writeInteger(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); buffer.writeInteger(UInt8(ascii: "]")) }

    /// The name of the next member of the open object; the value written next belongs to it.
    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        buffer.writeInteger(UInt8(ascii: ":"))
        // The value that follows belongs to this key: no comma before it.
        pendingValue = true
    }

    // MARK: values

    public mutating func string(_ value: String) { separate(); writeString(value) }
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func bool(_ value: Bool) { separate(); buffer.writeString(value ? "true" : "false") }
    public mutating func null() { separate(); buffer.writeString("null") }
    public mutating func int(_ value: Int) { separate(); buffer.writeString(String(value)) }

    /// A finite number in the shortest form that reads back to the same value; NaN and infinities are `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        separate()
        if value == value.rounded(), abs(value) < 1e15 { buffer.writeString(String(Int64(value))) } else { buffer.writeString(String(value)) }
    }

    // MARK: members in one call

    public mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func member(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func member(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func member(_ name: String, _ value: Double) { key(name); number(value) }
    public mutating func member(_ name: String, strings values: [String]) {
        key(name)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: the writing itself

    private mutating func separate() {
        if pendingValue {
            pendingValue = false
            return
        }
        if needsComma[needsComma.count - 1] { buffer.writeInteger(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ value: String) {
        buffer.writeInteger(UInt8(ascii: "\""))
        let utf8 = value.utf8
        // Most strings need no escape at all: copy them whole.
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            buffer.writeString(value)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): buffer.writeString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeString("\\\\")
                case 0x0A: buffer.writeString("\\n")
                case 0x0D: buffer.writeString("\\r")
                case 0x09: buffer.writeString("\\t")
                case 0..<0x20:
                    buffer.writeString("\\u00")
                    buffer.writeInteger(Self.hex[Int(byte >> 4)])
                    buffer.writeInteger(Self.hex[Int(byte & 0x0f)])
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }
}
