import KennisDomain
import Platform
import Plot

extension NewsletterEditorModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        let strings = SiteStrings(language)
        let problems = refused.map { EventNewsForms.problems($0, language) } ?? [:]
        let sent = letter.sent
        return Page(
            title: t("newsletter.editor.title", String(letter.number), letter.subject),
            breadcrumbs: [(t["newsletter.crumb.kennis"], KennisPath.home.path), (t["newsletter.crumb.newsletter"], KennisPath.newsletter.path),
                          (t["newsletter.manage.crumb"], KennisPath.newsletterManage.path),
                          (t("newsletter.issue.crumb", String(letter.number)), nil)],
            content: .group(
                .notice(notice),
                .formErrors(EventNewsForms.messages(refused, language), strings: strings),
                .if(sent, .p(.attr("class", "notice"), .attr("role", "status"),
                             .text(t("newsletter.editor.wasSent", letter.sentAt.map { EventNewsForms.day($0, language) } ?? "", String(letter.recipients))),
                             .text(" "), .a(.attr("href", KennisPath.newsletterIssue(letter.number).path), .text(t["newsletter.editor.viewIssue"])))),
                .if(!sent, .group(
                    .section(
                        .attr("id", "versturen"), .attr("aria-labelledby", "versturen-kop"),
                        .h2(.attr("id", "versturen-kop"), .text(t["newsletter.editor.sendTitle"])),
                        .p(.text(t("newsletter.editor.sendLead", String(confirmedSubscribers)))),
                        .postForm(
                            action: KennisPath.newsletterSend(letter.number).path, csrf: csrf, class: "form newsletter-send",
                            .div(.attr("class", (problems["confirm"] ?? []).isEmpty ? "check" : "check has-error"),
                                 EventNewsForms.fieldError(id: "bevestig-versturen", problems["confirm"] ?? []),
                                 confirmBox(invalid: !(problems["confirm"] ?? []).isEmpty),
                                 .element(named: "label", nodes: [.attr("for", "bevestig-versturen"),
                                                                  .text(t("newsletter.editor.sendConfirm", String(confirmedSubscribers)))])),
                            .submitButton(t["newsletter.editor.send"]))),
                    .section(
                        .attr("id", "bewerken"), .attr("aria-labelledby", "bewerken-kop"),
                        .h2(.attr("id", "bewerken-kop"), .text(t["newsletter.editor.editTitle"])),
                        form.node(action: KennisPath.newsletterEdit(letter.number).path, csrf: csrf, submit: t["newsletter.editor.save"],
                                  choices: choices, problems: refusedSend ? [:] : problems, language: language)))),
                preview(t)),
            strings: strings)
    }

    /// The box that says "yes, send it now", tied to its error when it was left empty.
    private func confirmBox(invalid: Bool) -> Node<HTML.BodyContext> {
        var attributes: [Attribute<Any>] = [
            .attr("type", "checkbox"), .attr("id", "bevestig-versturen"), .attr("name", "confirm"), .attr("value", "ja"), .attr("required", "required"),
        ]
        if invalid { attributes += [.attr("aria-invalid", "true"), .attr("aria-describedby", "bevestig-versturen-error")] }
        return .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes))
    }

    /// The mail as subscribers get it: the text version, and the HTML version as its source.
    private func preview(_ t: Strings) -> Node<HTML.BodyContext> {
        .section(
            .attr("id", "voorbeeld"), .attr("aria-labelledby", "voorbeeld-kop"),
            .h2(.attr("id", "voorbeeld-kop"), .text(t["newsletter.editor.previewTitle"])),
            .p(.text(t["newsletter.editor.previewLead"]), .text(" "),
               .a(.attr("href", KennisPath.newsletterIssue(letter.number).path), .text(t["newsletter.editor.previewPage"]))),
            .h3(.text(t["newsletter.editor.previewText"])),
            .element(named: "pre", nodes: [.attr("class", "newsletter-preview"), .attr("tabindex", "0"),
                                           .text(body.text(unsubscribe: sampleUnsubscribe))]),
            .details(
                .summary(.text(t["newsletter.editor.previewHTML"])),
                .element(named: "pre", nodes: [.attr("class", "newsletter-preview"), .attr("tabindex", "0"),
                                               .text(body.html(unsubscribe: sampleUnsubscribe))])))
    }
}

extension NewsletterSentModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        return Page(
            title: t["newsletter.sent.title"],
            breadcrumbs: [(t["newsletter.crumb.kennis"], KennisPath.home.path), (t["newsletter.crumb.newsletter"], KennisPath.newsletter.path),
                          (t["newsletter.manage.crumb"], KennisPath.newsletterManage.path), (t["newsletter.sent.title"], nil)],
            content: .group(
                .p(.attr("class", "notice"), .attr("role", "status"), .text(t("newsletter.sent.queued", String(number), subject, String(queued)))),
                .p(.text(t["newsletter.sent.worker"])),
                .p(.a(.attr("href", KennisPath.newsletterIssue(number).path), .text(t["newsletter.editor.viewIssue"]))),
                .p(.a(.attr("href", KennisPath.newsletterManage.path), .text(t["newsletter.sent.back"])))),
            strings: SiteStrings(language))
    }
}
