import KennisDomain
import Platform
import Plot

extension CancelPageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let strings = SiteStrings(language)
        guard let event, let registration else {
            let messages: [String]
            if case .invalid(let refused) = state { messages = refused.messages(KennisText.code(language)) } else { messages = [] }
            return Page(
                title: t["events.cancel.invalidTitle"],
                breadcrumbs: [(t["events.crumb.kennis"], KennisPath.home.path), (t["events.cancel.crumb"], nil)],
                content: .group(
                    .formErrors(messages, strings: strings),
                    .p(.text(t["events.cancel.invalidHelp"])),
                    .p(.a(.attr("href", KennisPath.list(.evenement).path), .text(t["events.cancel.toEvents"])))),
                strings: strings)
        }
        let status = KennisText.pair(registration.status.name, language)
        let content: Node<HTML.BodyContext>
        switch state {
        case .open:
            content = .group(
                EventFacts.node(event, language),
                .p(.text(t("events.cancel.who", registration.name, registration.email, status.lowercased()))),
                .p(.text(t["events.cancel.explain"])),
                .postForm(action: path, csrf: csrf, .submitButton(t["events.cancel.submit"])),
                .p(.a(.attr("href", KennisPath.item(event.slug).path), .text(t["events.cancel.keep"]))))
        case .cancelled, .wasCancelled:
            content = .group(
                .p(.attr("class", "notice"), .attr("role", "status"),
                   .text(state.isJustCancelled ? t("events.cancel.done", registration.email) : t["events.cancel.already"])),
                EventFacts.node(event, language),
                .p(.text(t["events.cancel.again"])))
        case .invalid:
            content = .empty
        }
        return Page(
            title: state.isOpen ? t["events.cancel.title"] : t["events.cancel.doneTitle"],
            breadcrumbs: EventFacts.crumbs(event, language, last: t["events.cancel.crumb"]),
            content: content,
            strings: strings)
    }
}

extension CancelPageModel.State {
    var isOpen: Bool { if case .open = self { true } else { false } }
    var isJustCancelled: Bool { if case .cancelled = self { true } else { false } }
}
