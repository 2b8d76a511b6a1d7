import DienstenDomain
import Foundation
import Platform
import Plot

extension LeefloonFormPage {
    func page() -> Page {
        let w = LeefloonWords(language)
        let t = w.t
        let households = LeefloonSituation.Household.allCases
        return Page(
            title: t["leefloon.form.title"],
            breadcrumbs: [(DienstenText.strings(language)["home.title"], DienstenPath.home.path), (t["leefloon.form.title"], nil)],
            description: t["leefloon.form.description"],
            content: .group(
                .p(.text(t["leefloon.form.intro"])),
                .ul(.attr("class", "leefloon-links"),
                    .li(.a(.attr("href", LeefloonPath.amounts.path), .text(t["leefloon.form.amountsLink"]))),
                    .if(signedIn, .li(.a(.attr("href", LeefloonPath.decisions.path), .text(t["leefloon.form.decisionsLink"]))))),
                errorSummary(w),
                .postForm(
                    action: LeefloonPath.advice.path, csrf: csrf, class: "form leefloon-form",
                    .div(.attr("class", "field"),
                         .element(named: "label", nodes: [.attr("for", "month"), .text(t["leefloon.form.month"])]),
                         .p(.attr("id", "month-hint"), .attr("class", "hint"), .text(t["leefloon.form.monthHint"])),
                         input(id: "month", value: values.month, describedBy: "month-hint", required: true)),
                    .fieldset(
                        .attr("id", "household"),
                        .legend(.text(t["leefloon.form.household"])),
                        .forEach(households) { household in
                            .div(.attr("class", "check"),
                                 radio(id: "household-\(household.rawValue)", name: "household", value: household.rawValue,
                                       checked: values.household == household.rawValue),
                                 .element(named: "label", nodes: [.attr("for", "household-\(household.rawValue)"),
                                                                   .text(t["leefloon.household.\(household.rawValue)"])]))
                        }
                    ),
                    .div(.attr("class", "leefloon-household-extra"),
                         check("withPartner", t["leefloon.form.withPartner"], values.withPartner),
                         check("otherCategory3Case", t["leefloon.form.otherCategory3Case"], values.otherCategory3Case)),
                    .fieldset(
                        .legend(.text(t["leefloon.form.income"])),
                        .p(.attr("class", "hint"), .text(t["leefloon.form.incomeHint"])),
                        money("work", t["leefloon.form.work"], values.work),
                        check("socioProfessional", t["leefloon.form.socioProfessional"], values.socioProfessional),
                        money("benefits", t["leefloon.form.benefits"], values.benefits),
                        money("other", t["leefloon.form.other"], values.other)
                    ),
                    .fieldset(
                        .legend(.text(t["leefloon.form.studentLegend"])),
                        check("student", t["leefloon.form.student"], values.student),
                        check("scholarship", t["leefloon.form.scholarship"], values.scholarship),
                        money("studentJob", t["leefloon.form.studentJob"], values.studentJob)
                    ),
                    .fieldset(
                        .legend(.text(t["leefloon.form.partnerLegend"])),
                        money("partnerIncome", t["leefloon.form.partnerIncome"], values.partnerIncome)
                    ),
                    .fieldset(
                        .legend(.text(t["leefloon.form.relativesLegend"])),
                        .p(.attr("class", "hint"), .text(t["leefloon.form.relativesHint"])),
                        .forEach(Array(1...LeefloonFormValues.relativeRows)) { row in relative(row, w) }
                    ),
                    .submitButton(t["leefloon.form.submit"])
                )
            ),
            strings: SiteStrings(language))
    }

    /// The problems above the form, each a link to its field.
    func errorSummary(_ w: LeefloonWords) -> Node<HTML.BodyContext> {
        let messages = problems.map { (field: $0.field, text: w.t["leefloon.field.\(Self.label($0.field))"] + ": " + w.t[$0.key]) }
            + (monthProblem.map { [(field: "month", text: $0)] } ?? [])
        return .if(!messages.isEmpty, .div(
            .attr("class", "form-errors"), .attr("role", "alert"),
            .p(.text(messages.count == 1 ? w.t["leefloon.error.one"] : w.t("leefloon.error.many", String(messages.count)))),
            .ul(.forEach(messages) { message in .li(.a(.attr("href", "#\(message.field)"), .text(message.text))) })
        ))
    }

    /// The catalogue word of a field ("relative2Share" → "relativeShare" with its row in the text).
    static func label(_ field: String) -> String {
        if field.hasPrefix("relative") { return "relative" }
        if field.hasPrefix("household") { return "household" }
        return field
    }

    func invalid(_ id: String) -> Bool { problems.contains { $0.field == id } || (id == "month" && monthProblem != nil) }

    func input(id: String, type: String = "text", value: String?, describedBy: String? = nil, required: Bool = false,
               inputMode: String? = nil) -> Node<HTML.BodyContext> {
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", id)]
        if let value, !value.isEmpty { attributes.append(.attr("value", value)) }
        if let describedBy { attributes.append(.attr("aria-describedby", describedBy)) }
        if required { attributes.append(.attr("required", "required")) }
        if let inputMode { attributes.append(.attr("inputmode", inputMode)) }
        if invalid(id) { attributes.append(.attr("aria-invalid", "true")) }
        return .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes))
    }

    func radio(id: String, name: String, value: String, checked: Bool) -> Node<HTML.BodyContext> {
        var attributes: [Attribute<Any>] = [.attr("type", "radio"), .attr("id", id), .attr("name", name), .attr("value", value)]
        if checked { attributes.append(.attr("checked", "checked")) }
        return .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes))
    }

    func money(_ id: String, _ label: String, _ value: String?) -> Node<HTML.BodyContext> {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]),
             input(id: id, value: value, inputMode: "decimal"))
    }

    func check(_ id: String, _ label: String, _ value: String?) -> Node<HTML.BodyContext> {
        .div(.attr("class", "check"),
             .checkbox(id: id, name: id, value: "on", checked: LeefloonFormValues.checked(value)),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]))
    }

    func relative(_ row: Int, _ w: LeefloonWords) -> Node<HTML.BodyContext> {
        let t = w.t
        let value = values.relative(row)
        return .fieldset(
            .attr("class", "leefloon-relative"),
            .legend(.text(t("leefloon.form.relative", String(row)))),
            .selectField(id: "relative\(row)Relation", label: t["leefloon.form.relation"], name: "relative\(row)Relation",
                         options: [("", t["leefloon.relation.none"]), ("parent", t["leefloon.relation.parent"]), ("child", t["leefloon.relation.child"])],
                         selected: value.relation ?? ""),
            money("relative\(row)Income", t["leefloon.form.relativeIncome"], value.income),
            .selectField(id: "relative\(row)Counting", label: t["leefloon.form.counting"], name: "relative\(row)Counting",
                         options: [("none", t["leefloon.counting.none"]), ("partial", t["leefloon.counting.partial"]), ("full", t["leefloon.counting.full"])],
                         selected: value.counting ?? "none"),
            money("relative\(row)Share", t["leefloon.form.share"], value.share)
        )
    }
}
