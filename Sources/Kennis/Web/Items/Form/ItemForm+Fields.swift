import Foundation
import Platform
import Plot

/// Labelled fields whose problems stand at the field: the message under the label, tied to the input with
/// `aria-describedby`, the input marked `aria-invalid`.
struct ItemFormFields {
    let model: KnowledgeItemFormModel

    private func described(_ id: String, hint: String?, errors: [String]) -> String? {
        let ids = (hint == nil ? [] : ["\(id)-hint"]) + (errors.isEmpty ? [] : ["\(id)-fout"])
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    private func head(_ id: String, _ label: String, hint: String?, errors: [String]) -> [Node<HTML.BodyContext>] {
        [
            .element(named: "label", nodes: [.attr("for", id), .text(label)]),
            .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
            .if(!errors.isEmpty, .ul(.attr("id", "\(id)-fout"), .attr("class", "field-error"), .forEach(errors) { .li(.text($0)) })),
        ]
    }

    /// A one-line input. `problem` is the item's field whose messages belong here.
    func input(_ id: String, _ label: String, name: String, value: String?, problem: String? = nil, type: String = "text",
               required: Bool = false, hint: String? = nil, numeric: Bool = false, maxLength: Int? = nil) -> Node<HTML.BodyContext> {
        let errors = problem.map(model.messages) ?? []
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", name), .attr("value", value ?? "")]
        if required { attributes.append(.attr("required")) }
        if numeric { attributes.append(.attr("inputmode", "numeric")) }
        if let maxLength { attributes.append(.attr("maxlength", String(maxLength))) }
        if let describedBy = described(id, hint: hint, errors: errors) { attributes.append(.attr("aria-describedby", describedBy)) }
        if !errors.isEmpty { attributes.append(.attr("aria-invalid", "true")) }
        return .div(.attr("class", errors.isEmpty ? "field" : "field field-invalid"),
                    .group(head(id, label, hint: hint, errors: errors)),
                    .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    func textArea(_ id: String, _ label: String, name: String, value: String?, problem: String? = nil, rows: Int = 4,
                  hint: String? = nil, required: Bool = false) -> Node<HTML.BodyContext> {
        let errors = problem.map(model.messages) ?? []
        return .div(.attr("class", errors.isEmpty ? "field" : "field field-invalid"),
                    .group(head(id, label, hint: hint, errors: errors)),
                    .element(named: "textarea", nodes: [
                        .attr("id", id), .attr("name", name), .attr("rows", String(rows)),
                        .attr("aria-describedby", described(id, hint: hint, errors: errors)),
                        errors.isEmpty ? .empty : .attr("aria-invalid", "true"),
                        required ? .attr("required") : .empty,
                        .text(value ?? ""),
                    ]))
    }

    func select(_ id: String, _ label: String, name: String, options: [(value: String, label: String)], selected: String?,
                problem: String? = nil, hint: String? = nil) -> Node<HTML.BodyContext> {
        let errors = problem.map(model.messages) ?? []
        return .div(.attr("class", errors.isEmpty ? "field" : "field field-invalid"),
                    .group(head(id, label, hint: hint, errors: errors)),
                    .element(named: "select", nodes: [
                        .attr("id", id), .attr("name", name), .attr("aria-describedby", described(id, hint: hint, errors: errors)),
                        errors.isEmpty ? .empty : .attr("aria-invalid", "true"),
                    ] + options.map { option in
                        .element(named: "option", nodes: [
                            .attr("value", option.value, keepEmpty: true),
                            option.value == selected ? .attr("selected") : .empty,
                            .text(option.label),
                        ])
                    }))
    }

    /// Checkboxes sent as `name[]`, in a fieldset whose legend names them.
    func checkboxes(_ id: String, _ legend: String, name: String, options: [(code: String, name: String)], chosen: [String],
                    problem: String? = nil, hint: String? = nil) -> Node<HTML.BodyContext> {
        let errors = problem.map(model.messages) ?? []
        let selected = Set(chosen)
        // A value chosen before that is no longer offered stays visible, so saving does not drop it silently.
        let extra = chosen.filter { code in !options.contains { $0.code == code } }.map { (code: $0, name: $0) }
        return .fieldset(
            .attr("class", errors.isEmpty ? "kennis-choices" : "kennis-choices field-invalid"),
            .attr("aria-describedby", described(id, hint: hint, errors: errors)),
            .legend(.text(legend)),
            .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
            .if(!errors.isEmpty, .ul(.attr("id", "\(id)-fout"), .attr("class", "field-error"), .forEach(errors) { .li(.text($0)) })),
            .div(.attr("class", "kennis-choice-list"), .forEach(options + extra) { option in
                .div(.attr("class", "check"),
                     .checkbox(id: "\(id)-\(option.code)", name: "\(name)[]", value: option.code, checked: selected.contains(option.code)),
                     .element(named: "label", nodes: [.attr("for", "\(id)-\(option.code)"), .text(option.name)]))
            })
        )
    }
}
