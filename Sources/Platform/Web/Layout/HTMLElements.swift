import Plot

/// Elements Plot's typed API does not offer in the body context (figure, fieldset, legend) and a GET form whose
/// children are ordinary body content, so selectors can hold labels, selects and buttons side by side.
extension Node where Context == HTML.BodyContext {
    public static func figure(_ nodes: Node<HTML.BodyContext>...) -> Node { .element(named: "figure", nodes: nodes) }
    public static func figcaption(_ nodes: Node<HTML.BodyContext>...) -> Node { .element(named: "figcaption", nodes: nodes) }
    public static func fieldset(_ nodes: Node<HTML.BodyContext>...) -> Node { .element(named: "fieldset", nodes: nodes) }
    public static func legend(_ nodes: Node<HTML.BodyContext>...) -> Node { .element(named: "legend", nodes: nodes) }

    public static func getForm(action: String, _ nodes: Node<HTML.BodyContext>...) -> Node {
        .element(named: "form", nodes: [.attr("method", "get"), .attr("action", action)] + nodes)
    }

    public static func submitButton(_ text: String) -> Node {
        .element(named: "button", nodes: [.attr("type", "submit"), .text(text)])
    }
}

extension Node where Context == HTML.BodyContext {
    /// A checkbox as a void element (`<input …>` without a closing tag).
    public static func checkbox(id: String, name: String, value: String, checked: Bool) -> Node {
        var attributes: [Attribute<Any>] = [
            .attr("type", "checkbox"), .attr("id", id),
            .attr("name", name), .attr("value", value),
        ]
        if checked { attributes.append(.attr("checked", "checked")) }
        return .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes))
    }
}

extension Node where Context == HTML.BodyContext {
    /// The indicator checkboxes of the benchmark, evolution and wijk report selectors (sent as `i=`).
    public static func indicatorChooser(_ choices: [(code: String, name: String, chosen: Bool)]) -> Node {
        .fieldset(
            .legend(.text("Indicatoren")),
            .forEach(choices) { choice in
                .div(.attr("class", "check"),
                     .checkbox(id: "ind-\(choice.code)", name: "i", value: choice.code, checked: choice.chosen),
                     .element(named: "label", nodes: [.attr("for", "ind-\(choice.code)"), .text(choice.name)]))
            }
        )
    }
}
