import DienstenDomain
import Foundation
import Platform
import Plot

/// How a request's deadline reads: in words, so "overdue" never depends on colour alone.
enum RegisterDeadlineText {
    static func text(_ request: RegisterRequest, today: RegisterDay, _ w: RegisterWords) -> String {
        guard request.status.isOpen else { return w.t["register.requests.closed"] }
        let left = request.deadline.daysLeft(on: today)
        if left < 0 { return w.t("register.requests.overdue", String(-left)) }
        if left == 0 { return w.t["register.requests.today"] }
        return w.t("register.requests.left", String(left))
    }
}

/// The organisation's data subject requests: open ones first by deadline, overdue ones marked in words.
struct RegisterRequestsPage {
    let requests: [RegisterRequest]
    let today: RegisterDay
    let mayEdit: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        return Page(
            title: t["register.requests.title"],
            breadcrumbs: RegisterNodes.crumbs(w, [(t["register.requests.title"], nil)]),
            content: .group(
                .p(.text(t["register.requests.intro"])),
                .if(mayEdit, .p(.a(.attr("href", RegisterPath.newRequest.path), .text(t["register.requests.new"])))),
                requests.isEmpty ? .p(.text(t["register.requests.empty"])) : RegisterNodes.table(
                    id: "verzoeken", caption: t["register.requests.caption"],
                    head: [t["register.requests.reference"], t["register.requests.kind"], t["register.requests.received"], t["register.requests.deadline"],
                           t["register.requests.left.head"], t["register.requests.status"]],
                    rows: requests.map { r in
                        let overdue = r.status.isOpen && r.deadline.daysLeft(on: today) < 0
                        return [.a(.attr("href", RegisterPath.request(r.id).path), .text(r.reference)),
                                .text("\(t["register.kind.\(r.kind.rawValue)"]) (\(r.kind.article))"),
                                .text(w.day(r.deadline.received)),
                                .text(w.day(r.deadline.deadline) + (r.deadline.isExtended ? " " + t["register.requests.extendedMark"] : "")),
                                .span(.attr("class", overdue ? "register-overdue" : ""), .text(RegisterDeadlineText.text(r, today: today, w))),
                                .text(t["register.status.\(r.status.rawValue)"])]
                    })
            ),
            strings: SiteStrings(language))
    }
}

/// The form for a new request.
struct RegisterRequestFormPage {
    var values: [String: String]
    var problems: [(field: String, text: String)]
    let activities: [RegisterActivitySummary]
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let messages = Dictionary(problems.map { ($0.field, $0.text) }, uniquingKeysWith: { first, _ in first })
        return Page(
            title: t["register.requests.new"],
            breadcrumbs: RegisterNodes.crumbs(w, [(t["register.requests.title"], RegisterPath.requests.path), (t["register.requests.new"], nil)]),
            content: .group(
                .p(.text(t["register.requests.newIntro"])),
                RegisterNodes.errorSummary(problems.map { (field: $0.field, text: t["register.requests.field.\($0.field)"] + ": " + $0.text) }, w),
                .postForm(
                    action: RegisterPath.newRequest.path, csrf: csrf, class: "form register-form",
                    RegisterNodes.input("reference", t["register.requests.field.reference"], value: values["reference"] ?? "", problems: messages,
                                        hint: t["register.requests.referenceHint"], required: true),
                    RegisterNodes.select("kind", t["register.requests.field.kind"],
                                         options: SubjectRequestKind.allCases.map { ($0.rawValue, "\(t["register.kind.\($0.rawValue)"]) (\($0.article))") },
                                         selected: values["kind"] ?? "access", problems: messages),
                    RegisterNodes.input("received", t["register.requests.field.received"], value: values["received"] ?? RegisterWords.today().description,
                                        problems: messages, type: "date", hint: t["register.requests.receivedHint"], required: true),
                    RegisterNodes.select("activity", t["register.requests.field.activity"],
                                         options: [("", t["register.requests.noActivity"])] + activities.map { (String($0.id), $0.name) },
                                         selected: values["activity"] ?? "", problems: messages),
                    RegisterNodes.textArea("summary", t["register.requests.field.summary"], value: values["summary"] ?? "", problems: messages,
                                           hint: t["register.requests.summaryHint"]),
                    .submitButton(t["register.requests.save"])
                )
            ),
            strings: SiteStrings(language))
    }
}

