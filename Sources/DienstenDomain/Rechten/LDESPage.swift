import Foundation

/// One page of an LDES stream of the product catalogue, decoded from its JSON-LD as LPDC and IPDC write it (the
/// compacted form with the Dutch keys of `ipdc-lpdc-im.jsonld`): the page's own address, the pages its relations
/// lead to, and its members as `PublicService` values. Keys the model does not know are ignored.
public struct LDESPage: Sendable, Hashable {
    /// The page's `@id` (or its `view.@id`).
    public var id: String?
    /// `view.relation[]`: where each relation leads and its type (`GreaterThanOrEqualToRelation`, …).
    public var relations: [Relation]
    public var members: [PublicService]

    public struct Relation: Sendable, Hashable {
        public var node: String
        public var type: String?

        public init(node: String, type: String?) {
            self.node = node
            self.type = type
        }

        /// A relation back to older members (`LessThan…`): an incremental run does not follow it.
        public var leadsBack: Bool { type.map { LDESPage.lastSegment($0).hasPrefix("LessThan") } ?? false }
    }

    public init(id: String?, relations: [Relation], members: [PublicService]) {
        self.id = id
        self.relations = relations
        self.members = members
    }

    /// Reads the page `data`; `page` names it in problems (its URL or file).
    public static func decode(_ data: Data, page: String) throws(LDESProblem) -> LDESPage {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw LDESProblem(page: page, reason: "geen geldige JSON (\(Self.jsonReason(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw LDESProblem(page: page, reason: "een pagina is een JSON-object, dit is het niet")
        }
        return try decode(root, page: page)
    }

    /// The address a page gives itself, without decoding its members (a folder is indexed with it).
    public static func address(_ root: [String: Any]) -> String? {
        if let view = root["view"] as? [String: Any], let id = view["@id"] as? String { return id }
        if let view = (root["view"] as? [Any])?.first as? [String: Any], let id = view["@id"] as? String { return id }
        return root["@id"] as? String
    }

    /// Reads a page already parsed into a JSON object.
    public static func decode(_ root: [String: Any], page: String) throws(LDESProblem) -> LDESPage {
        var relations: [Relation] = []
        let views: [[String: Any]]
        switch root["view"] {
        case nil, is NSNull: views = []
        case let view as [String: Any]: views = [view]
        case let list as [Any]: views = list.compactMap { $0 as? [String: Any] }
        default: throw LDESProblem(page: page, field: "view", reason: "verwacht een object")
        }
        for view in views {
            let list: [Any]
            switch view["relation"] {
            case nil, is NSNull: list = []
            case let one as [String: Any]: list = [one]
            case let many as [Any]: list = many
            default: throw LDESProblem(page: page, field: "view.relation", reason: "verwacht een lijst")
            }
            for (index, item) in list.enumerated() {
                guard let relation = item as? [String: Any] else {
                    throw LDESProblem(page: page, field: "view.relation[\(index)]", reason: "verwacht een object")
                }
                let node: String?
                switch relation["node"] {
                case let text as String: node = text
                case let object as [String: Any]: node = object["@id"] as? String
                default: node = nil
                }
                guard let node, !node.isEmpty else {
                    throw LDESProblem(page: page, field: "view.relation[\(index)].node", reason: "ontbreekt of is geen adres")
                }
                relations.append(Relation(node: node, type: Self.typeName(relation["@type"])))
            }
        }
        let memberList: [Any]
        switch root["member"] {
        case nil, is NSNull: memberList = []
        case let list as [Any]: memberList = list
        case let one as [String: Any]: memberList = [one]
        default: throw LDESProblem(page: page, field: "member", reason: "verwacht een lijst van leden")
        }
        var members: [PublicService] = []
        members.reserveCapacity(memberList.count)
        for (index, item) in memberList.enumerated() {
            guard let object = item as? [String: Any] else {
                throw LDESProblem(page: page, memberIndex: index, reason: "een lid is een JSON-object, dit is het niet")
            }
            do {
                members.append(try MemberReader(object).service())
            } catch {
                throw LDESProblem(page: page, memberIndex: index, memberID: object["@id"] as? String, field: error.field, reason: error.reason)
            }
        }
        return LDESPage(id: address(root), relations: relations, members: members)
    }

    static func typeName(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let list as [Any]: list.compactMap { $0 as? String }.first
        default: nil
        }
    }

    /// The last segment of an IRI path (`…/Doelgroep/Burger` → `Burger`, `…#Thing` → `Thing`); the text itself when
    /// it has none.
    public static func lastSegment(_ iri: String) -> String {
        var text = Substring(iri)
        while text.hasSuffix("/") { text = text.dropLast() }
        if let cut = text.lastIndex(where: { $0 == "/" || $0 == "#" }) { return String(text[text.index(after: cut)...]) }
        if let colon = text.lastIndex(of: ":"), !text.contains("//") { return String(text[text.index(after: colon)...]) }
        return String(text)
    }

    /// A short reason why JSON did not parse.
    public static func jsonReason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo["NSDebugDescription"] as? String { return detail }
        return nsError.localizedDescription
    }
}
