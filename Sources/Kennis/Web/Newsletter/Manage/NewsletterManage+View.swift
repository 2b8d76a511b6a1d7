import KennisDomain
import Platform
import Plot

extension NewsletterManageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let strings = SiteStrings(language)
        let confirmed = counts[.confirmed] ?? 0
        return Page(
            title: t["newsletter.manage.title"],
            breadcrumbs: [(t["newsletter.crumb.kennis"], KennisPath.home.path), (t["newsletter.crumb.newsletter"], KennisPath.newsletter.path),
                          (t["newsletter.manage.crumb"], nil)],
            content: .group(
                .section(
                    .attr("aria-labelledby", "abonnees-kop"),
                    .h2(.attr("id", "abonnees-kop"), .text(t["newsletter.manage.subscribers"])),
                    .p(.text(t("newsletter.manage.confirmedLead", String(confirmed)))),
                    .table(
                        .attr("class", "data newsletter-counts"),
                        .caption(.text(t["newsletter.manage.countsCaption"])),
                        .thead(.tr(.th(.attr("scope", "col"), .text(t["newsletter.manage.status"])),
                                   .th(.attr("scope", "col"), .attr("class", "num"), .text(t["newsletter.manage.count"])))),
                        .tbody(.forEach(SubscriberStatus.allCases) { status in
                            .tr(.th(.attr("scope", "row"), .text(KennisText.pair(status.name, language))),
                                .td(.attr("class", "num"), .text(String(counts[status] ?? 0))))
                        }))),
                issues(t["newsletter.manage.drafts"], id: "ontwerpen", drafts, empty: t["newsletter.manage.noDrafts"], t),
                issues(t["newsletter.manage.sent"], id: "verstuurd", sent, empty: t["newsletter.manage.noneSent"], t),
                .section(
                    .attr("id", "nieuw"), .attr("aria-labelledby", "nieuw-kop"),
                    .h2(.attr("id", "nieuw-kop"), .text(t["newsletter.manage.new"])),
                    .formErrors(EventNewsForms.messages(refused, language), strings: strings),
                    form.node(action: KennisPath.newsletterNew.path, csrf: csrf, submit: t["newsletter.manage.create"], choices: choices,
                              problems: refused.map { EventNewsForms.problems($0, language) } ?? [:], language: language))),
            strings: strings)
    }

    private func issues(_ title: String, id: String, _ letters: [StoredNewsletter], empty: String, _ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "\(id)-kop"),
            .h2(.attr("id", "\(id)-kop"), .text(title)),
            .if(letters.isEmpty, .p(.text(empty))),
            .if(!letters.isEmpty, .div(
                .attr("class", "table-scroll"),
                .table(
                    .attr("class", "data newsletter-issues"),
                    .caption(.text(title)),
                    .thead(.tr(
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["newsletter.manage.number"])),
                        .th(.attr("scope", "col"), .text(t["newsletter.manage.subject"])),
                        .th(.attr("scope", "col"), .text(t["newsletter.manage.date"])),
                        .th(.attr("scope", "col"), .attr("class", "num"), .text(t["newsletter.manage.recipients"])))),
                    .tbody(.forEach(letters) { letter in
                        .tr(.td(.attr("class", "num"), .text(String(letter.number))),
                            .th(.attr("scope", "row"), .a(
                                .attr("href", letter.sent ? KennisPath.newsletterIssue(letter.number).path : KennisPath.newsletterEdit(letter.number).path),
                                .text(letter.subject))),
                            .td(.text(EventNewsForms.day(letter.sentAt ?? letter.createdAt, language))),
                            .td(.attr("class", "num"), .text(letter.sent ? String(letter.recipients) : "–")))
                    })))))
    }
}
