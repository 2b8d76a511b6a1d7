import Foundation
import Vapor

/// How every page answers a download: a file saved under its name (CSV and the like), or JSON shown in the browser
/// with a name for those who save it (sorted keys, indented, ISO 8601 dates, slashes as they are).
public enum Download {
    public static func file(_ body: String, type: String = "text/csv; charset=utf-8", name: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.attachment(filename: name)
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    public static func json<T: Encodable>(_ value: T, name: String) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/json; charset=utf-8")
        headers.attachment(filename: name, inline: true)
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}
