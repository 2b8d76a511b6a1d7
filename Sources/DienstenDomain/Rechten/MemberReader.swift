import Foundation

/// What is wrong with one field of a member (the page adds where the member is).
struct MemberProblem: Error {
    var field: String?
    var reason: String
}

/// Reads one member of an LDES page (a `ConceptSnapshot` or `InstantieSnapshot`) into a `PublicService`. Required:
/// `@id`, `@type`, `isVersionOf` and a valid `generatedAtTime`; everything else is read when present and checked for
/// its shape. Vocabulary values (themes, target groups, levels, …) are kept as their code, the IRI's last segment.
struct MemberReader {
    let object: [String: Any]

    init(_ object: [String: Any]) {
        self.object = object
    }

    func service() throws(MemberProblem) -> PublicService {
        let snapshot = try requiredIRI("@id")
        let kind = try snapshotKind()
        let id = try requiredIRI("isVersionOf")
        let generatedAt = try requiredText("generatedAtTime")
        guard SnapshotTime(generatedAt) != nil else {
            throw MemberProblem(field: "generatedAtTime", reason: "'\(generatedAt)' is geen datum-tijd (verwacht bv. 2024-02-18T06:32:10.377Z)")
        }
        var service = PublicService(id: id, snapshot: snapshot, kind: kind, generatedAt: generatedAt)
        service.created = try dateText("creatie")
        service.modified = try dateText("laatstGewijzigd")
        service.archived = try bool("gearchiveerd") ?? false
        service.name = try language("naam", in: object)
        service.description = try language("beschrijving", in: object)
        service.additionalDescription = try language("verdereBeschrijving", in: object)
        service.exceptions = try language("uitzonderingen", in: object)
        service.regulation = try language("regelgevingTekst", in: object)
        service.keywords = try keywords("zoektermen")
        service.requirements = try list("voorwaarden", requirement).sorted { $0.order < $1.order }
        service.procedures = try list("procedures", procedure).sorted { $0.order < $1.order }
        service.costs = try list("kosten", text).sorted { $0.order < $1.order }
        service.financialAdvantages = try list("financieleVoordelen", text).sorted { $0.order < $1.order }
        service.legalResources = try list("regelgeving", text).sorted { $0.order < $1.order }
        service.websites = try list("websites", website).sorted { $0.order < $1.order }
        service.contactPoints = try list("contactgegevens", contactPoint).sorted { $0.order < $1.order }
        service.productType = try iris("type").first.map(LDESPage.lastSegment)
        service.targetAudiences = try codes("doelgroepen")
        service.themes = try codes("themas")
        service.competentAuthorityLevels = try codes("bevoegdBestuursniveaus")
        service.executingAuthorityLevels = try codes("uitvoerendBestuursniveaus")
        service.competentAuthorities = try iris("bevoegdeOverheden")
        service.executingAuthorities = try iris("uitvoerendeOverheden")
        service.spatial = try codes("geografischToepassingsgebieden")
        service.publicationChannels = try codes("publicatiekanalen")
        service.tags = try codes("tags")
        service.yourEuropeCategories = try codes("yourEuropeCategorieen")
        service.languages = try codes("talen")
        service.startDate = try dateText("startDienstVerlening")
        service.endDate = try dateText("eindeDienstVerlening")
        service.productNumber = try plain("productnummer", in: object)
        service.concept = try iris("linkedConcept").first
        service.createdBy = try iris("aangemaaktDoor").first
        service.publicationLink = try publicationLink()
        return service
    }

    // MARK: Fields

    private func snapshotKind() throws(MemberProblem) -> ServiceSnapshotKind {
        let types: [String]
        switch object["@type"] {
        case let text as String: types = [text]
        case let list as [Any]: types = list.compactMap { $0 as? String }
        default: throw MemberProblem(field: "@type", reason: "ontbreekt; verwacht ConceptSnapshot of InstantieSnapshot")
        }
        let names = types.map(LDESPage.lastSegment)
        if names.contains(where: { $0 == "InstantieSnapshot" || $0 == "InstancePublicServiceSnapshot" }) { return .instance }
        if names.contains(where: { $0 == "ConceptSnapshot" || $0 == "ConceptualPublicServiceSnapshot" }) { return .concept }
        throw MemberProblem(field: "@type", reason: "'\(types.joined(separator: ", "))' is geen ConceptSnapshot of InstantieSnapshot")
    }

    private func requiredIRI(_ key: String) throws(MemberProblem) -> String {
        guard let value = try iris(key).first, !value.isEmpty else { throw MemberProblem(field: key, reason: "ontbreekt") }
        return value
    }

    private func requiredText(_ key: String) throws(MemberProblem) -> String {
        guard let value = try plain(key, in: object), !value.isEmpty else { throw MemberProblem(field: key, reason: "ontbreekt") }
        return value
    }

    /// A date-time field: kept as given when it is a valid instant; a wrong one is a problem, not silently dropped.
    private func dateText(_ key: String) throws(MemberProblem) -> String? {
        guard let value = try plain(key, in: object), !value.isEmpty else { return nil }
        guard SnapshotTime(value) != nil else {
            throw MemberProblem(field: key, reason: "'\(value)' is geen datum-tijd")
        }
        return value
    }

