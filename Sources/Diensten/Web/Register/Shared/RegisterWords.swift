import DienstenDomain
import Foundation
import Platform
import Plot

/// How the register pages word codes, problems, days and moments in the visitor's language.
struct RegisterWords {
    let t: Strings
    let language: SiteLanguage

    init(_ language: SiteLanguage) {
        self.language = language
        t = DienstenText.strings(language)
    }

    static let brussels = TimeZone(identifier: "Europe/Brussels")!

    /// A code of the domain ("status.active", "basis.e", "yes") in words.
    func word(_ code: String) -> String { t["register.word.\(code)"] }

    func field(_ name: String) -> String { t["register.field.\(name)"] }

    /// "2026-02-28" as "28-02-2026" (Dutch) or as it is (English).
    func day(_ day: RegisterDay) -> String {
        language == .en ? day.description : String(format: "%02d-%02d-%04d", day.day, day.month, day.year)
    }

    /// A moment on a Brussels wall clock: "28-03-2026 10:00" / "2026-03-28 10:00".
    func moment(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = Self.brussels
        formatter.dateFormat = language == .en ? "yyyy-MM-dd HH:mm" : "dd-MM-yyyy HH:mm"
        return formatter.string(from: date)
    }

    /// The value a datetime-local field holds for a moment, in Brussels time.
    static func localInput(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = brussels
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        return formatter.string(from: date)
    }

    /// A datetime-local value ("2026-03-28T10:00", seconds allowed) read as Brussels time; a time that does not exist
    /// (in the hour skipped in spring) is refused rather than moved.
    static func readLocal(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        for format in ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = brussels
            formatter.dateFormat = format
            formatter.isLenient = false
            if let date = formatter.date(from: text), formatter.string(from: date) == text { return date }
        }
        return nil
    }

    static func today(_ now: Date = Date()) -> RegisterDay { RegisterDay(now, in: brussels) }

    func problem(_ reason: ProcessingProblem.Reason) -> String { t["register.problem.\(reason.rawValue)"] }

    /// The label of a problem's field: "Doel 2 — rechtsgrond".
    func fieldLabel(_ path: String) -> String {
        let parts = path.split(separator: ".").map(String.init)
        if parts.count == 3, let row = Int(parts[1]) { return t("register.row.\(parts[0])", String(row)) + " — " + field("\(parts[0]).\(parts[2])") }
        if parts.count == 2, let row = Int(parts[1]) { return t("register.row.\(parts[0])", String(row)) }
        return field(parts.joined(separator: "."))
    }

    /// A form field's id for a domain path ("purposes.2.basis" → "purposes-2-basis").
    static func id(_ path: String) -> String { anchor(path).replacingOccurrences(of: ".", with: "-") }

    /// The field a problem sits at on the form: a line of a text area ("jointControllers.2") is the text area.
    static func anchor(_ path: String) -> String {
        let parts = path.split(separator: ".")
        if parts.count == 2, Int(parts[1]) != nil { return String(parts[0]) }
        return path
    }
}

/// The page pieces the register pages share.
enum RegisterNodes {
    /// The problems above a form, each linking to its field.
    static func errorSummary(_ problems: [(field: String, text: String)], _ w: RegisterWords) -> Node<HTML.BodyContext> {
        .if(!problems.isEmpty, .div(
            .attr("class", "form-errors"), .attr("role", "alert"), .attr("id", "problemen"),
            .p(.text(problems.count == 1 ? w.t["register.error.one"] : w.t("register.error.many", String(problems.count)))),
            .ul(.forEach(problems) { problem in .li(.a(.attr("href", "#\(RegisterWords.id(problem.field))"), .text(problem.text))) })
        ))
    }

