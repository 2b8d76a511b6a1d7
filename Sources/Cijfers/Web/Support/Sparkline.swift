import Platform

/// A word-sized line of a series, for tables; decorative next to the numbers it sums up, so it carries a label
/// for screen readers but the trend is also written out in text.
struct Sparkline {
    let values: [Double?]

    func svg(label: String, width: Double = 80, height: Double = 20) -> String {
        let numbers = values.compactMap { $0 }
        guard numbers.count >= 2, let low = numbers.min(), let high = numbers.max() else { return "" }
        let span = high - low == 0 ? 1 : high - low
        let step = values.count > 1 ? (width - 4) / Double(values.count - 1) : 0
        var points: [String] = []
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let x = 2 + Double(index) * step
            let y = height - 2 - (value - low) / span * (height - 4)
            points.append("\(Int(x.rounded())),\(Int(y.rounded()))")
        }
        let escaped = HTMLEscaping.escape(label)
        return "<svg class=\"sparkline\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escaped)\"><polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/></svg>"
    }
}
