import Platform
import PlannenDomain
import Plot

/// A small stacked bar of the acties of one row by status. It repeats the table beside it, which carries the numbers;
/// the bar has its own text alternative (the counts in words), and the colours (CSS classes `sb-<code>`, the
/// Okabe-Ito colours of the status badges) are never the only carrier of meaning.
enum StatusBar {
    static let width = 160.0
    static let height = 14.0

    static func node(_ counts: StatusCounts, columns: [String], label: String, _ language: SiteLanguage) -> Node<HTML.BodyContext> {
        let total = counts.total
        let description = "\(label): \(counts.words(language))"
        var x = 0.0
        var parts: [Node<HTML.BodyContext>] = [.element(named: "title", nodes: [.text(description)])]
        if total == 0 {
            parts.append(.element(named: "rect", nodes: [
                .attr("class", "sb-empty"), .attr("x", "0"), .attr("y", "0"), .attr("width", number(width)),
                .attr("height", number(height)),
            ]))
        }
        for code in columns where total > 0 && counts.count(code) > 0 {
            let w = width * Double(counts.count(code)) / Double(total)
            parts.append(.element(named: "rect", nodes: [
                .attr("class", "sb-\(code.isEmpty ? "geen" : code)"), .attr("x", number(x)), .attr("y", "0"),
                .attr("width", number(w)), .attr("height", number(height)),
            ]))
            x += w
        }
        return .element(named: "svg", nodes: [
            .attr("class", "status-bar"), .attr("viewBox", "0 0 \(number(width)) \(number(height))"),
            .attr("width", number(width)), .attr("height", number(height)), .attr("role", "img"),
            .attr("aria-label", description), .attr("focusable", "false"),
        ] + parts)
    }

    private static func number(_ value: Double) -> String { PlanNumberText.english(value, digits: 2) }
}
