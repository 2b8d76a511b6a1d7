import Platform
import MaturiteitDomain
import Plot

/// A score as a table cell: coloured by its level (two colours between two levels, hatched grey without a score),
/// with the number written on it and the level in words for screen readers, so nothing depends on colour alone.
enum ScoreCell {
    static func cssClass(_ score: ThemeScore?) -> String {
        guard let score else { return "score missing" }
        guard let value = score.value else { return "score no-score" }
        let lower = Int(value.rounded(.down))
        return Double(lower) == value ? "score lvl-\(lower)" : "score between-\(lower)"
    }

    static func number(_ value: Double, _ language: SiteLanguage) -> String { MaturiteitText.decimal(value, digits: 3, language) }

    /// A figure in a table; medians and differences keep three decimals (2,875), means and spreads two.
    static func figure(_ value: Double?, digits: Int = 2, _ language: SiteLanguage) -> String {
        value.map { MaturiteitText.decimal($0, digits: digits, language) } ?? "–"
    }

    /// The level in words: "matuur", "tussen ad hoc en gestructureerde aanzet", "geen score (reden)".
    static func words(_ score: ThemeScore?, scale: MaturityScale, _ t: Strings) -> String {
        switch score {
        case nil: t["score.notFilledIn"]
        case .scored(let value): MaturiteitText.placement(value, scale: scale, t)
        case .some(.none(let reason)): t("score.noScore", MaturiteitText.reason(reason, t))
        }
    }

    /// A `<td>` for a benchmark table. `validated` shows the Kenniscentrum's score beside a different self-score.
    static func node(_ score: ThemeScore?, validated: Double? = nil, scale: MaturityScale, colourBy counted: ThemeScore? = nil,
                     _ t: Strings) -> Node<HTML.TableRowContext> {
        let shown = counted ?? score
        let text = score?.value.map { number($0, t.language) } ?? (score == nil ? "·" : "–")
        let different = validated.map { $0 != score?.value } ?? false
        return .td(
            .attr("class", cssClass(shown)),
            .span(.attr("class", "badge"), .text(text), .if(different, .text(" → \(number(validated ?? 0, t.language))"))),
            .span(.attr("class", "visually-hidden"), .text(" " + words(score, scale: scale, t)
                + (different ? "; " + t("score.validated", MaturiteitText.placement(validated!, scale: scale, t)) : "")))
        )
    }

    /// The legend of a scale: each level's colour, number, name and meaning, and how in-between and missing look.
    static func legend(_ scale: MaturityScale, _ t: Strings) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "legend"),
            .h2(.text(t["legend.title"])),
            .ul(
                .attr("class", "levels"),
                .forEach(scale.levels.reversed()) { level in
                    .li(.span(.attr("class", "score lvl-\(level.value)"), .span(.attr("class", "badge"), .text(String(level.value)))),
                        .strong(.text(" \(level.label)")), .if(!level.meaning.isEmpty, .text(": \(level.meaning)")))
                },
                .li(.span(.attr("class", "score between-3"), .span(.attr("class", "badge"), .text(MaturiteitText.decimal(3.5, t.language)))),
                    .text(" " + t["legend.between"])),
                .li(.span(.attr("class", "score no-score"), .span(.attr("class", "badge"), .text("–"))),
                    .text(" " + t["legend.noScore"])),
                .li(.span(.attr("class", "score"), .span(.attr("class", "badge"), .text("3 → 4"))),
                    .text(" " + t["legend.validated"]))
            )
        )
    }
}
