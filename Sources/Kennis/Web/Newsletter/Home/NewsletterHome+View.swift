import KennisDomain
import Platform
import Plot

extension NewsletterHomeModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let strings = SiteStrings(language)
        let problems = refused.map { EventNewsForms.problems($0, language) } ?? [:]
        return Page(
            title: t["newsletter.home.title"],
            breadcrumbs: [(t["newsletter.crumb.kennis"], KennisPath.home.path), (t["newsletter.crumb.newsletter"], nil)],
            description: t["newsletter.home.description"],
            content: .group(
                .p(.attr("class", "lead"), .text(t["newsletter.home.lead"])),
                .if(isEditor, .p(.a(.attr("href", KennisPath.newsletterManage.path), .text(t["newsletter.home.manage"])))),
                .section(
                    .attr("class", "newsletter-subscribe"), .attr("aria-labelledby", "inschrijven-kop"),
                    .h2(.attr("id", "inschrijven-kop"), .text(t["newsletter.home.subscribeTitle"])),
                    .if(asked, .div(
                        .attr("class", "notice"), .attr("role", "status"),
                        .p(.text(t["newsletter.home.asked"])),
                        .p(.text(t["newsletter.home.askedNext"])))),
                    .if(!asked, .group(
                        .ul(.attr("class", "newsletter-promises"),
                            .li(.text(t["newsletter.home.onlyAddress"])),
                            .li(.text(t["newsletter.home.doubleOptIn"])),
                            .li(.text(t["newsletter.home.oneClick"]))),
                        .formErrors(EventNewsForms.messages(refused, language), strings: strings),
                        .postForm(
                            action: KennisPath.subscribe.path, csrf: csrf,
                            EventNewsForms.field(id: "nieuwsbrief-email", label: t["newsletter.home.email"], name: "email", type: "email",
                                                 value: email, autocomplete: "email", errors: problems["email"] ?? []),
                            .submitButton(t["newsletter.home.submit"]))))),
                .section(
                    .attr("aria-labelledby", "archief-kop"),
                    .h2(.attr("id", "archief-kop"), .text(t["newsletter.home.archiveTitle"])),
                    .if(issues.isEmpty, .p(.text(t["newsletter.home.archiveEmpty"]))),
                    .if(!issues.isEmpty, .ul(
                        .attr("class", "newsletter-archive"),
                        .forEach(issues) { issue in
                            .li(.a(.attr("href", KennisPath.newsletterIssue(issue.number).path),
                                   .text(t("newsletter.home.issue", String(issue.number), issue.subject))),
                                .text(" — "),
                                .text(issue.sentAt.map { EventNewsForms.day($0, language) } ?? ""))
                        }))),
                .section(
                    .attr("aria-labelledby", "feeds-kop"),
                    .h2(.attr("id", "feeds-kop"), .text(t["newsletter.home.feedsTitle"])),
                    .p(.text(t["newsletter.home.feedsLead"])),
                    .ul(
                        .li(.a(.attr("href", KennisPath.feed(.news).path), .attr("type", "application/atom+xml"), .text(t["newsletter.feed.news"]))),
                        .li(.a(.attr("href", KennisPath.feed(.practices).path), .attr("type", "application/atom+xml"), .text(t["newsletter.feed.practices"]))),
                        .li(.a(.attr("href", KennisPath.feed(.events).path), .attr("type", "application/atom+xml"), .text(t["newsletter.feed.events"]))),
                        .li(.a(.attr("href", KennisPath.eventsCalendar.path), .attr("type", "text/calendar"), .text(t["newsletter.feed.calendar"])))))),
            strings: strings)
    }
}