    /// A labelled single-line input, marked invalid with its message when it has a problem.
    static func input(_ path: String, _ label: String, value: String, problems: [String: String], type: String = "text", hint: String? = nil,
                      required: Bool = false) -> Node<HTML.BodyContext> {
        let id = RegisterWords.id(path)
        let message = problems[path]
        var attributes: [Attribute<Any>] = [.attr("type", type), .attr("id", id), .attr("name", id)]
        if !value.isEmpty { attributes.append(.attr("value", value)) }
        if required { attributes.append(.attr("required", "required")) }
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if message != nil { described.append("\(id)-error"); attributes.append(.attr("aria-invalid", "true")) }
        if !described.isEmpty { attributes.append(.attr("aria-describedby", described.joined(separator: " "))) }
        return .div(.attr("class", message == nil ? "field" : "field register-invalid"),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]),
                    .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
                    .unwrap(message) { .p(.attr("id", "\(id)-error"), .attr("class", "field-error"), .text($0)) },
                    .element(Element<HTML.BodyContext>.selfClosed(named: "input", attributes: attributes)))
    }

    /// A labelled text area, marked invalid with its message when it has a problem.
    static func textArea(_ path: String, _ label: String, value: String, problems: [String: String], hint: String? = nil, rows: Int = 3) -> Node<HTML.BodyContext> {
        let id = RegisterWords.id(path)
        let message = problems[path]
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if message != nil { described.append("\(id)-error") }
        return .div(.attr("class", message == nil ? "field" : "field register-invalid"),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]),
                    .unwrap(hint) { .p(.attr("id", "\(id)-hint"), .attr("class", "hint"), .text($0)) },
                    .unwrap(message) { .p(.attr("id", "\(id)-error"), .attr("class", "field-error"), .text($0)) },
                    .element(named: "textarea", nodes: [
                        .attr("id", id), .attr("name", id), .attr("rows", String(rows)),
                        described.isEmpty ? .empty : .attr("aria-describedby", described.joined(separator: " ")),
                        message == nil ? .empty : .attr("aria-invalid", "true"),
                        .text(value),
                    ]))
    }

    /// A labelled select, marked invalid with its message when it has a problem.
    static func select(_ path: String, _ label: String, options: [(value: String, label: String)], selected: String,
                       problems: [String: String]) -> Node<HTML.BodyContext> {
        let id = RegisterWords.id(path)
        let message = problems[path]
        return .div(.attr("class", message == nil ? "field" : "field register-invalid"),
                    .element(named: "label", nodes: [.attr("for", id), .text(label)]),
                    .unwrap(message) { .p(.attr("id", "\(id)-error"), .attr("class", "field-error"), .text($0)) },
                    .element(named: "select", nodes: [.attr("id", id), .attr("name", id),
                                                      message == nil ? .empty : .attr("aria-invalid", "true"),
                                                      message == nil ? .empty : .attr("aria-describedby", "\(id)-error")]
                        + options.map { option in
                            .element(named: "option", nodes: [.attr("value", option.value, keepEmpty: true),
                                                              option.value == selected ? .attr("selected", "selected") : .empty, .text(option.label)])
                        }))
    }

    /// A definition list of label/text pairs; multi-line texts become lists.
    static func facts(_ pairs: [(label: String, text: String)], emptyText: String) -> Node<HTML.BodyContext> {
        .element(named: "dl", nodes: [.attr("class", "register-facts")] + pairs.flatMap { pair -> [Node<HTML.BodyContext>] in
            let lines = pair.text.split(separator: "\n").map(String.init)
            let value: Node<HTML.BodyContext> = lines.isEmpty ? .text(emptyText)
                : lines.count == 1 ? .text(lines[0]) : .ul(.forEach(lines) { .li(.text($0)) })
            return [.element(named: "dt", text: pair.label), .element(named: "dd", nodes: [value])]
        })
    }

    /// The breadcrumbs of a page under the member's own register.
    static func crumbs(_ w: RegisterWords, _ trail: [(String, String?)]) -> [(label: String, url: String?)] {
        [(w.t["home.title"], DienstenPath.home.path), (w.t["register.home.title"], RegisterPath.home.path),
         (w.t["register.manage.title"], trail.isEmpty ? nil : RegisterPath.manage.path)] + trail.map { (label: $0.0, url: $0.1) }
    }

    /// A table that scrolls sideways within itself on narrow screens, named by its caption.
    static func table(id: String, caption: String, head: [String], rows: [[Node<HTML.BodyContext>]]) -> Node<HTML.BodyContext> {
        .div(.attr("class", "table-scroll"), .attr("role", "region"), .attr("aria-labelledby", "\(id)-caption"), .attr("tabindex", "0"),
             .table(.attr("id", id),
                    .caption(.attr("id", "\(id)-caption"), .text(caption)),
                    .thead(.tr(.forEach(head) { .th(.attr("scope", "col"), .text($0)) })),
                    .tbody(.forEach(rows) { cells in
                        .tr(.forEach(Array(cells.enumerated())) { index, cell in index == 0 ? .th(.attr("scope", "row"), cell) : .td(cell) })
                    })))
    }
}
