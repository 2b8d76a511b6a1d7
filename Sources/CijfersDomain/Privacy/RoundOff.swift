import Foundation

/// Swing's RoundOff: the step a published value is rounded to ("1" → whole numbers, "0.1" → one decimal,
/// "100" → hundreds). Applied on output only; stored values keep their precision for aggregation.
public struct RoundOff: Sendable, Hashable, Codable {
    public let step: Double

    public init?(step: Double) {
        guard step.isFinite, step > 0 else { return nil }
        self.step = step
    }

    /// Accepts "1", "0.1", "0,01"; nil for empty or nonsense.
    public init?(_ raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let step = Double(text) else { return nil }
        self.init(step: step)
    }

    /// The number of decimals the step implies (0.1 → 1, 1 → 0, 100 → 0).
    public var decimals: Int {
        step >= 1 ? 0 : min(10, Int((-log10(step)).rounded(.up)))
    }

    public func apply(_ value: Double) -> Double {
        let rounded = (value / step).rounded(.toNearestOrAwayFromZero) * step
        // Re-round to the implied decimals so 0.1 steps give 12.3, not 12.300000000000001.
        let scale = pow(10, Double(decimals))
        return (rounded * scale).rounded() / scale
    }
}
