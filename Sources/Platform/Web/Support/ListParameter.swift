import Vapor

/// A list in the query string, given either as repeated keys from a form (`i=a&i=b`) or comma-separated in a
/// shared link (`indicators=a,b`).
public enum ListParameter {
    public static func values(_ request: Request, repeated: String, listed: String) -> [String] {
        let ticked = (try? request.query.get([String].self, at: repeated)) ?? []
        if !ticked.isEmpty { return ticked.filter { !$0.isEmpty } }
        return (request.query[String.self, at: listed] ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
