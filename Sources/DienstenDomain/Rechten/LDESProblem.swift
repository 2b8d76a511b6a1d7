import Foundation

/// What is wrong with a page of the LDES stream, located: the page (its URL or file), the member (its index in
/// `member`, counted from 0, and its `@id` when it has one), the field and the reason. The import stops on the first
/// one and writes nothing.
public struct LDESProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var page: String
    public var memberIndex: Int?
    public var memberID: String?
    public var field: String?
    public var reason: String

    public init(page: String, memberIndex: Int? = nil, memberID: String? = nil, field: String? = nil, reason: String) {
        self.page = page
        self.memberIndex = memberIndex
        self.memberID = memberID
        self.field = field
        self.reason = reason
    }

    /// "pagina …, lid 2 (…), veld generatedAtTime: reden" (Dutch, as the command line speaks).
    public var description: String {
        var place = "pagina \(page)"
        if let memberIndex {
            place += ", lid \(memberIndex)"
            if let memberID { place += " (\(memberID))" }
        }
        if let field { place += ", veld \(field)" }
        return "\(place): \(reason)"
    }
}
