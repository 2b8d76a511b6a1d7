import KennisDomain
import Platform
import Plot
import SafeMarkdown

extension NewsletterIssueModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        return Page(
            title: letter.subject,
            breadcrumbs: [(t["newsletter.crumb.kennis"], KennisPath.home.path), (t["newsletter.crumb.newsletter"], KennisPath.newsletter.path),
                          (t("newsletter.issue.crumb", String(letter.number)), nil)],
            description: t("newsletter.issue.description", String(letter.number)),
            content: .group(
                .p(.attr("class", "newsletter-meta"),
                   .text(letter.sentAt.map { t("newsletter.issue.sent", String(letter.number), EventNewsForms.day($0, language)) }
                         ?? t("newsletter.issue.draft", String(letter.number)))),
                .if(!letter.sent && isEditor, .p(.attr("class", "notice"), .attr("role", "status"), .text(t["newsletter.issue.preview"]),
                                                 .text(" "), .a(.attr("href", KennisPath.newsletterEdit(letter.number).path),
                                                               .text(t["newsletter.issue.edit"])))),
                .if(language == .en, .p(.attr("class", "hint"), .text(t["newsletter.issue.dutchOnly"]))),
                .div(.attr("class", "newsletter-intro"), .attr("lang", "nl"),
                     .raw(SafeMarkdown.html(letter.intro, options: .init(headingOffset: 1)))),
                .if(!items.isEmpty, .section(
                    .attr("aria-labelledby", "items-kop"),
                    .h2(.attr("id", "items-kop"), .text(t["newsletter.issue.items"])),
                    .ul(.attr("class", "newsletter-items"), .forEach(items) { item in
                        .li(.h3(.a(.attr("href", KennisPath.item(item.slug).path), .text(KennisText.text(item.content.title, language)))),
                            .p(.attr("class", "newsletter-kind"), .text(KennisText.pair(item.kind.name, language))),
                            .p(.text(KennisText.text(item.content.summary, language))))
                    }))),
                .p(.a(.attr("href", KennisPath.newsletter.path), .text(t["newsletter.issue.toArchive"])))),
            strings: SiteStrings(language))
    }
}
