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

/// The path and query of a request, read from its URL once. Vapor's `url.path` and `url.query` derive them anew from
/// the parsed address at every read (`path` also rewrites `%3B`), and the platform middleware, the access check and the
/// data API's answer cache each need them: on a busy data API that was a tenth of the time (docs/performance.md).
public struct RequestTarget: Sendable {
    public let path: String
    public let query: String?

    /// Bytes of the target as the request line gave it (path, `?` and query).
    public var length: Int { path.utf8.count + (query.map { $0.utf8.count + 1 } ?? 0) }

    /// Parameters in the query (non-empty `&`-separated items), counted without splitting it.
    public var itemCount: Int {
        guard let query else { return 0 }
        var count = 0
        var inItem = false
        for byte in query.utf8 {
            if byte == UInt8(ascii: "&") {
                inItem = false
            } else if !inItem {
                inItem = true
                count += 1
            }
        }
        return count
    }

    /// False when the query cannot hold the parameter `name`: its raw text neither contains the name nor a percent
    /// escape that could spell it. A cheap test before decoding the whole query.
    public func mayHold(_ name: String) -> Bool {
        guard let query else { return false }
        return query.utf8.contains(UInt8(ascii: "%")) || query.contains(name)
    }
}

extension Request {
    private struct QueryValuesKey: StorageKey { typealias Value = QueryValues }
    private struct TargetKey: StorageKey { typealias Value = RequestTarget }

    /// The request's path and query, read once per request (see `RequestTarget`).
    public var target: RequestTarget {
        if let known = storage[TargetKey.self] { return known }
        let target = RequestTarget(path: url.path, query: url.query)
        storage[TargetKey.self] = target
        return target
    }

    /// The query's parameters, split once per request (see `QueryValues`).
    public var queryValues: QueryValues {
        if let known = storage[QueryValuesKey.self] { return known }
        let values = QueryValues(target.query)
        storage[QueryValuesKey.self] = values
        return values
    }
}
