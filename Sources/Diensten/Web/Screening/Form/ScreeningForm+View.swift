import DienstenDomain
import Foundation
import Platform
import Plot

/// The profile form: fieldsets for the person, the children, where they live, income and statuses. Every field is
/// optional; a problem stands under its field and is tied to it for screen readers.
struct ScreeningFormView {
    let form: ScreeningForm
    let problems: [String: String]
    let csrf: String
    /// The right the worker came for (`?recht=`), kept through the form.
    let focus: String?
    let words: ScreeningWords
    /// Dutch and English texts of the submit button differ when the form is shown again under a result.
    var submit: String? = nil

    var t: Strings { words.t }

    var node: Node<HTML.BodyContext> {
        .postForm(
            action: ScreeningPath.screen.path, csrf: csrf, class: "form screening-form",
            .unwrap(focus) { .hidden(name: ScreeningForm.rightField, value: $0) },
            .fieldset(
                .legend(.text(t["screening.form.person"])),
                input(ScreeningForm.ageField, label: t["screening.field.age"], type: "number", hint: t["screening.form.ageHint"],
                      extra: [.attr("min", "0"), .attr("max", "120"), .attr("inputmode", "numeric")]),
                input(ScreeningForm.birthDateField, label: t["screening.form.birthDate"], type: "date", hint: t["screening.form.birthDateHint"]),
                select(ScreeningForm.householdField, label: t["screening.field.household"],
                       options: [("", t["screening.form.unknownOption"])] + HouseholdType.allCases.map { ($0.rawValue, words.household($0)) })
            ),
            .fieldset(
                .legend(.text(t["screening.form.children"])),
                .forEach(ScreeningForm.countFields) { field in
                    input(field.name, label: t["screening.field.\(field.key)"], type: "number",
                          extra: [.attr("min", "0"), .attr("max", "30"), .attr("inputmode", "numeric")])
                }
            ),
            .fieldset(
                .legend(.text(t["screening.form.place"])),
                select(ScreeningForm.municipalityField, label: t["screening.field.municipality"],
                       options: [("", t["screening.form.unknownOption"])]
                        + Municipalities.all.sorted { $0.name.localizedCompare($1.name) == .orderedAscending }.map { ($0.nis, $0.name) },
                       hint: t["screening.form.municipalityHint"])
            ),
            .fieldset(
                .legend(.text(t["screening.form.income"])),
                .forEach(ScreeningForm.amountFields) { field in
                    input(field.name, label: t["screening.field.\(field.key)"], type: "text", hint: t["screening.form.\(field.key)Hint"],
                          extra: [.attr("inputmode", "decimal"), .attr("autocomplete", "off")])
                }
            ),
            .fieldset(
                .attr("class", "screening-statuses"),
                .legend(.text(t["screening.form.statuses"])),
                .p(.attr("class", "hint"), .text(t["screening.form.statusesHint"])),
                .forEach(ClientStatus.allCases) { status in statusChoice(status) }
            ),
            .submitButton(submit ?? t["screening.form.submit"])
        )
    }

    func describedBy(_ name: String, hint: Bool) -> String? {
        let ids = (hint ? ["screening-\(name)-hint"] : []) + (problems[name] != nil ? ["screening-\(name)-error"] : [])
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    func error(_ name: String) -> Node<HTML.BodyContext> {
        .unwrap(problems[name]) { .p(.attr("id", "screening-\(name)-error"), .attr("class", "field-error"), .text($0)) }
    }

    func input(_ name: String, label: String, type: String, hint: String? = nil, extra: [Attribute<Any>] = []) -> Node<HTML.BodyContext> {
        let id = "screening-\(name)"
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", name)]
        if !form[name].isEmpty { attributes.append(.attr("value", form[name])) }
        if let described = describedBy(name, hint: hint != nil) { attributes.append(.attr("aria-describedby", described)) }
        if problems[name] != nil { attributes.append(.attr("aria-invalid", "true")) }
        attributes += extra
        return .div(
            .attr("class", problems[name] == nil ? "field" : "field field-invalid"),
            .element(named: "label", nodes: [.attr("for", id), .text(label)]),
            .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
            error(name),
            .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    func select(_ name: String, label: String, options: [(String, String)], hint: String? = nil) -> Node<HTML.BodyContext> {
        let id = "screening-\(name)"
        let chosen = form[name]
        var nodes: [Node<HTML.BodyContext>] = [.attr("id", id), .attr("name", name)]
        if let described = describedBy(name, hint: hint != nil) { nodes.append(.attr("aria-describedby", described)) }
        if problems[name] != nil { nodes.append(.attr("aria-invalid", "true")) }
        nodes += options.map { value, text in
            .element(named: "option", nodes: [.attr("value", value, keepEmpty: true), value == chosen ? .attr("selected", "selected") : .empty, .text(text)])
        }
        return .div(
            .attr("class", problems[name] == nil ? "field" : "field field-invalid"),
            .element(named: "label", nodes: [.attr("for", id), .text(label)]),
            .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
            error(name),
            .element(named: "select", nodes: nodes))
    }

    /// Yes / no / not known for one status, as a group of three radio buttons.
    func statusChoice(_ status: ClientStatus) -> Node<HTML.BodyContext> {
        let name = ScreeningForm.statusField(status)
        let current = form[name].isEmpty ? "onbekend" : form[name]
        let choices = [("ja", t["screening.yes"]), ("nee", t["screening.no"]), ("onbekend", t["screening.form.dontKnow"])]
        return .fieldset(
            .attr("class", problems[name] == nil ? "screening-status" : "screening-status field-invalid"),
            .legend(.text(words.status(status))),
            error(name),
            .forEach(choices) { value, label in
                let id = "screening-\(name)-\(value)"
                var attributes: [Attribute<Any>] = [.attr("type", "radio"), .attr("id", id), .attr("name", name), .attr("value", value)]
                if value == current { attributes.append(.attr("checked", "checked")) }
                return .span(
                    .attr("class", "choice"),
                    .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]))
            }
        )
    }
}
