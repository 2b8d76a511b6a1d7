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

    static func number(_ value: Double) -> String { NumberWords.decimal(value, digits: 3) }

    /// A figure in a table; medians and differences keep three decimals (2,875), means and spreads two.
    static func figure(_ value: Double?, digits: Int = 2) -> String { value.map { NumberWords.decimal($0, digits: digits) } ?? "–" }

    /// The level in words: "matuur", "tussen ad hoc en gestructureerde aanzet", "geen score (reden)".
    static func words(_ score: ThemeScore?, scale: MaturityScale) -> String {
        switch score {
        case nil: "niet ingevuld"
        case .scored(let value): scale.placement(of: value).description
        case .some(.none(let reason)): "geen score (\(reason))"
        }
    }

    /// A `<td>` for a benchmark table. `validated` shows the Kenniscentrum's score beside a different self-score.
    static func node(_ score: ThemeScore?, validated: Double? = nil, scale: MaturityScale, colourBy counted: ThemeScore? = nil) -> Node<HTML.TableRowContext> {
        let shown = counted ?? score
        let text = score?.value.map(number) ?? (score == nil ? "·" : "–")
        let different = validated.map { $0 != score?.value } ?? false
        return .td(
            .attr("class", cssClass(shown)),
            .span(.attr("class", "badge"), .text(text), .if(different, .text(" → \(number(validated ?? 0))"))),
            .span(.attr("class", "visually-hidden"), .text(" " + words(score, scale: scale)
                + (different ? "; gevalideerd: \(scale.placement(of: validated!).description)" : "")))
        )
    }

    /// The legend of a scale: each level's colour, number, name and meaning, and how in-between and missing look.
    static func legend(_ scale: MaturityScale) -> Node<HTML.BodyContext> {
        .div(
            .attr("class", "legend"),
            .h2(.text("Legende")),
            .ul(
                .attr("class", "levels"),
                .forEach(scale.levels.reversed()) { level in
                    .li(.span(.attr("class", "score lvl-\(level.value)"), .span(.attr("class", "badge"), .text(String(level.value)))),
                        .strong(.text(" \(level.label)")), .if(!level.meaning.isEmpty, .text(": \(level.meaning)")))
                },
                .li(.span(.attr("class", "score between-3"), .span(.attr("class", "badge"), .text("3,5"))),
                    .text(" Tussen twee niveaus: beide kleuren, de score zoals gegeven (niet afgerond).")),
                .li(.span(.attr("class", "score no-score"), .span(.attr("class", "badge"), .text("–"))),
                    .text(" Geen score gegeven; de reden staat onder de tabel. Telt niet mee in mediaan en gemiddelde.")),
                .li(.span(.attr("class", "score"), .span(.attr("class", "badge"), .text("3 → 4"))),
                    .text(" Zelfscore → score na validatie door het Kenniscentrum."))
            )
        )
    }
}