/// One request: its deadline in words, what happened, and the forms to extend it or change its status.
struct RegisterRequestPage {
    let request: RegisterRequest
    let events: [RegisterRequestEvent]
    let today: RegisterDay
    let mayEdit: Bool
    var problems: [(field: String, text: String)] = []
    var values: [String: String] = [:]
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let r = request
        let messages = Dictionary(problems.map { ($0.field, $0.text) }, uniquingKeysWith: { first, _ in first })
        let facts: [(label: String, text: String)] = [
            (t["register.requests.kind"], "\(t["register.kind.\(r.kind.rawValue)"]) (\(r.kind.article))"),
            (t["register.requests.received"], w.day(r.deadline.received)),
            (t["register.requests.firstDeadline"], w.day(r.deadline.firstDeadline)),
            (t["register.requests.deadline"], w.day(r.deadline.deadline)),
            (t["register.requests.left.head"], RegisterDeadlineText.text(r, today: today, w)),
            (t["register.requests.extension"], r.deadline.extendedOn.map { t("register.requests.extendedOn", w.day($0), r.deadline.extensionReason ?? "") }
                ?? t["register.requests.notExtended"]),
            (t["register.requests.status"], t["register.status.\(r.status.rawValue)"]),
            (t["register.requests.field.summary"], r.summary),
        ]
        return Page(
            title: t("register.requests.one", r.reference),
            breadcrumbs: RegisterNodes.crumbs(w, [(t["register.requests.title"], RegisterPath.requests.path), (r.reference, nil)]),
            content: .group(
                RegisterNodes.errorSummary(problems.map { (field: $0.field, text: t["register.requests.field.\($0.field)"] + ": " + $0.text) }, w),
                RegisterNodes.facts(facts, emptyText: "—"),
                .p(.attr("class", "hint"), .text(t["register.requests.identityRule"])),
                .h2(.text(t["register.requests.events"])),
                .ol(.attr("class", "register-events"), .forEach(events) { event in
                    .li(.text("\(w.moment(event.at)) — \(t["register.event.\(event.kind)"]): \(event.note)" + (event.userName.map { " (\($0))" } ?? "")))
                }),
                .if(mayEdit && r.status.isOpen, .group(
                    .if(!r.deadline.isExtended, .group(
                        .h2(.text(t["register.requests.extendTitle"])),
                        .p(.text(t("register.requests.extendIntro", w.day(r.deadline.firstDeadline), w.day(r.deadline.received.adding(months: 3))))),
                        .postForm(action: RegisterPath.extendRequest(r.id).path, csrf: csrf, class: "form register-form",
                                  RegisterNodes.input("toldOn", t["register.requests.field.toldOn"], value: values["toldOn"] ?? today.description,
                                                      problems: messages, type: "date"),
                                  RegisterNodes.textArea("reason", t["register.requests.field.reason"], value: values["reason"] ?? "", problems: messages),
                                  .submitButton(t["register.requests.extend"])))),
                    .h2(.text(t["register.requests.statusTitle"])),
                    .postForm(action: RegisterPath.requestStatus(r.id).path, csrf: csrf, class: "form register-form",
                              RegisterNodes.select("status", t["register.requests.field.status"],
                                                   options: SubjectRequestStatus.allCases.filter { $0 != .received }.map { ($0.rawValue, t["register.status.\($0.rawValue)"]) },
                                                   selected: values["status"] ?? "inProgress", problems: messages),
                              RegisterNodes.textArea("note", t["register.requests.field.note"], value: values["note"] ?? "", problems: messages),
                              .submitButton(t["register.requests.setStatus"]))
                ))
            ),
            strings: SiteStrings(language))
    }
}