    private func bool(_ key: String) throws(MemberProblem) -> Bool? {
        switch unwrapValue(object[key]) {
        case nil, is NSNull: return nil
        case let flag as Bool: return flag
        case let text as String where text == "true" || text == "1": return true
        case let text as String where text == "false" || text == "0": return false
        case let number as NSNumber: return number.intValue != 0
        default: throw MemberProblem(field: key, reason: "verwacht true of false")
        }
    }

    /// A plain value (string or number), also written as `{"@value": …}`.
    private func plain(_ key: String, in object: [String: Any], field: String? = nil) throws(MemberProblem) -> String? {
        switch unwrapValue(object[key]) {
        case nil, is NSNull: return nil
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        default: throw MemberProblem(field: field ?? key, reason: "verwacht een tekst")
        }
    }

    private func unwrapValue(_ value: Any?) -> Any? {
        if let object = value as? [String: Any], let inner = object["@value"] { return inner }
        if let list = value as? [Any], list.count == 1 { return unwrapValue(list[0]) }
        return value
    }

    /// IRIs: a string, `{"@id": …}`, or a list of those.
    private func iris(_ key: String) throws(MemberProblem) -> [String] {
        func one(_ value: Any) -> String? {
            if let text = value as? String { return text }
            if let object = value as? [String: Any] { return object["@id"] as? String }
            return nil
        }
        switch object[key] {
        case nil, is NSNull: return []
        case let list as [Any]:
            var out: [String] = []
            for (index, item) in list.enumerated() {
                guard let value = one(item) else { throw MemberProblem(field: "\(key)[\(index)]", reason: "verwacht een adres (IRI)") }
                out.append(value)
            }
            return out
        case let value?:
            guard let text = one(value) else { throw MemberProblem(field: key, reason: "verwacht een adres (IRI)") }
            return [text]
        }
    }

    private func codes(_ key: String) throws(MemberProblem) -> [String] {
        var seen: Set<String> = []
        return try iris(key).map(LDESPage.lastSegment).filter { seen.insert($0).inserted }
    }

    /// A language map (`{"nl": "…", "en": "…"}`), or the expanded form (`[{"@language": "nl", "@value": "…"}]`).
    private func language(_ key: String, in object: [String: Any], field: String? = nil) throws(MemberProblem) -> LanguageText {
        let field = field ?? key
        switch object[key] {
        case nil, is NSNull:
            return LanguageText()
        case let map as [String: Any]:
            if let value = map["@value"] as? String { return LanguageText([(map["@language"] as? String) ?? "nl": value]) }
            var variants: [String: String] = [:]
            for (tag, value) in map {
                switch value {
                case let text as String: variants[tag] = text
                case let list as [Any]: variants[tag] = list.compactMap { $0 as? String }.joined(separator: "\n")
                case is NSNull: continue
                default: throw MemberProblem(field: "\(field).\(tag)", reason: "verwacht een tekst")
                }
            }
            return LanguageText(variants)
        case let list as [Any]:
            var variants: [String: String] = [:]
            for (index, item) in list.enumerated() {
                guard let entry = item as? [String: Any], let value = entry["@value"] as? String else {
                    throw MemberProblem(field: "\(field)[\(index)]", reason: "verwacht {\"@language\", \"@value\"}")
                }
                variants[(entry["@language"] as? String) ?? "nl"] = value
            }
            return LanguageText(variants)
        case let text as String:
            return LanguageText(["nl": text])
        default:
            throw MemberProblem(field: field, reason: "verwacht teksten per taal")
        }
    }

    private func keywords(_ key: String) throws(MemberProblem) -> [String: [String]] {
        switch object[key] {
        case nil, is NSNull:
            return [:]
        case let map as [String: Any]:
            var out: [String: [String]] = [:]
            for (tag, value) in map {
                switch value {
                case let text as String: out[tag] = [text]
                case let list as [Any]: out[tag] = list.compactMap { $0 as? String }
                default: throw MemberProblem(field: "\(key).\(tag)", reason: "verwacht een lijst van zoektermen")
                }
            }
            return out
        case let list as [Any]:
            var out: [String: [String]] = [:]
            for item in list {
                if let entry = item as? [String: Any], let value = entry["@value"] as? String {
                    out[(entry["@language"] as? String) ?? "nl", default: []].append(value)
                } else if let text = item as? String {
                    out["nl", default: []].append(text)
                }
            }
            return out
        default:
            throw MemberProblem(field: key, reason: "verwacht zoektermen per taal")
        }
    }

    private func objects(_ key: String) throws(MemberProblem) -> [[String: Any]] {
        switch object[key] {
        case nil, is NSNull: return []
        case let one as [String: Any]: return [one]
        case let list as [Any]:
            var out: [[String: Any]] = []
            for (index, item) in list.enumerated() {
                guard let entry = item as? [String: Any] else { throw MemberProblem(field: "\(key)[\(index)]", reason: "verwacht een object") }
                out.append(entry)
            }
            return out
        default: throw MemberProblem(field: key, reason: "verwacht een lijst van objecten")
        }
    }

