import KennisDomain
import Platform
import Plot

extension SubscriptionPageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let strings = SiteStrings(language)
        let key = action == .confirm ? "newsletter.confirm" : "newsletter.unsubscribe"
        let content: Node<HTML.BodyContext>
        let title: String
        switch state {
        case .invalid(let refused):
            title = t["newsletter.link.invalidTitle"]
            content = .group(
                .formErrors(refused.messages(KennisText.code(language)), strings: strings),
                .p(.text(t["newsletter.link.invalidHelp"])),
                .p(.a(.attr("href", KennisPath.newsletter.path), .text(t["newsletter.link.toNewsletter"]))))
        case .ask:
            title = t["\(key).title"]
            let email = subscriber?.email ?? ""
            let button: Node<HTML.BodyContext> = .submitButton(t["\(key).submit"])
            content = .group(
                .p(.text(t("\(key).ask", email))),
                action == .confirm
                    ? .postForm(action: path, csrf: csrf, button)
                    // The one-click route takes no CSRF token: a mail program posts to it without a session.
                    : EventNewsForms.tokenlessPostForm(action: path, button))
        case .done:
            title = t["\(key).doneTitle"]
            content = .group(
                .p(.attr("class", "notice"), .attr("role", "status"), .text(t("\(key).done", subscriber?.email ?? ""))),
                .p(.text(t["\(key).next"])),
                .p(.a(.attr("href", KennisPath.newsletter.path), .text(t["newsletter.link.toNewsletter"]))))
        }
        return Page(
            title: title,
            breadcrumbs: [(t["newsletter.crumb.kennis"], KennisPath.home.path), (t["newsletter.crumb.newsletter"], KennisPath.newsletter.path),
                          (title, nil)],
            content: content,
            strings: strings)
    }
}
