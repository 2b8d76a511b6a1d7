import DienstenDomain
import Foundation
import Platform
import Plot

extension RightPageModel {
    func page() -> Page {
        let t = DienstenText.strings(language)
        let site = SiteStrings(language)
        let title = RightsFormat.plain(service.name, language) ?? right.key
        var crumbs: [(label: String, url: String?)] = [(site.home, SitePath.home.path), (t["home.title"], DienstenPath.home.path),
                                                       (t["rights.home.title"], RightsPath.home.path)]
        if let municipality { crumbs.append((municipality.name, RightsPath.municipality(municipality.nis).path)) }
        crumbs.append((title, nil))
        return Page(
            title: title,
            breadcrumbs: crumbs,
            description: service.description.text(code).map { RightsFormat.summary($0) } ?? title,
            content: .group(
                notices(t),
                .div(.attr("class", "rights-right"),
                     .div(.attr("class", "rights-main"),
                          RightsFormat.rich(service.description, language),
                          RightsFormat.rich(service.additionalDescription, language),
                          requirements(t),
                          procedures(t),
                          texts("kosten", t["rights.right.costs"], service.costs, t),
                          texts("voordelen", t["rights.right.advantages"], service.financialAdvantages, t),
                          exceptions(t),
                          legal(t),
                          contacts(t),
                          websites(t)),
                     facts(t)),
                related(t),
                .p(.attr("class", "rights-screen"),
                   .a(.attr("class", "rights-button"), .attr("href", ScreeningPath.screen.url([("recht", right.key)])), .text(t["rights.right.screen"])))
            ),
            strings: site)
    }

    private func notices(_ t: Strings) -> Node<HTML.BodyContext> {
        var lines = notes
        if RightsFormat.hasEnded(service), let end = service.endDate { lines.append(t("rights.right.endedOn", RightsFormat.day(end, language))) }
        if hasDutchFallback { lines.append(t["rights.right.dutchOnly"]) }
        guard !lines.isEmpty else { return .empty }
        return .div(.attr("class", "rights-notes"), .attr("role", "status"), .ul(.forEach(lines) { .li(.text($0)) }))
    }

