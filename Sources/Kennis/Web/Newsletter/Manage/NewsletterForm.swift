import Fluent
import Foundation
import KennisDomain
import Platform
import Plot
import Vapor

/// The form of a newsletter draft (new or changed): subject, introduction (Markdown) and the published items to
/// include, as checkboxes grouped by kind, newest first.
struct NewsletterForm {
    struct Values: Content {
        var subject: String?
        var intro: String?
        var items: [String]?
    }

    var subject = ""
    var intro = ""
    var chosen: [String] = []

    init(subject: String = "", intro: String = "", chosen: [String] = []) {
        self.subject = subject
        self.intro = intro
        self.chosen = chosen
    }

    init(_ letter: StoredNewsletter) {
        self.init(subject: letter.subject, intro: letter.intro, chosen: letter.itemSlugs)
    }

    /// The posted form read leniently: no ticked item arrives as no field at all.
    static func read(_ req: Request) -> NewsletterForm {
        let values = (try? req.content.decode(Values.self)) ?? Values()
        return NewsletterForm(subject: values.subject ?? "", intro: values.intro ?? "", chosen: values.items ?? [])
    }

    /// The published items an editor may choose from, per kind, newest first.
    static func choices(on database: any Database) async throws -> [(kind: KnowledgeKind, items: [KnowledgeSummary])] {
        let published = try await KnowledgeStore(database: database).items(statuses: [.gepubliceerd], limit: 2000)
        return KnowledgeKind.allCases.compactMap { kind in
            let items = published.filter { $0.kind == kind }.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
            return items.isEmpty ? nil : (kind, items)
        }
    }

    func node(action: String, csrf: String, submit: String, choices: [(kind: KnowledgeKind, items: [KnowledgeSummary])],
              problems: [String: [String]], language: SiteLanguage) -> Node<HTML.BodyContext> {
        let t = KennisText.strings(language)
        let chosen = Set(self.chosen)
        let itemErrors = problems["items"] ?? []
        let introErrors = problems["intro"] ?? []
        return .postForm(
            action: action, csrf: csrf, class: "form wide newsletter-form",
            EventNewsForms.field(id: "nieuwsbrief-onderwerp", label: t["newsletter.form.subject"], name: "subject", value: subject,
                                 hint: t["newsletter.form.subjectHint"], errors: problems["subject"] ?? []),
            .div(.attr("class", introErrors.isEmpty ? "field" : "field has-error"),
                 .element(named: "label", nodes: [.attr("for", "nieuwsbrief-inleiding"), .text(t["newsletter.form.intro"])]),
                 .p(.attr("id", "nieuwsbrief-inleiding-hint"), .attr("class", "hint"), .text(t["newsletter.form.introHint"])),
                 EventNewsForms.fieldError(id: "nieuwsbrief-inleiding", introErrors),
                 .element(named: "textarea", nodes: [
                    .attr("id", "nieuwsbrief-inleiding"), .attr("name", "intro"), .attr("rows", "8"),
                    .attr("aria-describedby", "nieuwsbrief-inleiding-hint" + (introErrors.isEmpty ? "" : " nieuwsbrief-inleiding-error")),
                    .text(intro),
                 ])),
            .fieldset(
                .attr("class", itemErrors.isEmpty ? "newsletter-choices" : "newsletter-choices has-error"),
                .attr("id", "nieuwsbrief-items"),
                .legend(.text(t["newsletter.form.items"])),
                EventNewsForms.fieldError(id: "nieuwsbrief-items", itemErrors),
                .if(choices.isEmpty, .p(.text(t["newsletter.form.noItems"]))),
                .forEach(choices) { group in
                    .group(
                        .h3(.text(KennisText.pair(group.kind.plural, language))),
                        .forEach(group.items) { item in
                            .div(.attr("class", "check"),
                                 .checkbox(id: "item-\(item.slug)", name: "items[]", value: item.slug, checked: chosen.contains(item.slug)),
                                 .element(named: "label", nodes: [
                                    .attr("for", "item-\(item.slug)"),
                                    .text(KennisText.text(item.title, language)),
                                    .span(.attr("class", "hint"), .text(" (" + KennisText.date(item.date, language) + ")")),
                                 ]))
                        })
                }),
            .submitButton(submit))
    }
}
