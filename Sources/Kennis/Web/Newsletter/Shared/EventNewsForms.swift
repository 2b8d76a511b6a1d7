import Foundation
import KennisDomain
import Platform
import Plot
import Vapor

/// Form pieces of the event and newsletter pages: a field that carries its own error message (located at the field,
/// tied to it with `aria-describedby` and `aria-invalid`), and the problems of a refusal grouped by field.
enum EventNewsForms {
    /// The messages of a refusal per field, in the visitor's language ("" = not tied to a field).
    static func problems(_ refused: KennisRefused, _ language: SiteLanguage) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for problem in refused.problems { out[problem.field, default: []].append(language == .en ? problem.en : problem.nl) }
        return out
    }

    /// Every message of a refusal, for the summary above a form.
    static func messages(_ refused: KennisRefused?, _ language: SiteLanguage) -> [String] {
        refused?.messages(KennisText.code(language)) ?? []
    }

    /// A labelled input with its error (if any) directly above it.
    static func field(id: String, label: String, name: String, type: String = "text", value: String = "", autocomplete: String? = nil,
                      required: Bool = true, hint: String? = nil, errors: [String] = []) -> Node<HTML.BodyContext> {
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if !errors.isEmpty { described.append("\(id)-error") }
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", name)]
        if !value.isEmpty { attributes.append(.attr("value", value)) }
        if let autocomplete { attributes.append(.attr("autocomplete", autocomplete)) }
        if required { attributes.append(.attr("required", "required")) }
        if !described.isEmpty { attributes.append(.attr("aria-describedby", described.joined(separator: " "))) }
        if !errors.isEmpty { attributes.append(.attr("aria-invalid", "true")) }
        return .div(
            .attr("class", errors.isEmpty ? "field" : "field has-error"),
            .element(named: "label", nodes: [.attr("for", id), .text(label)]),
            .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
            fieldError(id: id, errors),
            .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    /// The error of one field, said in words (and marked with a sign, never by colour alone).
    static func fieldError(id: String, _ errors: [String]) -> Node<HTML.BodyContext> {
        .if(!errors.isEmpty, .p(.attr("id", "\(id)-error"), .attr("class", "field-error"),
                                .text(errors.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))))
    }

    /// A form that posts without a CSRF token: only for the one-click unsubscribe route, which takes none (a mail
    /// program posts to it without a session).
    static func tokenlessPostForm(action: String, _ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext> {
        .element(named: "form", nodes: [.attr("method", "post"), .attr("action", action), .attr("class", "form")] + nodes)
    }

    /// A Date as a day people read (Brussels).
    static func day(_ date: Date, _ language: SiteLanguage) -> String {
        KennisText.date(KnowledgeDates.isoDay(date), language)
    }
}
