import DienstenDomain
import Foundation
import Platform
import Vapor

/// POST /api/v1/energy-sharing/allocate: one quarter hour shared with a key, stateless. A body that is not the
/// request's JSON, or a request the grid operator's rules refuse, answers 400 with the field, the index within it
/// (when one element is wrong) and the reason.
struct EnergyAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.write(.energyAPIAllocate) { req, _ in try Self.allocate(req) }
    }

    static func allocate(_ req: Request) throws -> Response {
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            return try EnergyAPIError.response(field: "$", reason: "send the quarter hour as a JSON object")
        }
        let request: AllocationRequest
        do {
            request = try JSONDecoder().decode(AllocationRequest.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            let located = EnergyAPIError.locate(error)
            return try EnergyAPIError.response(field: located.field, index: located.index, reason: located.reason)
        } catch {
            return try EnergyAPIError.response(field: "$", reason: "not valid JSON")
        }
        let result: AllocationResult
        do {
            result = try SharingAllocation.allocate(request)
        } catch {
            return try EnergyAPIError.response(field: error.field, index: error.index, reason: error.reason)
        }
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(result)))
        }
    }
}

/// The API's refusal: `{"error": message, "field", "index", "reason"}` with status 400.
enum EnergyAPIError {
    struct Body: Encodable {
        let error: String
        let field: String
        let index: Int?
        let reason: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(error, forKey: .error)
            try container.encode(field, forKey: .field)
            try container.encode(index, forKey: .index)  // null when the problem is the whole field
            try container.encode(reason, forKey: .reason)
        }

        enum CodingKeys: String, CodingKey { case error, field, index, reason }
    }

    static func response(field: String, index: Int? = nil, reason: String) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        let message = "\(field)\(index.map { "[\($0)]" } ?? ""): \(reason)"
        let body = Body(error: message, field: field, index: index, reason: reason)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: .badRequest, headers: headers, body: .init(data: try encoder.encode(body)))
    }

    /// The field (the first key of the coding path), the index within it, and the reason of a decoding error.
    static func locate(_ error: DecodingError) -> (field: String, index: Int?, reason: String) {
        func place(_ path: [any CodingKey]) -> (String, Int?) {
            let field = path.first { $0.intValue == nil }?.stringValue ?? "$"
            let index = path.dropFirst().first { $0.intValue != nil }?.intValue
            return (field, index)
        }
        switch error {
        case let .typeMismatch(type, context):
            let (field, index) = place(context.codingPath)
            return (field, index, "must be \(expected(type, field: field, index: index))")
        case let .valueNotFound(type, context):
            let (field, index) = place(context.codingPath)
            return (field, index, "must be \(expected(type, field: field, index: index)), not null")
        case let .keyNotFound(key, context):
            let (field, index) = place(context.codingPath + [key])
            return (field, index, "is missing")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return ("$", nil, "not valid JSON") }
            let (field, index) = place(context.codingPath)
            if field == "key" { return (field, nil, "must be one of fixed, relative, optimal") }
            return (field, index, "has a value that cannot be read")
        @unknown default:
            return ("$", nil, "cannot be read")
        }
    }

    static func expected(_ type: Any.Type, field: String, index: Int?) -> String {
        switch String(describing: type) {
        case "Double": "a number"
        case "Int": "a whole number"
        case "String": field == "key" ? "one of fixed, relative, optimal" : "text"
        case let name where name.hasPrefix("Array"): "a list of numbers"
        default: "a value of the right kind"
        }
    }
}
