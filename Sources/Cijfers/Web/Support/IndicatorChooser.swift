import Platform
import Plot

extension Node where Context == HTML.BodyContext {
    /// The indicator checkboxes of the benchmark, evolution and wijk report selectors (sent as `i=`), under a legend
    /// in the visitor's language (the same markup as Platform's `indicatorChooser`, whose legend is Dutch only).
    static func indicatorChooser(_ choices: [(code: String, name: String, chosen: Bool)], legend: String) -> Node {
        .fieldset(
            .legend(.text(legend)),
            .forEach(choices) { choice in
                .div(.attr("class", "check"),
                     .checkbox(id: "ind-\(choice.code)", name: "i", value: choice.code, checked: choice.chosen),
                     .element(named: "label", nodes: [.attr("for", "ind-\(choice.code)"), .text(choice.name)]))
            }
        )
    }
}
