import KennisDomain
import Platform
import Plot

extension RegistrationPageModel {
    func page() -> Page {
        let t = KennisText.strings(language)
        if let registration {
            let waiting = registration.status == .wachtlijst
            let title = waiting ? t["events.register.waitingTitle"] : t["events.register.doneTitle"]
            return Page(
                title: title,
                breadcrumbs: EventFacts.crumbs(event, language, last: t["events.register.crumb"]),
                content: .group(
                    .p(.attr("class", "notice"), .attr("role", "status"),
                       .text(waiting ? t("events.register.waiting", registration.email) : t("events.register.done", registration.email))),
                    EventFacts.node(event, language),
                    .p(.text(waiting ? t["events.register.waitingNext"] : t["events.register.doneNext"])),
                    .p(.text(t["events.register.cancelHint"])),
                    .p(.a(.attr("href", KennisPath.calendar(event.slug).path), .text(t["events.register.calendar"])))),
                strings: SiteStrings(language))
        }
        let problems = refused.map { EventNewsForms.problems($0, language) } ?? [:]
        // A problem not tied to a field of this form (registration closed, not an event) is said without the form.
        let formProblems = Set(problems.keys).isSubset(of: ["name", "email", "organisation"])
        return Page(
            title: t["events.register.refusedTitle"],
            breadcrumbs: EventFacts.crumbs(event, language, last: t["events.register.crumb"]),
            content: .group(
                .formErrors(EventNewsForms.messages(refused, language), strings: SiteStrings(language)),
                EventFacts.node(event, language),
                .if(formProblems, .group(
                    .h2(.text(t["events.register.formTitle"])),
                    .postForm(
                        action: KennisPath.register(event.slug).path, csrf: csrf,
                        EventNewsForms.field(id: "inschrijving-naam", label: t["events.register.name"], name: "name", value: form.name ?? "",
                                             autocomplete: "name", errors: problems["name"] ?? []),
                        EventNewsForms.field(id: "inschrijving-email", label: t["events.register.email"], name: "email", type: "email",
                                             value: form.email ?? "", autocomplete: "email", hint: t["events.register.emailHint"],
                                             errors: problems["email"] ?? []),
                        EventNewsForms.field(id: "inschrijving-organisatie", label: t["events.register.organisation"], name: "organisation",
                                             value: form.organisation ?? "", autocomplete: "organization", required: false,
                                             errors: problems["organisation"] ?? []),
                        .submitButton(t["events.register.submit"])))),
                .p(.a(.attr("href", KennisPath.item(event.slug).path), .text(t["events.register.back"])))),
            strings: SiteStrings(language))
    }
}
