import Vapor

/// Single query parameters read without Vapor's form decoder, which decodes the whole query again for every
/// `req.query[…, at:]`: on a busy API (the parking check, the language of every page) that was a fifth of the time.
/// The query is split once per request and kept; a name given twice answers its first value, `+` is a space and
/// percent escapes are decoded (a broken escape leaves the text as written).
public struct QueryValues: Sendable {
    private let values: [String: String]

    public init(_ query: String?) {
        var values: [String: String] = [:]
        for item in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            guard !name.isEmpty, values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
        self.values = values
    }

    public subscript(_ name: String) -> String? { values[name] }

    static func decode(_ text: Substring) -> String {
        let plain = text.utf8.allSatisfy { $0 != UInt8(ascii: "%") && $0 != UInt8(ascii: "+") }
        if plain { return String(text) }
        let source = Array(text.utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(source.count)
        var index = 0
        var broken = false
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                if index + 2 < source.count, let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2]) {
                    bytes.append(high << 4 | low)
                    index += 2
                } else {
                    broken = true
                    bytes.append(byte)
                }
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        if !broken, let decoded = String(bytes: bytes, encoding: .utf8) { return decoded }
        return String(text).replacingOccurrences(of: "+", with: " ")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

extension Request {
    private struct QueryValuesKey: StorageKey { typealias Value = QueryValues }

    /// The query's parameters, split once per request (see `QueryValues`).
    public var queryValues: QueryValues {
        if let known = storage[QueryValuesKey.self] { return known }
        let values = QueryValues(url.query)
        storage[QueryValuesKey.self] = values
        return values
    }
}
