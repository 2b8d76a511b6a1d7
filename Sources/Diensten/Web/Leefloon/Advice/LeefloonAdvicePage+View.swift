import DienstenDomain
import Foundation
import Platform
import Plot

extension LeefloonAdvicePage {
    func page() -> Page {
        let w = LeefloonWords(language)
        let t = w.t
        let amountEntryDate = w.date(advice.amountsFrom)
        return Page(
            title: t["leefloon.advice.title"],
            breadcrumbs: [(DienstenText.strings(language)["home.title"], DienstenPath.home.path),
                          (t["leefloon.form.title"], LeefloonPath.advice.path), (t["leefloon.advice.title"], nil)],
            description: t["leefloon.advice.description"],
            content: .group(
                .p(.attr("class", "leefloon-notice"), .text(t["leefloon.advice.isAdvice"])),
                .section(
                    .attr("class", "leefloon-result"), .attr("aria-labelledby", "result-title"),
                    .h2(.attr("id", "result-title"), .text(t("leefloon.advice.for", w.month(advice.period)))),
                    .element(named: "dl", nodes: [
                        .element(named: "dt", text: t["leefloon.advice.category"]),
                        .element(named: "dd", text: w.category(advice.category)),
                        .element(named: "dt", text: t["leefloon.advice.amount"]),
                        .element(named: "dd", text: t("leefloon.advice.amountValue", w.euro(advice.monthlyAmount), w.euro(advice.yearlyAmount), amountEntryDate)),
                        .element(named: "dt", text: t["leefloon.advice.resources"]),
                        .element(named: "dd", text: t("leefloon.advice.resourcesValue", w.euro(advice.resourcesMonthly), w.euro(advice.resourcesYearly))),
                        .element(named: "dt", text: t["leefloon.advice.leefloon"]),
                        .element(named: "dd", nodes: [
                            .attr("class", "leefloon-amount"), .attr("id", "leefloon-monthly"),
                            .text(advice.entitled ? t("leefloon.advice.monthly", w.euro(advice.monthlyLeefloon)) : t["leefloon.advice.none"]),
                        ]),
                    ]),
                    .p(.text(t["leefloon.advice.source"]), .text(" "), w.source(advice.amountsSource))
                ),
                .h2(.text(t["leefloon.trail.title"])),
                .p(.text(t["leefloon.trail.intro"])),
                LeefloonTrailTable.table(advice, words: w),
                LeefloonTrailTable.checks(advice, words: w),
                decisionSection(w),
                .p(.a(.attr("href", LeefloonPath.advice.path), .text(t["leefloon.advice.again"])))
            ),
            strings: SiteStrings(language))
    }

    func decisionSection(_ w: LeefloonWords) -> Node<HTML.BodyContext> {
        let t = w.t
        guard mayDecide else {
            return .section(
                .attr("aria-labelledby", "decide-title"),
                .h2(.attr("id", "decide-title"), .text(t["leefloon.decide.title"])),
                .p(.text(t["leefloon.decide.signIn"]), .text(" "),
                   .a(.attr("href", AccessPath.signIn.url([("terug", LeefloonPath.advice.path)])), .text(t["leefloon.decide.signInLink"]))))
        }
        let problems = decisionProblems.map { (field: $0.field, text: t["leefloon.decide.field.\($0.field)"] + ": " + t[$0.key]) }
        return .section(
            .attr("aria-labelledby", "decide-title"),
            .h2(.attr("id", "decide-title"), .text(t["leefloon.decide.title"])),
            .p(.text(t["leefloon.decide.intro"])),
            .p(.attr("class", "hint"), .text(t["leefloon.decide.retention"])),
            .if(!problems.isEmpty, .div(
                .attr("class", "form-errors"), .attr("role", "alert"),
                .p(.text(problems.count == 1 ? t["leefloon.error.one"] : t("leefloon.error.many", String(problems.count)))),
                .ul(.forEach(problems) { problem in .li(.a(.attr("href", "#\(problem.field)"), .text(problem.text))) })
            )),
            .postForm(
                action: LeefloonPath.decisions.path, csrf: csrf, class: "form leefloon-decide",
                .hidden(name: "situation", value: situationJSON),
                .hidden(name: "month", value: month.monthText),
                .field(id: "reference", label: t["leefloon.decide.reference"], name: "reference", value: decision.reference,
                       autocomplete: "off", required: true, hint: t["leefloon.decide.referenceHint"]),
                .fieldset(
                    .attr("id", "decision"),
                    .legend(.text(t["leefloon.decide.choice"])),
                    .forEach(["confirmed", "overridden"]) { choice in
                        .div(.attr("class", "check"),
                             .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
                                .attr("type", "radio"), .attr("id", "decision-\(choice)"), .attr("name", "decision"), .attr("value", choice),
                             ] + (decision.decision == choice ? [.attr("checked", "checked")] : []))),
                             .element(named: "label", nodes: [.attr("for", "decision-\(choice)"),
                                                               .text(choice == "confirmed" ? t("leefloon.decide.confirm", w.euro(advice.monthlyLeefloon)) : t["leefloon.decide.override"])]))
                    }
                ),
                .field(id: "amount", label: t["leefloon.decide.amount"], name: "amount", value: decision.amount, required: false,
                       hint: t["leefloon.decide.amountHint"]),
                .textArea(id: "reason", label: t["leefloon.decide.reason"], name: "reason", value: decision.reason,
                          hint: t["leefloon.decide.reasonHint"]),
                .submitButton(t["leefloon.decide.submit"])
            )
        )
    }
}
