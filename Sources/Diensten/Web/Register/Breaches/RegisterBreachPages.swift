import DienstenDomain
import Foundation
import Platform
import Plot

/// The 72-hour clock in words, in Brussels time.
enum RegisterClockText {
    static func text(_ record: BreachRecord, now: Date, _ w: RegisterWords) -> String {
        switch record.decision {
        case .notified:
            guard let at = record.notifiedAt else { return w.t["register.breach.decision.notified"] }
            return BreachClock.isLate(record.becameAwareAt, at: at)
                ? w.t("register.breach.notifiedLate", w.moment(at)) : w.t("register.breach.notifiedInTime", w.moment(at))
        case .notNotified:
            return w.t["register.breach.decision.notNotified"]
        case .open:
            let left = BreachClock.hoursLeft(record.becameAwareAt, now: now)
            if BreachClock.isLate(record.becameAwareAt, at: now) {
                return w.t("register.breach.late", String(BreachClock.hoursElapsed(since: record.becameAwareAt, now: now)))
            }
            return w.t("register.breach.hoursLeft", String(max(0, left)), w.moment(BreachClock.deadline(record.becameAwareAt)))
        }
    }
}

/// The breach log: newest first, with the 72-hour clock of each open one.
struct RegisterBreachesPage {
    let breaches: [RegisterBreach]
    let now: Date
    let mayEdit: Bool
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        return Page(
            title: t["register.breaches.title"],
            breadcrumbs: RegisterNodes.crumbs(w, [(t["register.breaches.title"], nil)]),
            content: .group(
                .p(.text(t["register.breaches.intro"])),
                .if(mayEdit, .p(.a(.attr("href", RegisterPath.newBreach.path), .text(t["register.breaches.new"])))),
                breaches.isEmpty ? .p(.text(t["register.breaches.empty"])) : RegisterNodes.table(
                    id: "datalekken", caption: t["register.breaches.caption"],
                    head: [t["register.breach.field.title"], t["register.breach.field.becameAwareAt"], t["register.breach.field.risk"],
                           t["register.breaches.clock"]],
                    rows: breaches.map { b in
                        let late = b.record.decision == .open && BreachClock.isLate(b.record.becameAwareAt, at: now)
                        return [.a(.attr("href", RegisterPath.breach(b.id).path), .text(b.record.title)), .text(w.moment(b.record.becameAwareAt)),
                                .text(t["register.risk.\(b.record.risk.rawValue)"]),
                                .span(.attr("class", late ? "register-overdue" : ""), .text(RegisterClockText.text(b.record, now: now, w)))]
                    })
            ),
            strings: SiteStrings(language))
    }
}

/// A breach (or a new one): the clock, and the one form that records facts, risk and decision.
struct RegisterBreachPage {
    let breachID: Int?
    let values: [String: String]
    let record: BreachRecord?
    let problems: [(field: String, text: String)]
    let now: Date
    let mayEdit: Bool
    let saved: Bool
    let csrf: String
    let language: SiteLanguage

