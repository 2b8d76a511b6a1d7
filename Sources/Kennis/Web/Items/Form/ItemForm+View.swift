import Foundation
import KennisDomain
import Platform
import Plot

extension KnowledgeItemFormModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let site = SiteStrings(language)
        var crumbs: [(label: String, url: String?)] = [(site.home, SitePath.home.path), (t["items.home.title"], KennisPath.home.path)]
        let title: String
        if let item {
            let itemTitle = KennisText.text(item.content.title, language)
            crumbs.append((itemTitle, KennisPath.item(item.slug).path))
            title = t("items.form.editTitle", itemTitle)
        } else {
            title = kind.map { t("items.form.newTitle", KennisText.pair($0.name, language).lowercased()) } ?? t["items.form.chooseTitle"]
        }
        crumbs.append((item == nil ? t["items.form.newCrumb"] : t["items.form.editCrumb"], nil))
        return Page(
            title: title,
            breadcrumbs: crumbs,
            content: .group(
                .if(!notes.isEmpty, .div(.attr("class", "kennis-notes"), .attr("role", "status"), .ul(.forEach(notes) { .li(.text($0)) }))),
                kind == nil ? chooser(t) : form(t)
            ),
            strings: site)
    }

    /// Editors choose the kind first; the form then shows that kind's fields.
    private func chooser(_ t: Strings) -> Node<HTML.BodyContext> {
        .group(
            .p(.text(t["items.form.chooseIntro"])),
            .getForm(
                action: KennisPath.newItem.path,
                .div(.attr("class", "row-form"),
                     .selectField(id: "soort-kiezen", label: t["items.form.kind"], name: "soort",
                                  options: KnowledgeKind.allCases.map { ($0.rawValue, KennisText.pair($0.name, language)) }, selected: nil),
                     .submitButton(t["items.form.next"]))
            )
        )
    }

    private func form(_ t: Strings) -> Node<HTML.BodyContext> {
        guard let kind else { return .empty }
        let f = ItemFormFields(model: self)
        let action = item.map { KennisPath.edit($0.slug).path } ?? KennisPath.newItem.path
        return .group(
            .p(.text(item == nil ? t["items.form.newIntro.\(kind.mayBeProposedByMembers && !isEditor ? "member" : "editor")"] : t["items.form.editIntro"])),
            .p(.attr("class", "hint"), .text(t["items.form.required"])),
            .postForm(
                action: action, csrf: csrf, class: "form kennis-form",
                .formErrors(allMessages, strings: SiteStrings(language)),
                item == nil ? .hidden(name: "soort", value: kind.rawValue) : .hidden(name: "revision", value: values.revision ?? ""),
                common(f, t),
                tags(f, t),
                kindFields(kind, f, t),
                .if(item == nil && isEditor, .div(
                    .attr("class", "check"),
                    .checkbox(id: "publiceren", name: "publiceren", value: "ja", checked: values.publish == "ja"),
                    .element(named: "label", nodes: [.attr("for", "publiceren"), .text(t["items.form.publishNow"])]))),
                .submitButton(item == nil ? (isEditor ? t["items.form.save"] : t["items.form.propose"]) : t["items.form.saveChanges"])
            ),
            .if(item != nil, .p(.a(.attr("href", item.map { KennisPath.item($0.slug).path } ?? KennisPath.home.path), .text(t["items.form.cancel"]))))
        )
    }

    // MARK: Common fields

    private func common(_ f: ItemFormFields, _ t: Strings) -> Node<HTML.BodyContext> {
        .fieldset(
            .legend(.text(t["items.form.about"])),
            f.input("f-titel", t["items.form.titleNL"], name: "titel", value: values.titleNL, problem: "title", required: true,
                    maxLength: KnowledgeRules.maximumTitle),
            f.input("f-titel-en", t["items.form.titleEN"], name: "titel_en", value: values.titleEN, maxLength: KnowledgeRules.maximumTitle),
            .if(item == nil, f.input("f-webadres", t["items.form.slug"], name: "webadres", value: values.slug, problem: "slug",
                                     hint: t["items.form.slugHint"], maxLength: 80)),
            f.textArea("f-samenvatting", t["items.form.summaryNL"], name: "samenvatting", value: values.summaryNL, problem: "summary",
                       rows: 3, hint: t("items.form.summaryHint", String(KnowledgeRules.maximumSummary))),
            f.textArea("f-samenvatting-en", t["items.form.summaryEN"], name: "samenvatting_en", value: values.summaryEN, rows: 3),
            f.textArea("f-tekst", t["items.form.bodyNL"], name: "tekst", value: values.bodyNL, problem: "body", rows: 12,
                       hint: t["items.form.markdownHint"]),
            f.textArea("f-tekst-en", t["items.form.bodyEN"], name: "tekst_en", value: values.bodyEN, rows: 12, hint: t["items.form.markdownHint"]),
            f.input("f-datum", t["items.form.date"], name: "datum", value: values.date, problem: "date", type: "date",
                    hint: t["items.form.dateHint"])
        )
    }

    private func tags(_ f: ItemFormFields, _ t: Strings) -> Node<HTML.BodyContext> {
        .fieldset(
            .legend(.text(t["items.form.tags"])),
            f.checkboxes("f-onderwerpen", t["items.form.topics"], name: "onderwerpen", options: topics, chosen: values.themes ?? [],
                         problem: "themes"),
            f.checkboxes("f-steden", t["items.form.cities"], name: "steden", options: organisations, chosen: values.cities ?? [],
                         problem: "cities"),
            f.checkboxes("f-maturiteit", t["items.form.maturity"], name: "maturiteit", options: maturityThemes,
                         chosen: values.maturityThemes ?? [], problem: "maturityThemes", hint: t["items.form.maturityHint"]),
            f.input("f-werkpakketten", t["items.form.workPackages"], name: "werkpakketten", value: values.workPackages,
                    problem: "workPackages", hint: t["items.form.workPackagesHint"]),
            f.input("f-aanbevelingen", t["items.form.recommendations"], name: "aanbevelingen", value: values.recommendations,
                    problem: "recommendations", hint: t["items.form.recommendationsHint"])
        )
    }

    // MARK: The kind's own fields

    private func kindFields(_ kind: KnowledgeKind, _ f: ItemFormFields, _ t: Strings) -> Node<HTML.BodyContext> {
        let legend = t("items.form.kindFields", KennisText.pair(kind.name, language).lowercased())
        let linesHint = t["items.form.linesHint"]
        switch kind {
        case .praktijk:
            return .fieldset(
                .legend(.text(legend)),
                f.select("f-stad", t["items.form.city"], name: "stad", options: [("", t["items.form.chooseCity"])] + organisations.map { ($0.code, $0.name) },
                         selected: values.city ?? "", problem: "city"),
                f.input("f-contact", t["items.form.contact"], name: "contact", value: values.contact, hint: t["items.form.contactHint"]),
                f.textArea("f-probleem", t["items.form.problemNL"], name: "probleem", value: values.problemNL, hint: t["items.form.markdownShort"]),
                f.textArea("f-probleem-en", t["items.form.problemEN"], name: "probleem_en", value: values.problemEN),
                f.textArea("f-aanpak", t["items.form.approachNL"], name: "aanpak", value: values.approachNL, hint: t["items.form.markdownShort"]),
                f.textArea("f-aanpak-en", t["items.form.approachEN"], name: "aanpak_en", value: values.approachEN),
                f.textArea("f-resultaten", t["items.form.resultsNL"], name: "resultaten", value: values.resultsNL, hint: t["items.form.markdownShort"]),
                f.textArea("f-resultaten-en", t["items.form.resultsEN"], name: "resultaten_en", value: values.resultsEN),
                f.textArea("f-kosten", t["items.form.costsNL"], name: "kosten", value: values.costsNL, hint: t["items.form.markdownShort"]),
                f.textArea("f-kosten-en", t["items.form.costsEN"], name: "kosten_en", value: values.costsEN),
                f.textArea("f-links", t["items.form.links"], name: "links", value: values.links, problem: "links", rows: 3,
                           hint: t["items.form.linksHint"])
            )
        case .publicatie:
            return .fieldset(
                .legend(.text(legend)),
                f.input("f-uitgever", t["items.form.publisher"], name: "uitgever", value: values.publisher),
                f.input("f-jaar", t["items.form.year"], name: "jaar", value: values.publicationYear, problem: "publicationYear", numeric: true)
            )
        case .raamcontract:
            return .fieldset(
                .legend(.text(legend)),
                f.input("f-aanbesteder", t["items.form.authority"], name: "aanbesteder", value: values.authority, problem: "authority",
                        required: true),
                f.textArea("f-leveranciers", t["items.form.suppliers"], name: "leveranciers", value: values.suppliers, rows: 3, hint: linesHint),
                f.textArea("f-percelen", t["items.form.lots"], name: "percelen", value: values.lots, rows: 3, hint: linesHint),
                f.input("f-looptijd-begin", t["items.form.termStart"], name: "looptijd_begin", value: values.termStart, problem: "termStart",
                        type: "date", hint: t["items.form.dateHint"]),
                f.input("f-looptijd-einde", t["items.form.termEnd"], name: "looptijd_einde", value: values.termEnd, problem: "termEnd",
                        type: "date", hint: t["items.form.dateHint"]),
                f.input("f-waarde", t["items.form.value"], name: "waarde", value: values.estimatedValue, problem: "estimatedValue",
                        hint: t["items.form.valueHint"], numeric: true),
                f.input("f-experturen", t["items.form.hours"], name: "experturen", value: values.expertHours, problem: "expertHours", numeric: true),
                f.textArea("f-experten", t["items.form.experts"], name: "experten", value: values.experts, rows: 3, hint: linesHint),
                f.textArea("f-wie", t["items.form.whoMayJoinNL"], name: "wie", value: values.whoMayJoinNL, hint: t["items.form.markdownShort"]),
                f.textArea("f-wie-en", t["items.form.whoMayJoinEN"], name: "wie_en", value: values.whoMayJoinEN),
                f.textArea("f-hoe", t["items.form.howToJoinNL"], name: "hoe", value: values.howToJoinNL, hint: t["items.form.markdownShort"]),
                f.textArea("f-hoe-en", t["items.form.howToJoinEN"], name: "hoe_en", value: values.howToJoinEN)
            )
        case .modeldocument:
            return .fieldset(
                .legend(.text(legend)),
                f.input("f-documentsoort", t["items.form.documentKind"], name: "documentsoort", value: values.documentKind,
                        hint: t["items.form.documentKindHint"]),
                f.textArea("f-versies", t["items.form.versions"], name: "versies", value: values.versions, problem: "versions", rows: 4,
                           hint: t["items.form.versionsHint"])
            )
        case .netwerk:
            return .fieldset(
                .legend(.text(legend)),
                f.select("f-netwerksoort", t["items.form.networkKind"], name: "netwerksoort",
                         options: [("", t["items.form.chooseNetworkKind"]), ("lerend-netwerk", t["items.network.kind.lerend-netwerk"]),
                                   ("werkgroep", t["items.network.kind.werkgroep"])],
                         selected: values.networkKind ?? "", problem: "networkKind"),
                f.input("f-voorzitter", t["items.form.chair"], name: "voorzitter", value: values.chair),
                f.checkboxes("f-leden", t["items.form.members"], name: "leden", options: organisations, chosen: values.members ?? [],
                             problem: "members"),
                f.textArea("f-vergaderingen", t["items.form.meetings"], name: "vergaderingen", value: values.meetings, problem: "meetings",
                           rows: 5, hint: t["items.form.meetingsHint"])
            )
        case .evenement:
            return .fieldset(
                .legend(.text(legend)),
                f.input("f-begin", t["items.form.starts"], name: "begin", value: values.starts, problem: "starts", type: "datetime-local",
                        required: true, hint: t["items.form.dateTimeHint"]),
                f.input("f-einde", t["items.form.ends"], name: "einde", value: values.ends, problem: "ends", type: "datetime-local",
                        hint: t["items.form.dateTimeHint"]),
                f.input("f-plaats", t["items.form.placeNL"], name: "plaats", value: values.placeNL, problem: "place", required: true),
                f.input("f-plaats-en", t["items.form.placeEN"], name: "plaats_en", value: values.placeEN),
                f.input("f-capaciteit", t["items.form.capacity"], name: "capaciteit", value: values.capacity, problem: "capacity",
                        hint: t["items.form.capacityHint"], numeric: true),
                f.input("f-inschrijven-tot", t["items.form.registrationUntil"], name: "inschrijven_tot", value: values.registrationUntil,
                        problem: "registrationUntil", type: "date", hint: t["items.form.dateHint"])
            )
        case .nieuws:
            return .empty
        }
    }
}
