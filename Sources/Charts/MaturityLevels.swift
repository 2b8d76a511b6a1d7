/// The colours of a five-level maturity scale, from 'niet matuur' (dark red) to 'heel matuur' (dark green), as in the
/// Kenniscentrum's tables. Lightness differs from level to level, so the order still reads for colour-blind readers;
/// the score is always written beside or on the colour as well. site.css uses the same values for table cells.
public enum MaturityLevels {
    public static let colours: [Int: String] = [
        1: "#a50026", 2: "#f46d43", 3: "#fee08b", 4: "#a6d96a", 5: "#006837",
    ]

    public static func colour(_ level: Int) -> String { colours[level] ?? "#bdbdbd" }

    /// Colour of a score between two levels: drawn as a stripe of both colours.
    static let noScore = "#e0e0e0"
}
