/// How values are grouped into the classes of a choropleth map.
public enum Classification: String, Sendable, CaseIterable {
    /// Equal numbers of values per class (bounds at the quantiles, linearly interpolated).
    case quantiles
    /// Classes of equal width between the minimum and the maximum.
    case equalIntervals
    /// Swing's default: bounds around the mean in steps of 2/3 standard deviation, so that for
    /// 5 classes the middle class is mean ± SD/3 and the outer classes lie beyond one SD.
    case swing
    /// Fisher–Jenks natural breaks: the grouping with the least total within-class squared deviation.
    case jenks

    /// The name shown to users next to the legend.
    public var dutchName: String {
        switch self {
        case .quantiles: "kwantielen (gelijke aantallen)"
        case .equalIntervals: "gelijke intervallen"
        case .swing: "gemiddelde en standaardafwijking"
        case .jenks: "natuurlijke grenzen (Jenks)"
        }
    }
}
