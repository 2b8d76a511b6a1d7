import Plot

/// Form building blocks for the pages that change something: every POST form carries the CSRF token,
/// every field has a visible label, errors are listed above the form and tied to it for screen readers.
extension Node where Context == HTML.BodyContext {
    public static func postForm(action: String, csrf: String, class className: String = "form", _ nodes: Node<HTML.BodyContext>...) -> Node {
        .element(named: "form", nodes: [
            .attr("method", "post"), .attr("action", action),
            .attr("class", className),
            .hidden(name: CSRF.field, value: csrf),
        ] + nodes)
    }

    /// A labelled input. `autocomplete` helps password managers; `required` lets the browser say what is missing first.
    public static func field(id: String, label: String, name: String, type: String = "text", value: String = "",
                      autocomplete: String? = nil, required: Bool = true, hint: String? = nil) -> Node {
        var attributes: [Attribute<Any>] = [
            .attr("type", type), .attr("id", id), .attr("name", name),
        ]
        if type != "password" && !value.isEmpty { attributes.append(.attr("value", value)) }
        if let autocomplete { attributes.append(.attr("autocomplete", autocomplete)) }
        if required { attributes.append(.attr("required", "required")) }
        if hint != nil { attributes.append(.attr("aria-describedby", "\(id)-hint")) }
        return .div(.attr("class", "field"),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]),
                    .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
                    .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    /// A labelled multi-line text field.
    public static func textArea(id: String, label: String, name: String, value: String = "", hint: String? = nil, rows: Int = 3) -> Node {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]),
             .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
             .element(named: "textarea", nodes: [
                .attr("id", id), .attr("name", name),
                .attr("rows", String(rows)),
                hint == nil ? .empty : .attr("aria-describedby", "\(id)-hint"),
                .text(value),
             ]))
    }

    /// A labelled select with the current value chosen.
    public static func selectField(id: String, label: String, name: String, options: [(value: String, label: String)], selected: String?) -> Node {
        .div(.attr("class", "field"),
             .element(named: "label", nodes: [.attr("for", id), .text(label)]),
             .element(named: "select", nodes: [.attr("id", id), .attr("name", name)]
                + options.map { option in
                    .element(named: "option", nodes: [
                        // Written even when empty: without it the browser would send the option's text instead.
                        .attr("value", option.value, keepEmpty: true),
                        option.value == selected ? .attr("selected", "selected") : .empty,
                        .text(option.label),
                    ])
                }))
    }

    /// A hidden input, for the CSRF token and the like.
    public static func hidden(name: String, value: String) -> Node {
        .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: [
            .attr("type", "hidden"), .attr("name", name), .attr("value", value),
        ]))
    }

    /// The problems of a refused form, announced to screen readers when the page loads.
    public static func formErrors(_ problems: [String], strings: SiteStrings) -> Node {
        .if(!problems.isEmpty, .div(
            .attr("class", "form-errors"), .attr("role", "alert"),
            .p(.text(problems.count == 1 ? strings.text["form.problemsOne"] : strings.text("form.problemsMany", String(problems.count)))),
            .ul(.forEach(problems) { .li(.text($0.prefix(1).uppercased() + $0.dropFirst())) })
        ))
    }

    /// A confirmation after a change (post/redirect/get), announced politely.
    public static func notice(_ text: String?) -> Node {
        .unwrap(text) { .p(.attr("class", "notice"), .attr("role", "status"), .text($0)) }
    }

    /// A temporary password made for a member, shown this once to the admin who made it.
    public static func temporaryPassword(_ created: (email: String, password: String)?, strings: SiteStrings) -> Node {
        .unwrap(created.map { $0 }) { created in
            .div(.attr("class", "notice"), .attr("role", "status"),
                 .p(.text(strings.text("form.temporaryPassword", created.email))),
                 .p(.code(.attr("class", "secret"), .text(created.password))))
        }
    }

    /// A submit button whose accessible name says what it acts on ("Bewaar An Peeters"), for buttons repeated in rows.
    public static func labelledButton(_ text: String, label: String) -> Node {
        .element(named: "button", nodes: [.attr("type", "submit"), .attr("aria-label", label), .text(text)])
    }
}
