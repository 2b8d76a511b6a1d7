import Plot
import Vapor

extension Page {
    /// The page as a response with a status (forms answer 400 or 401 with the form and its errors) and, for a visitor
    /// who has none yet, the CSRF cookie the page's forms rely on.
    public func response(for request: Request, status: HTTPResponseStatus = .ok, csrfCookie: HTTPCookies.Value? = nil) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        let response = Response(status: status, headers: headers, body: .init(string: document(for: request).render()))
        if let csrfCookie { response.cookies[SessionCookie.csrfName] = csrfCookie }
        return response
    }
}