    private func order(_ item: [String: Any], field: String) throws(MemberProblem) -> Double {
        switch unwrapValue(item["order"]) {
        case nil, is NSNull: return 0
        case let number as NSNumber: return number.doubleValue
        case let text as String:
            guard let value = Double(text) else { throw MemberProblem(field: "\(field).order", reason: "'\(text)' is geen getal") }
            return value
        default: throw MemberProblem(field: "\(field).order", reason: "verwacht een getal")
        }
    }

    private func requirement(_ item: [String: Any], field: String) throws(MemberProblem) -> ServiceRequirement {
        var evidence: ServiceEvidence?
        switch item["bewijs"] {
        case nil, is NSNull: evidence = nil
        case let proof as [String: Any]:
            evidence = ServiceEvidence(name: try language("naam", in: proof, field: "\(field).bewijs.naam"),
                                       description: try language("beschrijving", in: proof, field: "\(field).bewijs.beschrijving"))
        default: throw MemberProblem(field: "\(field).bewijs", reason: "verwacht een object")
        }
        return ServiceRequirement(order: try order(item, field: field), name: try language("naam", in: item, field: "\(field).naam"),
                                  description: try language("beschrijving", in: item, field: "\(field).beschrijving"), evidence: evidence)
    }

    private func website(_ item: [String: Any], field: String) throws(MemberProblem) -> ServiceWebsite {
        ServiceWebsite(order: try order(item, field: field), name: try language("naam", in: item, field: "\(field).naam"),
                       description: try language("beschrijving", in: item, field: "\(field).beschrijving"),
                       url: try plain("url", in: item, field: "\(field).url") ?? "")
    }

    private func procedure(_ item: [String: Any], field: String) throws(MemberProblem) -> ServiceProcedure {
        var websites: [ServiceWebsite] = []
        switch item["websites"] {
        case nil, is NSNull: break
        case let list as [Any]:
            for (index, entry) in list.enumerated() {
                guard let site = entry as? [String: Any] else { throw MemberProblem(field: "\(field).websites[\(index)]", reason: "verwacht een object") }
                websites.append(try website(site, field: "\(field).websites[\(index)]"))
            }
        case let site as [String: Any]: websites = [try website(site, field: "\(field).websites[0]")]
        default: throw MemberProblem(field: "\(field).websites", reason: "verwacht een lijst")
        }
        return ServiceProcedure(order: try order(item, field: field), name: try language("naam", in: item, field: "\(field).naam"),
                                description: try language("beschrijving", in: item, field: "\(field).beschrijving"),
                                websites: websites.sorted { $0.order < $1.order })
    }

    /// Every object of the list `key`, read by `read` with its field path (`voorwaarden[2]`).
    private func list<T>(_ key: String, _ read: ([String: Any], String) throws(MemberProblem) -> T) throws(MemberProblem) -> [T] {
        var out: [T] = []
        for (index, item) in try objects(key).enumerated() {
            out.append(try read(item, "\(key)[\(index)]"))
        }
        return out
    }

    private func text(_ item: [String: Any], field: String) throws(MemberProblem) -> ServiceText {
        ServiceText(order: try order(item, field: field), name: try language("naam", in: item, field: "\(field).naam"),
                    description: try language("beschrijving", in: item, field: "\(field).beschrijving"),
                    url: try plain("url", in: item, field: "\(field).url"))
    }

    private func contactPoint(_ item: [String: Any], field: String) throws(MemberProblem) -> ServiceContactPoint {
        var address: ServiceAddress?
        switch item["adres"] {
        case nil, is NSNull: address = nil
        case let entry as [String: Any]:
            address = ServiceAddress(
                street: try language("straatnaam", in: entry, field: "\(field).adres.straatnaam"),
                houseNumber: try plain("huisnummer", in: entry, field: "\(field).adres.huisnummer"),
                box: try plain("busnummer", in: entry, field: "\(field).adres.busnummer"),
                postcode: try plain("postcode", in: entry, field: "\(field).adres.postcode"),
                municipality: try language("gemeentenaam", in: entry, field: "\(field).adres.gemeentenaam"),
                country: try language("land", in: entry, field: "\(field).adres.land"))
        default: throw MemberProblem(field: "\(field).adres", reason: "verwacht een object")
        }
        return ServiceContactPoint(order: try order(item, field: field), email: try plain("email", in: item, field: "\(field).email"),
                                   telephone: try plain("telefoonnummer", in: item, field: "\(field).telefoonnummer"),
                                   url: try plain("url", in: item, field: "\(field).url"),
                                   openingHours: try plain("openingsuren", in: item, field: "\(field).openingsuren"), address: address)
    }

    private func publicationLink() throws(MemberProblem) -> String? {
        switch object["publicatieLink"] {
        case nil, is NSNull: return nil
        case let text as String: return text
        case let entry as [String: Any]:
            if let url = entry["url"] as? String { return url }
            return entry["@id"] as? String
        default: throw MemberProblem(field: "publicatieLink", reason: "verwacht een adres of {naam, url}")
        }
    }
}
