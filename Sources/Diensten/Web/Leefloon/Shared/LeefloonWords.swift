import DienstenDomain
import Foundation
import Platform
import Plot

/// How the leefloon pages word amounts, categories, trail steps and checks in the visitor's language.
struct LeefloonWords {
    let t: Strings
    let language: SiteLanguage

    init(_ language: SiteLanguage) {
        self.language = language
        t = DienstenText.strings(language)
    }

    var code: String { DienstenText.code(language) }

    /// A month "2020-01" as people read it: "januari 2020" / "January 2020" (the text itself when it is not a month).
    func month(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return text }
        return "\(MonthName.of(month, language)) \(year)"
    }

    /// "€ 1.270,51" (Dutch) or "€1,270.51" (English).
    func euro(_ value: Decimal) -> String {
        language == .en ? "€\(LeefloonMoney.display(value, language: "en"))" : "€ \(LeefloonMoney.display(value, language: "nl"))"
    }

    /// A plain amount text from the domain ("7520.85") shown as money.
    func euro(text: String) -> String { LeefloonMoney.parse(text).map(euro) ?? text }

    func date(_ date: LeefloonDate) -> String {
        if language == .en { return date.description }
        return String(format: "%02d-%02d-%04d", date.day, date.month, date.year)
    }

    func category(_ category: LeefloonCategory) -> String { t["leefloon.category.\(category.rawValue)"] }

    /// A text with {0}, {1}, … filled from a list.
    func fill(_ key: String, _ values: [String]) -> String {
        var text = t[key]
        for (index, value) in values.enumerated() { text = text.replacingOccurrences(of: "{\(index)}", with: value) }
        return text
    }

    /// The explanation of a trail step: its words with the amounts in it shown as money.
    func explain(_ step: LeefloonTrailStep) -> String {
        let values = step.arguments.map { argument -> String in
            if argument == "parent" || argument == "child" { return t["leefloon.relation.\(argument)"] }
            if argument.contains("."), LeefloonMoney.parse(argument) != nil { return euro(text: argument) }
            return argument
        }
        return fill("leefloon.step.\(step.step)", values)
    }

    /// The source of a parameter: a link with its kind (primary/secondary) beside it.
    func source(_ source: LeefloonSource?) -> Node<HTML.BodyContext> {
        guard let source else { return .text(t["leefloon.source.none"]) }
        return .group(
            .a(.attr("href", source.url), .attr("rel", "noopener"), .text(source.title ?? source.url)),
            .text(" "),
            .span(.attr("class", source.primary ? "leefloon-primary" : "leefloon-secondary"),
                  .text(source.primary ? t["leefloon.source.primary"] : t["leefloon.source.secondary"])))
    }
}
