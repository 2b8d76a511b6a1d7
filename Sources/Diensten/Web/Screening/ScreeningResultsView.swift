import DienstenDomain
import Foundation
import Platform
import Plot

/// The results of a screening: per outcome its rights, each with the conditions met, not met and unknown in words
/// (never only a symbol or a colour), what to ask the client next, and the rule version that decided.
struct ScreeningResultsView {
    let run: ScreeningRun
    let words: ScreeningWords
    var focus: String? = nil
    /// The heading level of the outcome groups (2 on the results page, 3 inside a case).
    var level = 2

    var t: Strings { words.t }
    var result: ScreeningResult { run.result }

    var node: Node<HTML.BodyContext> {
        let counts = result.counts
        let groups = ScreeningOutcome.allCases.filter { (counts[$0] ?? 0) > 0 }
        return .div(
            .attr("class", "screening-results"),
            .p(.attr("class", "screening-summary"),
               .text(groups.map { "\(counts[$0] ?? 0) \(words.outcome($0).lowercased())" }.joined(separator: " · "))),
            version,
            questions,
            .unwrap(result.rights.first { $0.right.key == focus || $0.right.productNumber == focus }) { focused in
                .section(
                    .attr("class", "screening-focus"), .attr("aria-labelledby", "screening-focus-title"),
                    heading(level, id: "screening-focus-title", t["screening.results.focus"]),
                    right(focused, level: level + 1))
            },
            .forEach(groups) { outcome in group(outcome) }
        )
    }

    var version: Node<HTML.BodyContext> {
        guard let rules = run.rules else { return .p(.attr("class", "notice"), .text(t["screening.results.noRules"])) }
        return .p(
            .attr("class", "screening-version"),
            .text(t("screening.results.version", String(rules.version), words.date(rules.rules.validFrom)) + " "),
            .a(.attr("href", ScreeningPath.rules.url([("versie", String(rules.version))])), .text(t["screening.results.readRules"])))
    }

    var questions: Node<HTML.BodyContext> {
        let asked = result.questions
        return .if(!asked.isEmpty, .section(
            .attr("class", "screening-questions"), .attr("aria-labelledby", "screening-questions-title"),
            heading(level, id: "screening-questions-title", t["screening.results.askNext"]),
            .p(.text(t["screening.results.askNextIntro"])),
            .ul(.forEach(asked) { .li(.text(words.question($0))) })))
    }

    func group(_ outcome: ScreeningOutcome) -> Node<HTML.BodyContext> {
        let rights = result.rights.filter { $0.outcome == outcome }
        let id = "screening-\(outcome.rawValue)"
        if outcome == .noRules {
            return .section(
                .attr("class", "screening-group screening-no-rules"), .attr("aria-labelledby", id),
                heading(level, id: id, "\(words.outcome(outcome)) (\(rights.count))"),
                .p(.text(t["screening.results.noRulesIntro"])),
                .element(named: "details", nodes: [
                    .element(named: "summary", nodes: [.text(t("screening.results.showRights", String(rights.count)))]),
                    .ul(.forEach(rights) { screened in .li(name(screened)) }),
                ]))
        }
        return .section(
            .attr("class", "screening-group screening-\(outcome.rawValue)"), .attr("aria-labelledby", id),
            heading(level, id: id, "\(words.outcome(outcome)) (\(rights.count))"),
            .p(.text(t["screening.results.intro.\(outcome.rawValue)"])),
            .forEach(rights) { right($0, level: level + 1) })
    }

    func name(_ screened: RightScreening) -> Node<HTML.BodyContext> {
        run.linkable.contains(screened.right.key)
            ? .a(.attr("href", ScreeningPath.right(screened.right.key)), .text(screened.right.name))
            : .text(screened.right.name)
    }

    func right(_ screened: RightScreening, level: Int) -> Node<HTML.BodyContext> {
        .article(
            .attr("class", "screening-right"),
            heading(level, id: nil, name(screened)),
            .p(.attr("class", "screening-outcome screening-outcome-\(screened.outcome.rawValue)"),
               .strong(.text(words.outcome(screened.outcome)))),
            .ul(
                .attr("class", "screening-conditions"),
                .forEach(screened.met + screened.unmet + screened.unknown) { condition($0) }))
    }

    func condition(_ result: ConditionResult) -> Node<HTML.ListContext> {
        let symbol = ["met": "✓", "unmet": "✗", "unknown": "?"][result.state.rawValue] ?? ""
        return .li(
            .attr("class", "screening-condition screening-\(result.state.rawValue)"),
            .span(.attr("class", "screening-symbol"), .attr("aria-hidden", "true"), .text(symbol)),
            .strong(.text(words.state(result.state) + ": ")),
            .text(result.condition.label.text(words.code)),
            .if(result.condition.indicative, .span(.attr("class", "screening-indicative"), .text(" (\(t["screening.indicative"]))"))),
            .ul(.forEach(result.comparisons) { .li(.text(words.comparison($0))) }))
    }

    func heading(_ level: Int, id: String?, _ text: String) -> Node<HTML.BodyContext> {
        heading(level, id: id, .text(text))
    }

    func heading(_ level: Int, id: String?, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .element(named: "h\(min(level, 6))", nodes: [id.map { .attr("id", $0) } ?? .empty, content])
    }
}

/// What the profile says, as a list of facts; the unknown fields are left out.
struct ScreeningProfileView {
    let profile: ClientProfile
    let words: ScreeningWords
    let today: CalendarDay

    var node: Node<HTML.BodyContext> {
        let t = words.t
        var facts: [(String, String)] = []
        if let age = profile.age(on: today) { facts.append((words.field(.age), String(age))) }
        if let birthDate = profile.birthDate { facts.append((t["screening.form.birthDate"], words.date(birthDate))) }
        for field in ProfileField.allCases where field != .age && field != .region {
            if let value = profile.value(field, on: today) { facts.append((words.field(field), words.value(value, of: field))) }
        }
        let yes = profile.statuses.sorted().map(words.status)
        let no = profile.absentStatuses.sorted().map(words.status)
        if !yes.isEmpty { facts.append((t["screening.profile.yes"], yes.joined(separator: ", "))) }
        if !no.isEmpty { facts.append((t["screening.profile.no"], no.joined(separator: ", "))) }
        guard !facts.isEmpty else { return .p(.text(t["screening.profile.empty"])) }
        return .dl(
            .attr("class", "screening-profile"),
            .forEach(facts) { label, value in .group(.dt(.text(label)), .dd(.text(value))) })
    }
}