    static func values(_ b: BreachRecord) -> [String: String] {
        ["title": b.title, "facts": b.facts, "effects": b.effects, "remedialAction": b.remedialAction,
         "becameAwareAt": RegisterWords.localInput(b.becameAwareAt), "risk": b.risk.rawValue, "decision": b.decision.rawValue,
         "notifiedAt": b.notifiedAt.map(RegisterWords.localInput) ?? "", "authorityReference": b.authorityReference, "lateReason": b.lateReason,
         "notNotifiedReason": b.notNotifiedReason, "subjectsInformedAt": b.subjectsInformedAt.map(RegisterWords.localInput) ?? "",
         "subjectsNotInformedReason": b.subjectsNotInformedReason]
    }

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let messages = Dictionary(problems.map { ($0.field, $0.text) }, uniquingKeysWith: { first, _ in first })
        let title = record?.title ?? t["register.breaches.new"]
        func v(_ key: String) -> String { values[key] ?? "" }
        let action = breachID.map { RegisterPath.breach($0).path } ?? RegisterPath.newBreach.path
        return Page(
            title: title,
            breadcrumbs: RegisterNodes.crumbs(w, [(t["register.breaches.title"], RegisterPath.breaches.path), (title, nil)]),
            content: .group(
                .notice(saved ? t["register.breach.saved"] : nil),
                .unwrap(record) { record in
                    .section(.attr("class", "register-outcome"), .attr("aria-labelledby", "klok"),
                             .h2(.attr("id", "klok"), .text(t["register.breaches.clock"])),
                             .p(.attr("id", "klok-tekst"), .text(RegisterClockText.text(record, now: now, w))),
                             .p(.attr("class", "hint"), .text(t("register.breach.deadline", w.moment(record.becameAwareAt),
                                                               w.moment(BreachClock.deadline(record.becameAwareAt))))))
                },
                .p(.text(t["register.breach.intro"])),
                RegisterNodes.errorSummary(problems.map { (field: $0.field, text: t["register.breach.field.\($0.field)"] + ": " + $0.text) }, w),
                .if(mayEdit, .postForm(
                    action: action, csrf: csrf, class: "form register-form",
                    .fieldset(
                        .legend(.text(t["register.breach.factsLegend"])),
                        RegisterNodes.input("title", t["register.breach.field.title"], value: v("title"), problems: messages, required: true),
                        RegisterNodes.input("becameAwareAt", t["register.breach.field.becameAwareAt"], value: v("becameAwareAt"), problems: messages,
                                            type: "datetime-local", hint: t["register.breach.awareHint"], required: true),
                        RegisterNodes.textArea("facts", t["register.breach.field.facts"], value: v("facts"), problems: messages, rows: 4),
                        RegisterNodes.textArea("effects", t["register.breach.field.effects"], value: v("effects"), problems: messages),
                        RegisterNodes.textArea("remedialAction", t["register.breach.field.remedialAction"], value: v("remedialAction"), problems: messages)
                    ),
                    .fieldset(
                        .legend(.text(t["register.breach.decisionLegend"])),
                        RegisterNodes.select("risk", t["register.breach.field.risk"],
                                             options: BreachRecord.Risk.allCases.map { ($0.rawValue, t["register.risk.\($0.rawValue)"]) },
                                             selected: values["risk"] ?? "unknown", problems: messages),
                        RegisterNodes.select("decision", t["register.breach.field.decision"],
                                             options: BreachRecord.Decision.allCases.map { ($0.rawValue, t["register.breach.decision.\($0.rawValue)"]) },
                                             selected: values["decision"] ?? "open", problems: messages),
                        RegisterNodes.input("notifiedAt", t["register.breach.field.notifiedAt"], value: v("notifiedAt"), problems: messages, type: "datetime-local"),
                        RegisterNodes.input("authorityReference", t["register.breach.field.authorityReference"], value: v("authorityReference"), problems: messages),
                        RegisterNodes.textArea("lateReason", t["register.breach.field.lateReason"], value: v("lateReason"), problems: messages,
                                               hint: t["register.breach.lateHint"]),
                        RegisterNodes.textArea("notNotifiedReason", t["register.breach.field.notNotifiedReason"], value: v("notNotifiedReason"),
                                               problems: messages, hint: t["register.breach.notNotifiedHint"])
                    ),
                    .fieldset(
                        .legend(.text(t["register.breach.subjectsLegend"])),
                        RegisterNodes.input("subjectsInformedAt", t["register.breach.field.subjectsInformedAt"], value: v("subjectsInformedAt"),
                                            problems: messages, type: "datetime-local"),
                        RegisterNodes.textArea("subjectsNotInformedReason", t["register.breach.field.subjectsNotInformedReason"],
                                               value: v("subjectsNotInformedReason"), problems: messages, hint: t["register.breach.subjectsHint"])
                    ),
                    .submitButton(t["register.breach.save"])
                ))
            ),
            strings: SiteStrings(language))
    }
}
