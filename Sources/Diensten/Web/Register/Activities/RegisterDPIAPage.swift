import DienstenDomain
import Foundation
import Platform
import Plot

/// The DPIA screening of an activity: each question yes / no / not known, and the outcome with what tipped it.
struct RegisterDPIAPage {
    let activityID: Int
    let name: String
    let answers: DPIAAnswers
    let saved: Bool
    let mayEdit: Bool
    let csrf: String
    let language: SiteLanguage

    func page() -> Page {
        let w = RegisterWords(language)
        let t = w.t
        let outcome = DPIACheck.assess(answers)
        return Page(
            title: t("register.dpia.title", name),
            breadcrumbs: RegisterNodes.crumbs(w, [(name, RegisterPath.activity(activityID).path), (t["register.dpia.short"], nil)]),
            content: .group(
                .notice(saved ? t["register.dpia.saved"] : nil),
                .p(.text(t["register.dpia.intro"])),
                .section(
                    .attr("class", "register-outcome"), .attr("aria-labelledby", "uitkomst"),
                    .h2(.attr("id", "uitkomst"), .text(t["register.dpia.verdict.\(outcome.verdict.rawValue)"])),
                    .ul(.forEach(outcome.reasons) { reason in .li(.text(Self.reason(reason, w))) }),
                    .if(!outcome.tipping.isEmpty, .group(
                        .p(.text(t["register.dpia.tipping"])),
                        .ul(.forEach(outcome.tipping) { .li(.text(t["register.dpia.q.\($0.rawValue)"])) })))
                ),
                .if(mayEdit, .postForm(
                    action: RegisterPath.dpia(activityID).path, csrf: csrf, class: "form register-dpia",
                    .forEach(DPIAQuestion.Group.allCases) { group in
                        .fieldset(
                            .legend(.text(t["register.dpia.group.\(group.rawValue)"])),
                            .forEach(DPIAQuestion.questions(in: group)) { item in self.question(item, w) }
                        )
                    },
                    .submitButton(t["register.dpia.submit"])
                ))
            ),
            strings: SiteStrings(language))
    }

    func question(_ question: DPIAQuestion, _ w: RegisterWords) -> Node<HTML.BodyContext> {
        .fieldset(
            .attr("class", "register-question"), .attr("id", question.rawValue),
            .legend(.text(w.t["register.dpia.q.\(question.rawValue)"])),
            .div(.attr("class", "register-answers"), .forEach(DPIAAnswers.Answer.allCases) { answer in
                let id = "\(question.rawValue)-\(answer.rawValue)"
                var attributes: [Attribute<Any>] = [.attr("type", "radio"), .attr("id", id), .attr("name", question.rawValue), .attr("value", answer.rawValue)]
                if answers[question] == answer { attributes.append(.attr("checked", "checked")) }
                return .div(.attr("class", "check"),
                            .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)),
                            .element(named: "label", nodes: [.attr("for", id), .text(w.t["register.dpia.answer.\(answer.rawValue)"])]))
            })
        )
    }

    static func reason(_ reason: DPIAOutcome.Reason, _ w: RegisterWords) -> String {
        switch reason {
        case .mandatory(let question): w.t("register.dpia.reason.mandatory", w.t["register.dpia.q.\(question.rawValue)"])
        case .criteriaMet(let count): w.t("register.dpia.reason.criteriaMet", String(count))
        case .oneCriterion: w.t["register.dpia.reason.oneCriterion"]
        case .unknownsCouldTip(let count): w.t("register.dpia.reason.unknowns", String(count))
        case .noCriteria: w.t["register.dpia.reason.noCriteria"]
        }
    }
}
