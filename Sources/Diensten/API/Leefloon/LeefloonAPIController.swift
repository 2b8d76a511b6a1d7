import DienstenDomain
import Foundation
import Platform
import Vapor

/// GET /api/v1/leefloon/amounts?date=YYYY-MM-DD: the amounts in force on a day. POST /api/v1/leefloon/advice: the
/// advice for a JSON situation, with its trail; stores nothing. Bad input answers 400 with the field path.
struct LeefloonAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(LeefloonAPIPath.Route.amounts.pattern) { req in try Self.amounts(req) }
        routes.write(.leefloonAPIAdvice) { req, _ in try Self.advice(req) }
    }

    static func amounts(_ req: Request) throws -> Response {
        guard let text = req.query[String.self, at: "date"], !text.isEmpty else {
            return try LeefloonAPIError.response(.badRequest, "date is required, written YYYY-MM-DD", field: "date")
        }
        guard let date = LeefloonDate(text) else {
            return try LeefloonAPIError.response(.badRequest, "date must be a real day written YYYY-MM-DD", field: "date")
        }
        let parameters = try LeefloonData.current()
        let amounts: LeefloonAmounts
        do {
            amounts = try parameters.amounts(on: date)
        } catch {
            return try LeefloonAPIError.response(.unprocessableEntity, LeefloonAPIError.english(error), field: "date")
        }
        do {
            let body = LeefloonAmountsBody(date: date.description, categories: amounts.categories.map { amount in
                .init(category: amount.category.rawValue, name: amount.category.name, monthly: amount.monthly, yearly: amount.yearly,
                      yearlyDerived: amount.yearlyDerived, from: amounts.entry.from.description, reference: amounts.entry.reference,
                      source: amounts.entry.source)
            })
            return try json(body)
        }
    }

    static func advice(_ req: Request) throws -> Response {
        guard let buffer = req.body.data, buffer.readableBytes > 0 else {
            return try LeefloonAPIError.response(.badRequest, "send the situation as a JSON object", field: "$")
        }
        let situation: LeefloonAdviceRequest
        do {
            situation = try JSONDecoder().decode(LeefloonAdviceRequest.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            return try LeefloonAPIError.response(.badRequest, LeefloonDecoding.reason(of: error), field: LeefloonDecoding.path(of: error))
        } catch {
            return try LeefloonAPIError.response(.badRequest, "not valid JSON", field: "$")
        }
        guard let month = LeefloonDate(month: situation.month) else {
            return try LeefloonAPIError.response(.badRequest, "month must be written YYYY-MM", field: "month")
        }
        do {
            try situation.situation.validate()
        } catch {
            return try LeefloonAPIError.response(.badRequest, error.message, field: "situation.\(error.field)")
        }
        do {
            let advice = try LeefloonAdvice.compute(situation.situation, month: month, parameters: try LeefloonData.current())
            return try json(advice)
        } catch let error as LeefloonAdviceError {
            return try LeefloonAPIError.response(.unprocessableEntity, LeefloonAPIError.english(error), field: "month")
        }
    }

    static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}

/// The advice request: the month and the situation.
struct LeefloonAdviceRequest: Decodable {
    let month: String
    let situation: LeefloonSituation
}

struct LeefloonAmountsBody: Encodable {
    struct Category: Encodable {
        let category: Int
        let name: String
        let monthly: Decimal
        let yearly: Decimal
        let yearlyDerived: Bool
        let from: String
        let reference: String
        let source: LeefloonSource?
    }

    let date: String
    let categories: [Category]
}

/// The API's error answer: the platform's shape plus the field the problem is in.
enum LeefloonAPIError {
    struct Body: Encodable {
        let error: Bool
        let status: Int
        let message: String
        let field: String
    }

    static func response(_ status: HTTPResponseStatus, _ message: String, field: String) throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        let body = Body(error: true, status: Int(status.code), message: message, field: field)
        return Response(status: status, headers: headers, body: .init(data: try JSONEncoder().encode(body)))
    }

    static func english(_ error: LeefloonAdviceError) -> String {
        switch error {
        case .beforeFirstEntry(let parameter, let date, let first):
            "no \(parameter) is known on \(date): the first known entry is in force from \(first.map(\.description) ?? "—")"
        case .unknownValue(let parameter, let date, let from, _):
            "the \(parameter) in force on \(date) is not known: it changed on \(from) and the sources found do not give the new value"
        }
    }
}