    private func section(_ id: String, _ title: String, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.attr("class", "rights-section"), .attr("aria-labelledby", "recht-\(id)"),
                 .h2(.attr("id", "recht-\(id)"), .text(title)), content)
    }

    private func requirements(_ t: Strings) -> Node<HTML.BodyContext> {
        let items = service.requirements.sorted { $0.order < $1.order }
        guard !items.isEmpty else { return .empty }
        return section("voorwaarden", t["rights.right.requirements"], .ul(.attr("class", "rights-items"), .forEach(items) { item in
            .li(.h3(RightsFormat.name(item.name, language, fallback: t["rights.right.requirement"])),
                RightsFormat.rich(item.description, language),
                .unwrap(item.evidence) { evidence in
                    .div(.attr("class", "rights-evidence"),
                         .p(.strong(.text(t["rights.right.evidence"] + ": ")),
                            RightsFormat.name(evidence.name, language, fallback: "")),
                         RightsFormat.rich(evidence.description, language))
                })
        }))
    }

    private func procedures(_ t: Strings) -> Node<HTML.BodyContext> {
        let items = service.procedures.sorted { $0.order < $1.order }
        guard !items.isEmpty else { return .empty }
        return section("procedure", t["rights.right.procedure"], .ul(.attr("class", "rights-items"), .forEach(items) { item in
            .li(.h3(RightsFormat.name(item.name, language, fallback: t["rights.right.procedure"])),
                RightsFormat.rich(item.description, language),
                links(item.websites))
        }))
    }

    private func texts(_ id: String, _ title: String, _ items: [ServiceText], _ t: Strings) -> Node<HTML.BodyContext> {
        let sorted = items.sorted { $0.order < $1.order }
        guard !sorted.isEmpty else { return .empty }
        return section(id, title, .ul(.attr("class", "rights-items"), .forEach(sorted) { item in
            .li(.h3(RightsFormat.name(item.name, language, fallback: title)), RightsFormat.rich(item.description, language))
        }))
    }

    private func exceptions(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !service.exceptions.isEmpty else { return .empty }
        return section("uitzonderingen", t["rights.right.exceptions"], RightsFormat.rich(service.exceptions, language))
    }

    private func legal(_ t: Strings) -> Node<HTML.BodyContext> {
        let items = service.legalResources.sorted { $0.order < $1.order }
        guard !items.isEmpty || !service.regulation.isEmpty else { return .empty }
        return section("regelgeving", t["rights.right.legal"], .group(
            RightsFormat.rich(service.regulation, language),
            .if(!items.isEmpty, .ul(.attr("class", "rights-items"), .forEach(items) { item in
                .li(link(item.url, RightsFormat.plain(item.name, language) ?? item.url ?? t["rights.right.legal"], dutch: item.name.isFallback(code)),
                    RightsFormat.rich(item.description, language))
            }))))
    }

    private func contacts(_ t: Strings) -> Node<HTML.BodyContext> {
        let items = service.contactPoints.sorted { $0.order < $1.order }
        guard !items.isEmpty else { return .empty }
        return section("contact", t["rights.right.contact"], .ul(.attr("class", "rights-items"), .forEach(items) { contact in
            .li(.element(named: "address", nodes: contactLines(contact, t)))
        }))
    }

    private func contactLines(_ contact: ServiceContactPoint, _ t: Strings) -> [Node<HTML.BodyContext>] {
        var lines: [Node<HTML.BodyContext>] = []
        if let address = contact.address { lines.append(.p(.text(addressLines(address).joined(separator: ", ")))) }
        if let phone = contact.telephone {
            let dial = "tel:" + phone.filter { $0.isNumber || $0 == "+" }
            lines.append(.p(.text(t["rights.right.phone"] + ": "), .a(.attr("href", dial), .text(phone))))
        }
        if let email = contact.email { lines.append(.p(.text(t["rights.right.email"] + ": "), link("mailto:" + email, email))) }
        if let url = contact.url { lines.append(.p(link(url, url))) }
        if let hours = contact.openingHours { lines.append(.p(.text(t["rights.right.openingHours"] + ": " + hours))) }
        return lines
    }

    private func addressLines(_ address: ServiceAddress) -> [String] {
        let street = [address.street.text(code), address.houseNumber, address.box.map { "bus \($0)" }].compactMap { $0 }.joined(separator: " ")
        let place = [address.postcode, address.municipality.text(code)].compactMap { $0 }.joined(separator: " ")
        return [street, place, address.country.text(code) ?? ""].filter { !$0.isEmpty }
    }

    private func websites(_ t: Strings) -> Node<HTML.BodyContext> {
        guard !service.websites.isEmpty || service.publicationLink != nil else { return .empty }
        return section("websites", t["rights.right.websites"], .group(
            links(service.websites),
            .unwrap(service.publicationLink) { url in .p(link(url, t["rights.right.publication"])) }))
    }

    private func links(_ sites: [ServiceWebsite]) -> Node<HTML.BodyContext> {
        let sorted = sites.sorted { $0.order < $1.order }
        guard !sorted.isEmpty else { return .empty }
        return .ul(.attr("class", "rights-websites"), .forEach(sorted) { site in
            .li(link(site.url, RightsFormat.plain(site.name, language) ?? site.url, dutch: site.name.isFallback(code)),
                .unwrap(RightsFormat.plain(site.description, language)) { .text(" — " + $0) })
        })
    }

    /// A link when the address is http(s) or mailto; the text alone otherwise.
    private func link(_ url: String?, _ label: String, dutch: Bool = false) -> Node<HTML.BodyContext> {
        guard let url, let scheme = URL(string: url)?.scheme?.lowercased(), ["http", "https", "mailto"].contains(scheme) else {
            return dutch ? .span(.attr("lang", "nl"), .text(label)) : .text(label)
        }
        return .a(.attr("href", url), .attr("rel", "noopener noreferrer nofollow"), .if(dutch, .attr("lang", "nl")), .text(label))
    }

    /// The facts beside the text: who, themes, type, levels, where, when, number, snapshot.
    private func facts(_ t: Strings) -> Node<HTML.BodyContext> {
        let vocabulary = RightsVocabulary.shared
        var rows: [(String, Node<HTML.BodyContext>)] = []
        func list(_ values: [String]) -> Node<HTML.BodyContext> { .text(values.joined(separator: ", ")) }
        if !service.targetAudiences.isEmpty { rows.append((t["rights.right.targetGroups"], list(service.targetAudiences.map { vocabulary.targetGroup($0, code) }))) }
        if !service.themes.isEmpty { rows.append((t["rights.right.themes"], list(service.themes.map { vocabulary.theme($0, code) }))) }
        if let type = service.productType { rows.append((t["rights.right.type"], .text(vocabulary.productType(type, code)))) }
        rows.append((t["rights.right.scope"], .text(right.scope.name(code))))
        if !service.competentAuthorityLevels.isEmpty {
            rows.append((t["rights.right.competentLevel"], list(service.competentAuthorityLevels.map { vocabulary.authorityLevel($0, code) })))
        }
        if !service.competentAuthorities.isEmpty { rows.append((t["rights.right.competent"], organisations(service.competentAuthorities))) }
        if !service.executingAuthorityLevels.isEmpty {
            rows.append((t["rights.right.executingLevel"], list(service.executingAuthorityLevels.map { vocabulary.authorityLevel($0, code) })))
        }
        if !service.executingAuthorities.isEmpty { rows.append((t["rights.right.executing"], organisations(service.executingAuthorities))) }
        rows.append((t["rights.right.where"], .text(places.map { $0.joined(separator: ", ") } ?? t["rights.right.everywhere"])))
        if let start = service.startDate { rows.append((t["rights.right.start"], .text(RightsFormat.day(start, language)))) }
        if let end = service.endDate { rows.append((t["rights.right.end"], .text(RightsFormat.day(end, language)))) }
        if let number = service.productNumber { rows.append((t["rights.right.productNumber"], .text(number))) }
        rows.append((t["rights.right.snapshot"], .group(link(service.snapshot, RightsFormat.shortIRI(service.snapshot)),
                                                        .text(" (" + RightsFormat.day(service.generatedAt, language) + ")"))))
        return .aside(
            .attr("class", "rights-facts"), .attr("aria-labelledby", "recht-feiten"),
            .h2(.attr("id", "recht-feiten"), .text(t["rights.right.facts"])),
            .dl(.forEach(rows) { row in .group(.dt(.text(row.0)), .dd(row.1)) })
        )
    }

    private func organisations(_ iris: [String]) -> Node<HTML.BodyContext> {
        .ul(.attr("class", "rights-organisations"), .forEach(iris) { iri in .li(link(iri, RightsFormat.shortIRI(iri))) })
    }

    /// The concept it derives from, or the local versions of a concept.
    private func related(_ t: Strings) -> Node<HTML.BodyContext> {
        if let concept {
            return section("concept", t["rights.right.concept"], .p(
                .a(.attr("href", RightsPath.right(concept.key).url([("gemeente", municipality?.nis)])),
                   RightsFormat.name(concept.service.name, language, fallback: concept.key))))
        }
        if service.concept != nil {
            return section("concept", t["rights.right.concept"], .p(.text(t["rights.right.conceptMissing"])))
        }
        guard service.kind == .concept else { return .empty }
        guard !instances.isEmpty else { return section("lokaal", t["rights.right.instances"], .p(.text(t["rights.right.noInstances"]))) }
        let sorted = instances.map { instance in
            (instance, instance.municipalities.map { $0.compactMap { Municipalities.named($0)?.name }.joined(separator: ", ") } ?? "")
        }.sorted { $0.1 < $1.1 }
        return section("lokaal", t["rights.right.instances"], .ul(.attr("class", "rights-items"), .forEach(sorted) { item in
            let (instance, places) = item
            return .li(.a(.attr("href", RightsPath.right(instance.key).url([("gemeente", municipality?.nis)])),
                   RightsFormat.name(instance.service.name, language, fallback: instance.key)),
                .if(!places.isEmpty, .text(" — " + places)),
                .if(municipality.map { instance.municipalities?.contains($0.nis) ?? false } ?? false,
                    .strong(.text(" " + t["rights.right.yourMunicipality"]))))
        }))
    }
}
