import Foundation
import Logging
import NIOCore
import Synchronization

/// How log lines look (`LOG_FORMAT`): Vapor's console lines (the default) or one JSON object per line for a log
/// collector (`LOG_FORMAT=json`).
public enum LogFormat: String, Sendable {
    case text, json

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> LogFormat {
        environment["LOG_FORMAT"].flatMap { LogFormat(rawValue: $0.lowercased()) } ?? .text
    }
}

/// One JSON object per line: `time` (ISO 8601, UTC, milliseconds), `level`, `label`, `message` and `metadata`
/// (the logger's and the call's, the call's winning). Secrets stay out: metadata whose key names a secret is
/// replaced by `***`, and a password in a URL (`postgres://user:pass@host`) is masked in messages and values.
public struct JSONLogHandler: LogHandler {
    public typealias Sink = @Sendable (String) -> Void

    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    public let label: String
    private let sink: Sink

    public init(label: String, level: Logger.Level, sink: @escaping Sink = JSONLogHandler.standardOutput) {
        self.label = label
        self.logLevel = level
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = event.metadata.map { metadata.merging($0) { _, new in new } } ?? metadata
        if let error = event.error { merged["error"] = .string(String(describing: error)) }
        sink(Self.line(time: Date(), level: event.level, label: label, message: event.message.description, metadata: merged))
    }

    /// The JSON line, without the newline.
    public static func line(time: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata) -> String {
        var writer = JSONBytes(capacity: 256)
        writer.beginObject()
        writer.member("time", timestamp(time))
        writer.member("level", level.rawValue)
        writer.member("label", label)
        writer.member("message", LogScrub.text(message))
        writer.key("metadata")
        write(.dictionary(metadata), into: &writer)
        writer.endObject()
        return writer.buffer.getString(at: writer.buffer.readerIndex, length: writer.buffer.readableBytes) ?? ""
    }

    private static func write(_ value: Logger.Metadata.Value, into writer: inout JSONBytes) {
        switch value {
        case .string(let text): writer.string(LogScrub.text(text))
        case .stringConvertible(let item): writer.string(LogScrub.text(item.description))
        case .array(let items):
            writer.beginArray()
            for item in items { write(item, into: &writer) }
            writer.endArray()
        case .dictionary(let members):
            writer.beginObject()
            for name in members.keys.sorted() {
                writer.key(name)
                if LogScrub.isSecret(name) { writer.string("***") } else { write(members[name]!, into: &writer) }
            }
            writer.endObject()
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// Whole lines to standard output, never interleaved between threads.
    public static let standardOutput: Sink = { line in
        var bytes = Data(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        outputLock.withLock { _ in FileHandle.standardOutput.write(bytes) }
    }

    private static let outputLock = Mutex(())
}

/// What a log line must not carry.
public enum LogScrub {
    /// Metadata keys that name a secret, whatever else they say (`password`, `db_password`, `api_token`, …).
    static let secretWords = ["password", "passwd", "secret", "token", "authorization", "cookie", "wachtwoord", "sleutel"]

    public static func isSecret(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return secretWords.contains { lowered.contains($0) }
    }

    /// The text with credentials masked: the password of any `scheme://user:password@`, and the value of an
    /// `Authorization`, `Cookie` or `Set-Cookie` header (Vapor's trace lines print whole request and response heads).
    public static func text(_ text: String) -> String {
        maskURLPasswords(maskHeaders(text))
    }

    private static let secretHeader = try! NSRegularExpression(
        pattern: #"\b((?:proxy-)?authorization|(?:set-)?cookie)("?\s*[:=,]\s*"?)(.+?)(?=;\s*[A-Za-z][A-Za-z0-9-]*:\s|\s\}|"\)|$)"#,
        options: [.caseInsensitive, .anchorsMatchLines])

    static func maskHeaders(_ text: String) -> String {
        guard text.range(of: "authorization", options: .caseInsensitive) != nil || text.range(of: "cookie", options: .caseInsensitive) != nil
        else { return text }
        return secretHeader.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1$2***")
    }

    static func maskURLPasswords(_ text: String) -> String {
        guard text.contains("://"), text.contains("@") else { return text }
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first '/', '?', '#' or space; a password sits between ':' and the last '@' in it.
            let end = rest.firstIndex { "/?# \n\"'".contains($0) } ?? rest.endIndex
            let authority = rest[..<end]
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result += authority[...colon] + "***" + authority[at...]
            } else {
                result += authority
            }
            rest = rest[end...]
        }
        return result + rest
    }
}
